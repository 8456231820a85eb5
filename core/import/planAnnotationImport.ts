/**
 * Why: an annotation import is checked as a whole and merged in one step, so it is all-or-nothing, never duplicates,
 * keeps the losing side of a conflict as history, and reports exactly what it will do before anything is written.
 */
import type { z } from 'zod';
import { anchor } from '../annotations/anchoring/anchor.js';
import { describeRange } from '../annotations/anchoring/describeRange.js';
import { quoteContextLength } from '../annotations/anchoring/selectorSchema.js';
import type { Selector, TextQuoteSelector } from '../../common/annotations/selectors.js';
import { annotationSchema, cleanNote, cleanTags, type Annotation } from '../annotations/annotation.js';
import type { Layer } from '../annotations/layer.js';
import { defaultColorLabels, type ColorLabels } from '../annotations/colorLabels.js';
import type { NotebookNote } from '../annotations/notebookNote.js';
import { hashText } from '../corpus/hashText.js';
import type { UserData } from '../storage/userData.js';
import { htmlToNote, textToNote } from './htmlToNote.js';
import { formatPath, importProblem, problemsFromIssues, type ImportProblem } from './importProblem.js';
import { parseJsonSafely } from './parseJsonSafely.js';
import {
  importAnnotationSchema,
  importCollectionSchema,
  importPageSchema,
  type ImportAnnotation,
  type ImportBody,
  type ImportNotebookEntry,
  type ImportTarget,
} from './webAnnotationSchema.js';

/** An earlier version of an annotation, kept when an import met a different version with the same id. */
export interface AnnotationVersion {
  docId: string;
  selectors: Selector[];
  color: Annotation['color'];
  tags: string[];
  note: Annotation['note'];
  noteText: string;
  modified: string;
  deleted: string | null;
}

/** What an import does (or would do): counts, and where refused, every reason. */
export interface AnnotationImportReport {
  /** Annotations in the file. */
  total: number;
  /** Notebook pages from this app's export: new, and replaced by a newer version (own set only). */
  notebookAdded: number;
  notebookUpdated: number;
  /** True when the file's colour labels replaced the default ones (labels the reader renamed are never replaced). */
  colorLabelsSet: boolean;
  /** New to this data. */
  added: number;
  /** Replaced by a newer version from the file; the older one is kept as history. */
  updated: number;
  /** Already here exactly as in the file. */
  unchanged: number;
  /** Here in a newer version than the file's; the file's is kept as history. */
  keptNewer: number;
  /** Of the added or updated: how many could not be placed in a document's current text (kept as orphans). */
  orphaned: number;
  /** The layer the annotations go into, or null for the reader's own set. */
  layer: { name: string; file: string } | null;
}

/** What a planned import needs to know. */
export interface AnnotationImportContext {
  /** Every document annotations can point at: bundled and imported pages. */
  documents: readonly { id: string; source: string; text: string }[];
  corpusVersion: string;
  now: Date;
  /** The file's name, for the layer's origin. */
  fileName: string;
  /** Import as someone else's layer with this name, instead of into the reader's own set. */
  layerName?: string;
  /** A fresh id for a new layer. */
  newId: () => string;
  /** Import into the layer with this id (made when missing, renamed to `layerName`) instead of the one found by name. */
  layerId?: string;
  /** The reading route whose pack brought the layer, kept on it so a newer pack finds it again. */
  routeId?: string;
}

/** A checked import, ready to be applied to the data it was planned against (or newer data). */
export type AnnotationImportPlan =
  | { ok: true; report: AnnotationImportReport; apply: (data: UserData) => AnnotationImportReport }
  | { ok: false; problems: ImportProblem[] };

const maxProblems = 200;

/** The annotations of a parsed file in any accepted form, or the problems with it. */
type ReadFile = { ok: true; items: ImportAnnotation[]; base: PropertyKey[]; notebook: ImportNotebookEntry[]; colorLabels: string[] | null };

