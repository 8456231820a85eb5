/** Why: one odd record read from disk must never hide the others or crash a view, so every record is checked and cleaned on load with the schemas used on write, and what fails is set apart, not dropped. */
import { layerSchema, type Layer } from '../annotations/layer.js';
import { annotationSchema, cleanNote, type Annotation } from '../annotations/annotation.js';
import { colorLabelsSchema, defaultColorLabels, type ColorLabels } from '../annotations/colorLabels.js';
import { emptyDocument, notebookNoteSchema, type NotebookNote } from '../annotations/notebookNote.js';
import { readingStateSchema, type ReadingState } from '../reading/readingState.js';
import { readingRouteSchema, type ReadingRoute } from '../readingRoutes/readingRoute.js';
import { routeAnswerSchema, routeProgressSchema, type RouteAnswer, type RouteProgress } from '../readingRoutes/routeAnswers.js';
import type { z } from 'zod';

/** A record read from disk that was not kept as it was. */
export interface QuarantinedRecord {
  /** Where it was in the file: `annotations[12]`, `readingStates["doc"]`, `colorLabels`, or a top-level key. */
  place: string;
  /** Why, in a few words (the first failing check). */
  reason: string;
  /** `removed`: left out of the data; `cleaned`: kept in a cleaned form, and this is the original. */
  action: 'removed' | 'cleaned';
  /** The record exactly as it was read. */
  record: unknown;
}

/** Keys that JSON allows but JavaScript objects treat specially; data holding them is refused. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first forbidden key anywhere inside `value` (walked without recursion, so deep nesting cannot overflow the stack), or null. */
export function findForbiddenKey(value: unknown): string | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (forbiddenKeys.has(key)) return key;
      const child = (current as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) pending.push(child);
    }
  }
  return null;
}

/** The outcome of cleaning one record. */
export type CleanedRecord<T> = { ok: true; record: T; changed: boolean } | { ok: false; reason: string };

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'ongeldige vorm';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function checked<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.infer<S> } | { ok: false; reason: string } {
  if (!isRecord(value)) return { ok: false, reason: value === null ? 'leeg (null)' : 'geen object' };
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) return { ok: false, reason: `verboden sleutel "${forbidden}"` };
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: describeIssue(result.error) };
}

/** Checks an annotation read from disk and cleans its note with the sanitizer that typed notes go through. */
export function cleanAnnotation(value: unknown): CleanedRecord<Annotation> {
  const result = checked(annotationSchema, value);
  if (!result.ok) return result;
  const annotation = result.value as Annotation;
  if (annotation.note === null) return { ok: true, record: annotation, changed: false };
  const cleaned = cleanNote(annotation.note);
  const changed = cleaned.noteText !== annotation.noteText || JSON.stringify(cleaned.note) !== JSON.stringify(annotation.note);
  return changed ? { ok: true, record: { ...annotation, ...cleaned }, changed } : { ok: true, record: annotation, changed };
}

/** Checks a notebook page read from disk and cleans its content with the note sanitizer. */
export function cleanNotebookNote(value: unknown): CleanedRecord<NotebookNote> {
  const result = checked(notebookNoteSchema, value);
  if (!result.ok) return result;
  const note = result.value as NotebookNote;
  const cleaned = cleanNote(note.content);
  const content = cleaned.note ?? emptyDocument();
  const changed = cleaned.noteText !== note.text || JSON.stringify(content) !== JSON.stringify(note.content);
  return changed ? { ok: true, record: { ...note, content, text: cleaned.noteText }, changed } : { ok: true, record: note, changed };
}

/** A cleaner for records that need only their schema checked. */
function cleanWith<T>(schema: z.ZodType): (value: unknown) => CleanedRecord<T> {
  return (value) => {
    const result = checked(schema, value);
    return result.ok ? { ok: true, record: result.value as T, changed: false } : result;
  };
}

/** Checks one reading state read from disk. */
export function cleanReadingState(value: unknown): CleanedRecord<ReadingState> {
  const result = checked(readingStateSchema, value);
  return result.ok ? { ok: true, record: result.value as ReadingState, changed: false } : result;
}

