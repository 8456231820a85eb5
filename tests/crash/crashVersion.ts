/** Why: the crash test must recognise every complete version a writer can leave behind, so each version is a pure function of its sequence number. */
import { emptyUserData, type UserData } from '../../core/storage/userData.js';
import type { ReadingState } from '../../core/reading/readingState.js';

/** Annotations per version: enough that a write takes a few milliseconds and can be interrupted. */
export const annotationsPerVersion = 300;

/** The complete data the crash writer stores as version `seq`; every annotation carries `seq`. */
export function crashVersion(seq: number): UserData {
  return {
    ...emptyUserData(),
    annotations: Array.from({ length: annotationsPerVersion }, (_, index) => ({
      id: `crash-${index}`,
      docId: 'crash',
      corpusVersion: 'crash',
      selectors: [
        { type: 'TextQuoteSelector' as const, exact: `versie ${seq} aantekening ${index} – één, twee`, prefix: 'voor ', suffix: ' na' },
        { type: 'TextPositionSelector' as const, start: index * 10, end: index * 10 + 5 },
      ],
      color: index % 5,
      tags: ['crash', `v${seq}`],
      note: null,
      noteText: `v${seq}-${index}`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      deleted: null,
    })),
  };
}

/** The reading position the crash writer stores (in its own file) after version `seq`. */
export function crashReadingState(seq: number): ReadingState {
  return { docId: 'crash', offset: seq, corpusVersion: 'crash', updatedAt: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString() };
}

/** The sequence number of a stored version, or null when `data` is not one. */
export function sequenceOf(data: unknown): number | null {
  const tag = (data as { annotations?: { tags?: unknown[] }[] } | null)?.annotations?.[0]?.tags?.[1];
  return typeof tag === 'string' && /^v\d+$/.test(tag) ? Number(tag.slice(1)) : null;
}

/** The sequence number of a stored reading-state file, or null when `data` is not one. */
export function readingSequenceOf(data: unknown): number | null {
  const offset = (data as { readingStates?: { crash?: { offset?: unknown } } } | null)?.readingStates?.crash?.offset;
  return typeof offset === 'number' ? offset : null;
}
