/** Why: every annotation and notebook call is validated at the API boundary with the same zod schemas, whichever transport carries it. */
import { z } from 'zod';
import { noteInputSchema, tagsSchema } from './annotation.js';
import { colorLabelSchema, colorSchema } from './colorLabels.js';
import { annotationQuerySchema } from './listAnnotations.js';
import { notebookScopeSchema } from './notebookNote.js';
import { maxQuoteLength } from './anchoring/selectorSchema.js';
import { layerNameSchema } from './layer.js';
import { maxImportBytes } from '../import/parseJsonSafely.js';

/** A file to import: its text and its name (for the report and the layer's origin). */
const annotationImportSchema = z
  .object({ content: z.string().max(maxImportBytes), fileName: z.string().min(1).max(300), layerName: layerNameSchema.optional() })
  .strict();

const documentId = z.string().min(1).max(200);
const recordId = z.string().min(1).max(100);
const offset = z.number().int().min(0).max(10_000_000);

/**
 * Input schemas of the annotation methods, keyed by method name (the names of `AnnotationService`),
 * ready to be spread into the API contract's `inputSchemas`.
 */
export const annotationInputSchemas = {
  /** The reader's own annotations; with `includeLayers`, also those of visible imported layers. */
  listAnnotations: annotationQuerySchema.extend({ includeLayers: z.boolean().optional() }),
  /** A document's annotations placed in its current text, plus orphans. */
  getDocumentAnnotations: z.object({ docId: documentId }).strict(),
  createAnnotation: z
    .object({ docId: documentId, start: offset, end: offset, color: colorSchema.optional(), tags: tagsSchema.optional(), note: noteInputSchema.optional() })
    .strict()
    .refine((input) => input.end > input.start, { message: 'end moet na start liggen', path: ['end'] })
    // The stored quote must stay within what a saved file may hold, or the file would no longer load.
    .refine((input) => input.end - input.start <= maxQuoteLength, { message: `een markering is hoogstens ${maxQuoteLength} tekens`, path: ['end'] }),
  updateAnnotation: z.object({ id: recordId, color: colorSchema.optional(), tags: tagsSchema.optional(), note: noteInputSchema.optional() }).strict(),
  deleteAnnotation: z.object({ id: recordId }).strict(),
  restoreAnnotation: z.object({ id: recordId }).strict(),
  getColorLabels: z.object({}).strict(),
  setColorLabel: z.object({ color: colorSchema, label: colorLabelSchema }).strict(),
  listNotebookNotes: z.object({ scope: notebookScopeSchema.optional(), includeDeleted: z.boolean().optional() }).strict(),
  /** Without `id` a new note is made; with it, that note's content is replaced. */
  saveNotebookNote: z
    .object({ id: recordId.optional(), scope: notebookScopeSchema, content: noteInputSchema.unwrap() })
    .strict(),
  deleteNotebookNote: z.object({ id: recordId }).strict(),
  restoreNotebookNote: z.object({ id: recordId }).strict(),
  previewAnnotationImport: annotationImportSchema,
  importAnnotations: annotationImportSchema,
  listLayers: z.object({}).strict(),
  setLayerHidden: z.object({ id: recordId, hidden: z.boolean() }).strict(),
  removeLayer: z.object({ id: recordId }).strict(),
  copyAnnotationToOwn: z.object({ id: z.string().min(1).max(200) }).strict(),
} as const;

export type AnnotationMethodName = keyof typeof annotationInputSchemas;
export type AnnotationMethodInput<M extends AnnotationMethodName> = z.infer<(typeof annotationInputSchemas)[M]>;
