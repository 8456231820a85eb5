import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanNote, type Annotation } from '../../core/annotations/annotation.js';
import type { NotebookNote } from '../../core/annotations/notebookNote.js';
import { openUserData, userDataFileName } from './openUserData.js';

/** Characters that stress a record scanner: quotes, escapes, braces, brackets, multi-byte and control characters. */
const character = fc.constantFrom('a', 'b', 'é', 'ë', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '€', '\u0001', '😀', '\n');
const text = fc.string({ unit: character, minLength: 1, maxLength: 24 });
const time = fc.integer({ min: 0, max: 10_000 }).map((minutes) => new Date(Date.UTC(2026, 5, 1) + minutes * 60_000).toISOString());

const annotation = (id: string): fc.Arbitrary<Annotation> =>
  fc.record({ exact: text, prefix: text, note: fc.option(text, { nil: null }), color: fc.integer({ min: 0, max: 4 }), tags: fc.array(text, { maxLength: 2 }), modified: time }).map(
    ({ exact, prefix, note, color, tags, modified }) => ({
      id,
      docId: 'doc',
      corpusVersion: 'v1',
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix, suffix: '' },
        { type: 'TextPositionSelector', start: 3, end: 3 + exact.length },
      ],
      color,
      tags,
      ...cleanNote(note === null ? null : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }] }),
      created: '2026-06-01T00:00:00.000Z',
      modified,
      deleted: null,
    }),
  );

const page = (id: string): fc.Arbitrary<NotebookNote> =>
  fc.record({ body: text, modified: time }).map(({ body, modified }) => {
    const cleaned = cleanNote({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: body }] }] });
    return {
      id,
      scope: { kind: 'general' },
      content: cleaned.note ?? { type: 'doc', content: [{ type: 'paragraph' }] },
      text: cleaned.noteText,
      created: '2026-06-01T00:00:00.000Z',
      modified,
      deleted: null,
    };
  });

const store = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 4 }))
  .chain(([annotations, pages]) =>
    fc.tuple(fc.tuple(...Array.from({ length: annotations }, (_, index) => annotation(`a${index}`))), fc.tuple(...Array.from({ length: pages }, (_, index) => page(`n${index}`)))),
  );

type Damage = { kind: 'truncate'; at: number } | { kind: 'flip'; record: number; offsets: number[]; masks: number[] } | { kind: 'wrong-shape'; record: number; value: unknown };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }).map(({ at }) => ({ kind: 'truncate' as const, at })),
  fc.record({
    kind: fc.constant('flip' as const),
    record: fc.nat(),
    offsets: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 3 }),
    masks: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 3, maxLength: 3 }),
  }).map(({ record, offsets, masks }) => ({ kind: 'flip' as const, record, offsets: offsets.map((offset) => offset), masks })),
  fc.record({ kind: fc.constant('wrong-shape' as const), record: fc.nat(), value: fc.oneof(fc.constant(null), fc.integer(), text, fc.record({ id: text }), fc.array(fc.integer())) }),
);

/** The file as the app writes it (compact JSON), with the byte range of every record. */
function serialize(annotations: unknown[], pages: unknown[]): { bytes: Buffer; ranges: { id: string; start: number; end: number }[] } {
  const parts: Buffer[] = [];
  const ranges: { id: string; start: number; end: number }[] = [];
  let length = 0;
  const push = (chunk: string, id?: string) => {
    const buffer = Buffer.from(chunk, 'utf8');
    if (id !== undefined) ranges.push({ id, start: length, end: length + buffer.length });
    parts.push(buffer);
    length += buffer.length;
  };
  push('{"schemaVersion":3,"annotations":[');
  annotations.forEach((record, index) => {
    if (index > 0) push(',');
    push(JSON.stringify(record), `a${index}`);
  });
  push('],"notebook":[');
  pages.forEach((record, index) => {
    if (index > 0) push(',');
    push(JSON.stringify(record), `n${index}`);
  });
  push('],"colorLabels":["belangrijk","vraag","definitie","voorbeeld","kritiek"]}');
  return { bytes: Buffer.concat(parts), ranges };
}

describe('openUserData salvage', () => {
  it('keeps every record that the damage did not touch: truncation, flipped bytes in one record, a record of the wrong shape', async () => {
    await fc.assert(
      fc.asyncProperty(store, damage, fc.boolean(), async ([annotations, pages], hurt, withBackup) => {
        const records = [...annotations, ...pages];
        const byId = new Map<string, Annotation | NotebookNote>(records.map((record) => [record.id, record]));
        const dir = mkdtempSync(join(tmpdir(), 'werkplaats-salvage-'));
        // An older backup holds every other record in an earlier version.
        const backedUp = withBackup ? records.filter((_, index) => index % 2 === 0).map((record) => ({ ...record, modified: '2026-05-01T00:00:00.000Z' })) : [];
        if (withBackup) {
          mkdirSync(join(dir, 'backups'));
          const backup = serialize(
            backedUp.filter((record) => record.id.startsWith('a')),
            backedUp.filter((record) => record.id.startsWith('n')),
          );
          writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-05-01T00-00-00-000Z.json'), backup.bytes);
        }

        let damagedIds: Set<string>;
        let bytes: Buffer;
        if (hurt.kind === 'wrong-shape') {
          const index = hurt.record % annotations.length;
          const shaped: unknown[] = [...annotations];
          shaped[index] = hurt.value;
          bytes = serialize(shaped, pages).bytes;
          damagedIds = new Set([`a${index}`]);
        } else {
          const file = serialize(annotations, pages);
          bytes = Buffer.from(file.bytes);
          if (hurt.kind === 'truncate') {
            const at = Math.max(1, Math.floor(hurt.at * bytes.length));
            bytes = bytes.subarray(0, at);
            damagedIds = new Set(file.ranges.filter((range) => range.end > at).map((range) => range.id));
          } else {
            const range = file.ranges[hurt.record % file.ranges.length]!;
            hurt.offsets.forEach((offset, index) => {
              const position = range.start + Math.floor(offset * (range.end - range.start));
              bytes[position] = bytes[position]! ^ hurt.masks[index]!;
            });
            damagedIds = new Set([range.id]);
          }
        }
        writeFileSync(join(dir, userDataFileName), bytes);

        const { store: opened, notices } = await openUserData(dir, { now: () => new Date('2026-12-01T10:00:00Z') });
        const kept = new Map<string, unknown>([...opened.data.annotations, ...opened.data.notebook].map((record) => [record.id, record]));
        const aside = readdirSync(dir).find((name) => name.includes('.corrupt-'));
        for (const [id, record] of byId) {
          if (!damagedIds.has(id)) expect(kept.get(id)).toEqual(record);
          // Rebuilt from a backup: a damaged record the backup held is at least back in its backed-up version.
          else if (aside !== undefined && backedUp.some((backup) => backup.id === id)) expect(kept.has(id)).toBe(true);
        }
        // The damaged bytes are never overwritten: an unreadable file is moved aside whole.
        if (aside !== undefined) expect(readFileSync(join(dir, aside)).equals(bytes)).toBe(true);
        if (hurt.kind === 'wrong-shape') {
          // A valid file keeps its place; the odd record goes to the quarantine file, as it was.
          expect(aside).toBeUndefined();
          const quarantine = readdirSync(dir).find((name) => name.startsWith('werkplaats-reader.quarantine-'));
          expect(JSON.parse(readFileSync(join(dir, quarantine!), 'utf8')).records[0].record).toEqual(JSON.parse(JSON.stringify(hurt.value)));
        }
        if (damagedIds.size > 0 && kept.size < byId.size) expect(notices.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
