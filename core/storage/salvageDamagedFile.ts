/** Why: a data file that is no longer valid JSON still holds whole records around the damage, and a week of notes must not be lost to one flipped byte. */
import type { Annotation } from '../annotations/annotation.js';
import { colorLabelsSchema, type ColorLabels } from '../annotations/colorLabels.js';
import type { NotebookNote } from '../annotations/notebookNote.js';
import type { ReadingState } from '../reading/readingState.js';
import { cleanAnnotation, cleanNotebookNote, cleanReadingState } from './cleanUserData.js';
import type { UserData } from './userData.js';

/** A stretch of the damaged file that held something, but no record that could be read. */
export interface UnreadablePart {
  /** UTF-16 offsets into the damaged text. */
  start: number;
  end: number;
  text: string;
}

/** What could be read out of a damaged file. */
export interface SalvagedRecords {
  annotations: Annotation[];
  notebook: NotebookNote[];
  readingStates: ReadingState[];
  /** The colour labels, when their list could be read. */
  colorLabels: ColorLabels | null;
  unreadable: UnreadablePart[];
}

/** No record is longer than this (a note is capped at 500,000 characters), so a scan for a record's end stops here. */
const maxRecordLength = 600_000;

/** The index just past the `}` that closes the object opening at `start`, reading strings and escapes; -1 when none does within the limit. */
function endOfObject(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + maxRecordLength);
  for (let index = start; index < limit; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') depth += 1;
    else if (character === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return -1;
}

/** JSON keys, numbers, brackets, commas and white space: the structure around records, which is no loss when it cannot be read. */
const structure = /"(?:[^"\\]|\\.)*"\s*:|-?\d+(?:\.\d+)?|[\s,[\]{}:]/g;

/**
 * Reads every whole record (annotation, notebook page, reading position) out of damaged JSON text: each
 * `{` is tried as the start of a record, and a record that parses and passes its checks is kept and skipped
 * over. Also reads the colour labels when their list survived. Never throws.
 */
export function salvageRecords(text: string): SalvagedRecords {
  const result: SalvagedRecords = { annotations: [], notebook: [], readingStates: [], colorLabels: null, unreadable: [] };
  const covered: [number, number][] = [];
  const labels = /"colorLabels"\s*:\s*(\[[^[\]]*\])/.exec(text);
  if (labels) {
    try {
      const parsed = colorLabelsSchema.safeParse(JSON.parse(labels[1]!));
      if (parsed.success) {
        result.colorLabels = parsed.data;
        covered.push([labels.index, labels.index + labels[0].length]);
      }
    } catch {
      // Damaged labels: the defaults or the backup's stay.
    }
  }
  for (let start = text.indexOf('{'); start !== -1; ) {
    const end = endOfObject(text, start);
    let value: unknown = undefined;
    if (end !== -1) {
      try {
        value = JSON.parse(text.slice(start, end));
      } catch {
        value = undefined;
      }
    }
    const annotation = value === undefined ? null : cleanAnnotation(value);
    const page = value === undefined || annotation?.ok ? null : cleanNotebookNote(value);
    const position = value === undefined || annotation?.ok || page?.ok ? null : cleanReadingState(value);
    if (annotation?.ok) result.annotations.push(annotation.record);
    else if (page?.ok) result.notebook.push(page.record);
    else if (position?.ok) result.readingStates.push(position.record);
    if (annotation?.ok || page?.ok || position?.ok) {
      covered.push([start, end]);
      start = text.indexOf('{', end);
    } else start = text.indexOf('{', start + 1);
  }
  covered.sort((a, b) => a[0] - b[0]);
  let from = 0;
  for (const [start, end] of [...covered, [text.length, text.length] as [number, number]]) {
    if (start > from) {
      const gap = text.slice(from, start);
      if (gap.replace(structure, '').length > 0) result.unreadable.push({ start: from, end: start, text: gap });
    }
    from = Math.max(from, end);
  }
  return result;
}

/** What recovery took from the damaged file on top of the backup. */
export interface RecoveryReport {
  /** Records taken from the damaged file because the backup lacked them or held an older version. */
  annotations: number;
  notebook: number;
  readingStates: number;
  unreadable: UnreadablePart[];
}

function mergeById<T extends { id: string; modified: string }>(base: T[], newer: T[]): { records: T[]; taken: number } {
  const records = [...base];
  const positions = new Map(base.map((record, index) => [record.id, index]));
  let taken = 0;
  for (const record of newer) {
    const position = positions.get(record.id);
    if (position === undefined) {
      positions.set(record.id, records.length);
      records.push(record);
      taken += 1;
    } else if (records[position]!.modified < record.modified) {
      records[position] = record;
      taken += 1;
    }
  }
  return { records, taken };
}

/**
 * Rebuilds the user's data after damage: the backup (or empty data), then every record read from the damaged
 * text that the backup lacks or holds in an older version (by `modified`, or `updatedAt` for reading
 * positions). Colour labels read from the damaged file win, as it is newer than any backup.
 */
export function recoverFromDamage(
  text: string,
  backup: UserData,
  backupReadingStates: Record<string, ReadingState> = {},
): { data: UserData; readingStates: Record<string, ReadingState>; report: RecoveryReport } {
  const salvaged = salvageRecords(text);
  const annotations = mergeById(backup.annotations, salvaged.annotations);
  const notebook = mergeById(backup.notebook, salvaged.notebook);
  const readingStates = { ...backupReadingStates };
  let positions = 0;
  for (const state of salvaged.readingStates) {
    const known = readingStates[state.docId];
    if (known === undefined || known.updatedAt < state.updatedAt) {
      readingStates[state.docId] = state;
      positions += 1;
    }
  }
  return {
    data: { ...backup, annotations: annotations.records, notebook: notebook.records, colorLabels: salvaged.colorLabels ?? backup.colorLabels },
    readingStates,
    report: { annotations: annotations.taken, notebook: notebook.taken, readingStates: positions, unreadable: salvaged.unreadable },
  };
}