function readAnnotations(value: unknown): ReadFile | { ok: false; problems: ImportProblem[] } {
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).type : undefined;
  const checks: [z.ZodType, (parsed: never) => ImportAnnotation[], PropertyKey[]] | null = Array.isArray(value)
    ? [importAnnotationSchema.array(), (parsed: ImportAnnotation[]) => parsed, []]
    : type === 'AnnotationCollection'
      ? [importCollectionSchema, (parsed: z.infer<typeof importCollectionSchema>) => parsed.first.items, ['first', 'items']]
      : type === 'AnnotationPage'
        ? [importPageSchema, (parsed: z.infer<typeof importPageSchema>) => parsed.items, ['items']]
        : type === 'Annotation'
          ? [importAnnotationSchema, (parsed: ImportAnnotation) => [parsed], []]
          : null;
  if (checks === null) {
    return { ok: false, problems: [importProblem('', 'not-annotations')] };
  }
  const [schema, pick] = checks;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, []) };
  const collection = type === 'AnnotationCollection' ? (parsed.data as z.infer<typeof importCollectionSchema>) : null;
  const colorLabels = collection?.['werkplaats:colorLabels'];
  return { ok: true, items: pick(parsed.data as never), base: checks[2], notebook: collection?.['werkplaats:notebook'] ?? [], colorLabels: colorLabels?.length === 5 ? colorLabels : null };
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The app's id for a W3C id: `urn:uuid:` and this app's own prefix are taken off; over-long ids are hashed. */
export function internalAnnotationId(w3cId: string): string {
  const own = /^urn:werkplaats-reader:annotation:(.+)$/.exec(w3cId)?.[1];
  let bare = w3cId.replace(/^urn:uuid:/i, '');
  if (own !== undefined) {
    try {
      bare = decodeURIComponent(own);
    } catch {
      bare = own;
    }
  }
  return bare.length <= 100 ? bare : `import-${hashText(w3cId)}`;
}