/** Cleans every element of a stored list; a value that is not a list is set apart whole and the list starts empty. */
export function cleanList<T>(value: unknown, name: string, clean: (record: unknown) => CleanedRecord<T>): { records: T[]; quarantined: QuarantinedRecord[] } {
  const quarantined: QuarantinedRecord[] = [];
  if (value === undefined) return { records: [], quarantined };
  if (!Array.isArray(value)) return { records: [], quarantined: [{ place: name, reason: 'geen lijst', action: 'removed', record: value }] };
  const records: T[] = [];
  value.forEach((item, index) => {
    const result = clean(item);
    if (!result.ok) {
      quarantined.push({ place: `${name}[${index}]`, reason: result.reason, action: 'removed', record: item });
      return;
    }
    records.push(result.record);
    if (result.changed) quarantined.push({ place: `${name}[${index}]`, reason: 'opgeschoond', action: 'cleaned', record: item });
  });
  return { records, quarantined };
}

/** Cleans a stored map of reading states per document id; each valid state is keyed by its own `docId`. */
export function cleanReadingStates(value: unknown, name = 'readingStates'): { states: Record<string, ReadingState>; quarantined: QuarantinedRecord[] } {
  const states: Record<string, ReadingState> = {};
  const quarantined: QuarantinedRecord[] = [];
  if (value === undefined) return { states, quarantined };
  if (!isRecord(value)) return { states, quarantined: [{ place: name, reason: 'geen object', action: 'removed', record: value }] };
  for (const [key, item] of Object.entries(value)) {
    const place = `${name}[${JSON.stringify(key)}]`;
    const result = forbiddenKeys.has(key) ? ({ ok: false, reason: `verboden sleutel "${key}"` } as const) : cleanReadingState(item);
    if (!result.ok) quarantined.push({ place, reason: result.reason, action: 'removed', record: item });
    else if (!(result.record.docId in states) || states[result.record.docId]!.updatedAt < result.record.updatedAt) states[result.record.docId] = result.record;
  }
  return { states, quarantined };
}

/** How each list in the main data is cleaned, record by record; a new collection is one entry here. */
const listCollections = {
  annotations: cleanAnnotation,
  notebook: cleanNotebookNote,
  layers: cleanWith<Layer>(layerSchema),
  routes: cleanWith<ReadingRoute>(readingRouteSchema),
  routeAnswers: cleanWith<RouteAnswer>(routeAnswerSchema),
  routeProgress: cleanWith<RouteProgress>(routeProgressSchema),
};

type ListCollections = typeof listCollections;
/** The cleaned lists, by collection name. */
export type CleanedLists = { [K in keyof ListCollections]: ListCollections[K] extends (value: unknown) => CleanedRecord<infer T> ? T[] : never };

/** The main data's collections as they are after cleaning, plus any fields this version does not know. */
export interface CleanedCollections extends CleanedLists {
  fields: Record<string, unknown>;
  colorLabels: ColorLabels;
  quarantined: QuarantinedRecord[];
}

/**
 * Cleans the main data object record by record: every valid record of every list is kept (notes
 * re-sanitized), invalid ones and top-level forbidden keys are set apart in `quarantined`, and damaged
 * colour labels fall back to the defaults. Unknown fields are kept in `fields`. Never throws.
 */
export function cleanCollections(record: Record<string, unknown>): CleanedCollections {
  const quarantined: QuarantinedRecord[] = [];
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (forbiddenKeys.has(key)) quarantined.push({ place: key, reason: `verboden sleutel "${key}"`, action: 'removed', record: record[key] });
    else if (!(key in listCollections) && key !== 'colorLabels') fields[key] = record[key];
  }
  const lists: Record<string, unknown[]> = {};
  for (const [name, clean] of Object.entries(listCollections) as [string, (value: unknown) => CleanedRecord<unknown>][]) {
    const cleaned = cleanList(record[name], name, clean);
    lists[name] = cleaned.records;
    quarantined.push(...cleaned.quarantined);
  }
  let colorLabels = defaultColorLabels();
  if (record.colorLabels !== undefined) {
    const labels = colorLabelsSchema.safeParse(record.colorLabels);
    if (labels.success) colorLabels = labels.data;
    else quarantined.push({ place: 'colorLabels', reason: describeIssue(labels.error), action: 'removed', record: record.colorLabels });
  }
  return { fields, ...(lists as CleanedLists), colorLabels, quarantined };
}

/** Version of the reading-state file's own format. */
export const readingFileVersion = 1;

/** Cleans the parsed reading-state file (`{schemaVersion, readingStates}`); null (no file) gives no states. */
export function cleanReadingFile(value: unknown): { states: Record<string, ReadingState>; quarantined: QuarantinedRecord[] } {
  if (value === null || value === undefined) return { states: {}, quarantined: [] };
  if (!isRecord(value)) return { states: {}, quarantined: [{ place: 'readingFile', reason: 'geen object', action: 'removed', record: value }] };
  return cleanReadingStates(value.readingStates, 'readingFile.readingStates');
}
