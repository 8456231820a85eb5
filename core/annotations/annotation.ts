/** Why: an annotation is the reader's private highlight with note, colour and tags, tied to a document by selectors that survive corpus updates. */
import { z } from 'zod';
import { describeRange } from './anchoring/describeRange.js';
import type { Selector } from '../../common/annotations/selectors.js';
import { noteToText } from '../../common/notes/noteToText.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { sanitizeNote } from '../../common/notes/sanitizeNote.js';
import { selectorsSchema } from './anchoring/selectorSchema.js';
import { colorSchema, type Color } from './colorLabels.js';

/** One tag: trimmed, 1–60 characters. */
export const tagSchema = z.string().trim().min(1).max(60);
/** A list of tags; duplicates are removed when stored. */
export const tagsSchema = z.array(tagSchema).max(50);

/** A note as it may arrive from the editor: any tiptap-looking document, sanitized before it is kept. */
export const noteInputSchema = z
  .looseObject({ type: z.literal('doc') })
  .refine((value) => JSON.stringify(value).length <= 500_000, { message: 'notitie is te groot' })
  .nullable();

/** A highlight in a document with the reader's note, colour and tags. */
export interface Annotation {
  id: string;
  docId: string;
  /** The corpus version the selectors were made against. */
  corpusVersion: string;
  /** W3C selectors: a quote with context and a position in the canonical text. */
  selectors: Selector[];
  color: Color;
  tags: string[];
  /** The note as sanitized tiptap JSON, or null without a note. */
  note: NoteDocument | null;
  /** Plain text of the note, for search and export; '' without a note. */
  noteText: string;
  /** ISO timestamps. */
  created: string;
  modified: string;
  /** ISO timestamp of a soft delete (undoable with `restoreAnnotation`), or null. */
  deleted: string | null;
}

/** The stored shape, used to check data read from disk. Unknown fields are kept. */
export const annotationSchema = z.looseObject({
  id: z.string().min(1),
  docId: z.string().min(1),
  corpusVersion: z.string(),
  selectors: selectorsSchema,
  color: colorSchema,
  tags: z.array(z.string()),
  note: z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) }).nullable(),
  noteText: z.string(),
  created: z.string(),
  modified: z.string(),
  deleted: z.string().nullable(),
});

/** Cleans a note from input: sanitized, and null when it holds no text. */
export function cleanNote(note: unknown): { note: NoteDocument | null; noteText: string } {
  const sanitized = sanitizeNote(note);
  const noteText = noteToText(sanitized);
  return noteText === '' ? { note: null, noteText: '' } : { note: sanitized, noteText };
}

/** Trims and de-duplicates tags, keeping their order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
}

/** What a new annotation needs besides its document. */
export interface NewAnnotation {
  docId: string;
  /** Range in the document's canonical text. */
  start: number;
  end: number;
  color?: Color;
  tags?: string[];
  note?: unknown;
}

/** The context a new annotation is made in. */
export interface AnnotationContext {
  id: string;
  now: Date;
  corpusVersion: string;
  /** The document's canonical text. */
  text: string;
}

/**
 * A new annotation over `[start, end)` of the document's text.
 * @throws RangeError when the range is empty or outside the text.
 */
export function createAnnotation(input: NewAnnotation, context: AnnotationContext): Annotation {
  const now = context.now.toISOString();
  return {
    id: context.id,
    docId: input.docId,
    corpusVersion: context.corpusVersion,
    selectors: describeRange(context.text, input.start, input.end),
    color: input.color ?? 0,
    tags: cleanTags(input.tags ?? []),
    ...cleanNote(input.note ?? null),
    created: now,
    modified: now,
    deleted: null,
  };
}

/** The changeable parts of an annotation; omitted fields stay as they are, `note: null` removes the note. */
export interface AnnotationChanges {
  color?: Color;
  tags?: string[];
  note?: unknown;
}

/** A copy of `annotation` with `changes` applied and `modified` set to `now`. */
export function updateAnnotation(annotation: Annotation, changes: AnnotationChanges, now: Date): Annotation {
  return {
    ...annotation,
    ...(changes.color !== undefined ? { color: changes.color } : {}),
    ...(changes.tags !== undefined ? { tags: cleanTags(changes.tags) } : {}),
    ...(changes.note !== undefined ? cleanNote(changes.note) : {}),
    modified: now.toISOString(),
  };
}

/** A copy of `annotation` marked deleted at `now`; it is kept so the delete can be undone. */
export function deleteAnnotation(annotation: Annotation, now: Date): Annotation {
  return { ...annotation, deleted: now.toISOString(), modified: now.toISOString() };
}

/** A copy of a soft-deleted `annotation` brought back. */
export function restoreAnnotation(annotation: Annotation, now: Date): Annotation {
  return { ...annotation, deleted: null, modified: now.toISOString() };
}