/** The document a target source names: its id, its file name, or a URL ending in either. */
function documentForSource(source: string, documents: AnnotationImportContext['documents']): AnnotationImportContext['documents'][number] | undefined {
  let deepLinked = /^werkplaats:\/\/doc\/([^#?]+)/.exec(source)?.[1] ?? '';
  try {
    deepLinked = decodeURIComponent(deepLinked);
  } catch {
    // A malformed escape: compared as written.
  }
  const candidates = [source, deepLinked, source.split(/[#/?]/).filter(Boolean).at(-1) ?? ''].filter((candidate) => candidate !== '');
  return documents.find((document) => candidates.includes(document.id) || candidates.includes(document.source));
}

/**
 * Where a quote lies among `documents`: the first document where it anchors with its context, or, for a quote that
 * came without context, its only exact occurrence in all of them (several occurrences are too doubtful: null).
 */
function placeQuote(documents: AnnotationImportContext['documents'], quote: TextQuoteSelector): { document: AnnotationImportContext['documents'][number]; start: number; end: number } | null {
  if (quote.prefix !== '' || quote.suffix !== '') {
    for (const document of documents) {
      const found = anchor(document.text, [quote]);
      if (found !== null) return { document, start: found.start, end: found.end };
    }
    return null;
  }
  let only: { document: AnnotationImportContext['documents'][number]; start: number; end: number } | null = null;
  for (const document of documents) {
    const first = document.text.indexOf(quote.exact);
    if (first < 0) continue;
    if (only !== null || document.text.indexOf(quote.exact, first + 1) >= 0) return null;
    only = { document, start: first, end: first + quote.exact.length };
  }
  return only;
}

interface Converted {
  annotation: Annotation;
  /** False when its quote is found in no current document text. */
  anchored: boolean;
}

/** Turns one checked W3C annotation into the app's shape, matching its document by id or else by quote. */
function convert(item: ImportAnnotation, place: PropertyKey[], context: AnnotationImportContext, problems: ImportProblem[]): Converted | null {
  const targets = asArray(item.target).map((target): ImportTarget => (typeof target === 'string' ? { source: target } : target));
  const target = targets[0]!;
  const selectors = asArray(target.selector);
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (quote === undefined && position === undefined) {
    problems.push(importProblem(formatPath([...place, 'target']), 'no-selector'));
    return null;
  }
  if (position !== undefined && position.end <= position.start) {
    problems.push(importProblem(formatPath([...place, 'target', 'selector']), 'position-end-before-start'));
    return null;
  }
  const selectorsAsGiven: Selector[] = [];
  if (quote !== undefined) selectorsAsGiven.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: (quote.prefix ?? '').slice(-quoteContextLength), suffix: (quote.suffix ?? '').slice(0, quoteContextLength) });
  if (position !== undefined) selectorsAsGiven.push({ type: 'TextPositionSelector', start: position.start, end: position.end });

  const namedDocId = target['werkplaats:docId'];
  let document = (namedDocId === undefined ? undefined : context.documents.find((candidate) => candidate.id === namedDocId)) ?? documentForSource(target.source, context.documents);
  let finalSelectors = selectorsAsGiven;
  let anchored = false;
  if (document !== undefined) anchored = anchor(document.text, selectorsAsGiven) !== null;
  if (!anchored && quote !== undefined) {
    // Another tool's page, or a quote without context: find the one place that holds the quote, and describe it in the app's own terms.
    const place = placeQuote(document === undefined ? context.documents : [document], selectorsAsGiven[0] as TextQuoteSelector);
    if (place !== null) {
      document = place.document;
      finalSelectors = describeRange(place.document.text, place.start, place.end);
      anchored = true;
    }
  }

  const bodies = asArray(item.body);
  const tagBodies = bodies.filter((body) => body.purpose === 'tagging');
  const tooLong = tagBodies.find((body) => body.value.trim().length > 60);
  if (tooLong !== undefined) {
    problems.push(importProblem(formatPath([...place, 'body']), 'tag-too-long', { maximum: 60, start: tooLong.value.slice(0, 30) }));
    return null;
  }
  const tags = cleanTags(tagBodies.map((body) => body.value)).slice(0, 50);
  const noteBodies = bodies.filter((body) => body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing');
  // This app's own export carries the note exactly as stored; other tools' notes are read from their HTML or text.
  const stored = noteBodies.find((body) => body['werkplaats:tiptap'] !== undefined)?.['werkplaats:tiptap'];
  const note = stored !== undefined ? cleanNote(stored) : cleanNote(bodiesToNote(noteBodies, item.bodyValue));
  const created = item.created ?? context.now.toISOString();
  const annotation: Annotation = {
    id: item['werkplaats:id'] ?? internalAnnotationId(item.id),
    docId: document?.id ?? namedDocId ?? target.source.slice(0, 200),
    corpusVersion: finalSelectors !== selectorsAsGiven ? context.corpusVersion : (item['werkplaats:corpusVersion'] ?? context.corpusVersion),
    selectors: finalSelectors,
    color: item['werkplaats:color'] ?? 0,
    tags,
    ...note,
    created,
    modified: item.modified ?? created,
    deleted: item['werkplaats:deleted'] ?? null,
  };
  const checked = annotationSchema.safeParse(annotation);
  if (!checked.success) {
    problems.push(...problemsFromIssues(checked.error.issues, place));
    return null;
  }
  return { annotation, anchored };
}

/** A note from TextualBody values: HTML read as HTML, anything else as plain text. */
function bodiesToNote(bodies: readonly ImportBody[], bodyValue: string | undefined): unknown {
  const content = bodies.flatMap((body) => ((body.format === 'text/html' ? htmlToNote(body.value) : textToNote(body.value)).content as unknown[]));
  if (bodyValue !== undefined) content.push(...(textToNote(bodyValue).content as unknown[]));
  return { type: 'doc', content };
}

/** The parts of an annotation a conflict compares and history keeps. */
export function versionOf(annotation: Annotation): AnnotationVersion {
  const { docId, selectors, color, tags, note, noteText, modified, deleted } = annotation;
  return { docId, selectors, color, tags, note, noteText, modified, deleted };
}

const sameVersion = (left: AnnotationVersion, right: AnnotationVersion) => JSON.stringify(left) === JSON.stringify(right);
const historyOf = (annotation: Annotation): AnnotationVersion[] => ((annotation as Annotation & { history?: AnnotationVersion[] }).history ?? []);

/**
 * Merges `incoming` into `existing` (same id): identical → unchanged; otherwise the newer `modified` wins and the
 * other version joins the winner's history. Returns the result and what happened.
 */
export function mergeAnnotation(existing: Annotation, incoming: Annotation): { result: Annotation; outcome: 'unchanged' | 'updated' | 'keptNewer' } {
  const mine = versionOf(existing);
  const theirs = versionOf(incoming);
  const history = historyOf(existing);
  if (sameVersion(mine, theirs) || history.some((version) => sameVersion(version, theirs))) return { result: existing, outcome: 'unchanged' };
  const incomingWins = incoming.modified > existing.modified;
  const [winner, loser] = incomingWins ? [incoming, existing] : [existing, incoming];
  const merged = [...history, ...historyOf(incoming), versionOf(loser)].filter((version, index, all) => all.findIndex((other) => sameVersion(other, version)) === index);
  return { result: { ...winner, id: existing.id, created: existing.created < incoming.created ? existing.created : incoming.created, history: merged } as Annotation, outcome: incomingWins ? 'updated' : 'keptNewer' };
}

/** Adds notebook pages by id; a different version with the same id: the newer wins, the other is kept as its history. */
function mergeNotebook(target: UserData, incoming: readonly NotebookNote[], report: AnnotationImportReport): void {
  const position = new Map(target.notebook.map((note, index) => [note.id, index]));
  for (const note of incoming) {
    const at = position.get(note.id);
    if (at === undefined) {
      position.set(note.id, target.notebook.length);
      target.notebook.push(note);
      report.notebookAdded += 1;
      continue;
    }
    const existing = target.notebook[at]!;
    const history = (existing as NotebookNote & { history?: NotebookNote[] }).history ?? [];
    const same = (left: NotebookNote, right: NotebookNote) => JSON.stringify([left.content, left.modified]) === JSON.stringify([right.content, right.modified]);
    if (same(existing, note) || history.some((version) => same(version, note))) continue;
    const [winner, loser] = note.modified > existing.modified ? [note, existing] : [existing, note];
    const { history: _ignored, ...loserVersion } = loser as NotebookNote & { history?: unknown };
    target.notebook[at] = { ...winner, history: [...history, loserVersion] } as NotebookNote;
    if (winner === note) report.notebookUpdated += 1;
  }
}

/**
 * Checks `input` (the file's text) completely, then returns a plan that applies it in one change, or every problem.
 * Nothing is changed until `apply` runs, and `apply` itself never fails on data that passed the checks.
 */
export function planAnnotationImport(input: string, data: UserData, context: AnnotationImportContext): AnnotationImportPlan {
  const parsed = parseJsonSafely(input);
  if (!parsed.ok) return parsed;
  return planAnnotationImportValue(parsed.value, data, context);
}

/** {@link planAnnotationImport} for a value already read by the hardened JSON parse (a route pack's annotations). */
export function planAnnotationImportValue(value: unknown, data: UserData, context: AnnotationImportContext): AnnotationImportPlan {
  const read = readAnnotations(value);
  if (!read.ok) return { ok: false, problems: read.problems.slice(0, maxProblems) };

  const problems: ImportProblem[] = [];
  const converted: Converted[] = [];
  const seen = new Map<string, number>();
  read.items.forEach((item, index) => {
    const place = [...read.base, index];
    const result = convert(item, place, context, problems);
    if (result === null) return;
    const earlier = seen.get(result.annotation.id);
    if (earlier !== undefined) {
      problems.push(importProblem(formatPath(place), 'duplicate-id', { number: earlier + 1, id: item.id.slice(0, 60) }));
      return;
    }
    seen.set(result.annotation.id, index);
    converted.push(result);
  });
  const notebook: NotebookNote[] = read.notebook.map((entry) => {
    const cleaned = cleanNote(entry.content);
    return { id: entry.id, scope: entry.scope, content: cleaned.note ?? { type: 'doc', content: [{ type: 'paragraph' }] }, text: cleaned.noteText, created: entry.created, modified: entry.modified, deleted: null };
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, maxProblems) };

  const layerName = context.layerName?.trim();
  const apply = (target: UserData): AnnotationImportReport => {
    const report: AnnotationImportReport = { total: converted.length, notebookAdded: 0, notebookUpdated: 0, colorLabelsSet: false, added: 0, updated: 0, unchanged: 0, keptNewer: 0, orphaned: 0, layer: layerName ? { name: layerName, file: context.fileName } : null };
    let layer: Layer | undefined;
    if (layerName) {
      const existingLayer = target.layers.find((candidate) => (context.layerId === undefined ? candidate.name === layerName : candidate.id === context.layerId));
      layer = {
        id: existingLayer?.id ?? context.layerId ?? context.newId(),
        name: layerName,
        file: context.fileName,
        importedAt: context.now.toISOString(),
        hidden: existingLayer?.hidden ?? false,
        ...(context.routeId === undefined ? {} : { routeId: context.routeId }),
      };
      target.layers = existingLayer ? target.layers.map((candidate) => (candidate.id === layer!.id ? layer! : candidate)) : [...target.layers, layer];
    }
    const position = new Map(target.annotations.map((annotation, index) => [annotation.id, index]));
    for (const { annotation, anchored } of converted) {
      // A layer's annotations live under the layer's own ids, so they can never replace one of the reader's own.
      const incoming = layer ? ({ ...annotation, id: `${layer.id}:${annotation.id}`.slice(0, 100), layerId: layer.id } as Annotation) : annotation;
      const at = position.get(incoming.id);
      if (at === undefined) {
        position.set(incoming.id, target.annotations.length);
        target.annotations.push(incoming);
        report.added += 1;
        if (!anchored) report.orphaned += 1;
        continue;
      }
      const { result, outcome } = mergeAnnotation(target.annotations[at]!, incoming);
      target.annotations[at] = result;
      report[outcome] += 1;
      if (outcome === 'updated' && !anchored) report.orphaned += 1;
    }
    if (!layer) {
      mergeNotebook(target, notebook, report);
      if (read.colorLabels !== null && JSON.stringify(target.colorLabels) === JSON.stringify(defaultColorLabels()) && JSON.stringify(read.colorLabels) !== JSON.stringify(target.colorLabels)) {
        target.colorLabels = [...read.colorLabels] as ColorLabels;
        report.colorLabelsSet = true;
      }
    }
    return report;
  };
  // The preview runs the same merge on a throwaway copy, so it reports exactly what `apply` will do.
  const report = apply({ ...data, annotations: [...data.annotations], layers: [...data.layers], notebook: [...data.notebook] });
  return { ok: true, report, apply };
}
