/** The API methods on highlights and their colour labels: validated against the corpus, one write at a time, never dropping data. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';
import type { Services } from '../api/createServices.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import { createAnnotation, deleteAnnotation, noteInputSchema, restoreAnnotation, tagsSchema, updateAnnotation, type Annotation } from './annotation.js';
import { maxQuoteLength } from './anchoring/selectorSchema.js';
import { anchorAnnotations } from './anchorAnnotations.js';
import { colorLabelSchema, colorSchema, renameColorLabel } from './colorLabels.js';
import { annotationQuerySchema, listAnnotations } from './listAnnotations.js';
import { withSections } from './annotationSummary.js';
import { findAnnotationMatches } from './matchAnnotations.js';

/** Ids of stored annotations and notebook notes. */
export const recordIdSchema = z.string().min(1).max(100);
const offset = z.number().int().min(0).max(10_000_000);

/** The layer an annotation belongs to, or undefined for the reader's own. */
export function layerIdOf(annotation: Annotation): string | undefined {
  return (annotation as Annotation & { layerId?: string }).layerId;
}

/** The reader's own annotations (no imported layer's). */
export const ownAnnotations = (annotations: readonly Annotation[]) => annotations.filter((annotation) => layerIdOf(annotation) === undefined);

/** Own annotations and those of layers that are not hidden. */
export function visibleAnnotations({ store }: Services): Annotation[] {
  const hidden = new Set(store.data.layers.filter((layer) => layer.hidden).map((layer) => layer.id));
  return store.data.annotations.filter((annotation) => !hidden.has(layerIdOf(annotation) ?? ''));
}

/** Replaces the annotation `id` with `change(old)` in one write; returns the new version. A layer's annotations are read-only. */
async function changeAnnotation({ store }: Services, id: string, change: (annotation: Annotation) => Annotation): Promise<Annotation> {
  let result: Annotation | undefined;
  await store.update((data) => {
    const index = data.annotations.findIndex((annotation) => annotation.id === id);
    if (index === -1) throw new ApiError('annotation-not-found', { id });
    const layerId = layerIdOf(data.annotations[index]!);
    if (layerId !== undefined) throw new ApiError('annotation-in-layer', { layer: data.layers.find((layer) => layer.id === layerId)?.name ?? '' });
    result = change(data.annotations[index]!);
    data.annotations[index] = result;
  });
  return result!;
}

export const annotationMethods = {
  /** The user's own annotations, filtered and ordered, each with its section; with `includeLayers`, also those of visible imported layers. */
  listAnnotations: defineMethod(annotationQuerySchema.extend({ includeLayers: z.boolean().optional() }), async ({ includeLayers, ...query }, services) =>
    withSections(listAnnotations(includeLayers === true ? visibleAnnotations(services) : ownAnnotations(services.store.data.annotations), query), services.findDocument),
  ),
  /** A document's annotations (own and visible layers') placed in its current text, plus orphans. */
  getDocumentAnnotations: defineMethod(z.object({ docId: documentIdSchema }).strict(), async ({ docId }, services) =>
    anchorAnnotations(services.requireDocument(docId), listAnnotations(visibleAnnotations(services), { docId })),
  ),
  /** Highlights a range of a document's canonical text, optionally with colour, tags and a note. */
  createAnnotation: defineMethod(
    z
      .object({ docId: documentIdSchema, start: offset, end: offset, color: colorSchema.optional(), tags: tagsSchema.optional(), note: noteInputSchema.optional() })
      .strict()
      .refine((input) => input.end > input.start, { message: 'end moet na start liggen', path: ['end'] })
      // The stored quote must stay within what a saved file may hold, or the file would no longer load.
      .refine((input) => input.end - input.start <= maxQuoteLength, { message: `een markering is hoogstens ${maxQuoteLength} tekens`, path: ['end'] }),
    async ({ docId, start, end, color, tags, note }, { store, requireDocument, newId, now, bundle }) => {
      const document = requireDocument(docId);
      if (end > document.text.length) throw new ApiError('selection-outside-text', { docId });
      const annotation = createAnnotation({ docId, start, end, color, tags, note }, { id: newId(), now: now(), corpusVersion: bundle.version, text: document.text });
      await store.update((data) => {
        data.annotations.push(annotation);
      });
      return annotation;
    },
  ),
  /** Changes an annotation's colour, tags or note. */
  updateAnnotation: defineMethod(
    z.object({ id: recordIdSchema, color: colorSchema.optional(), tags: tagsSchema.optional(), note: noteInputSchema.optional() }).strict(),
    async ({ id, ...changes }, services) => changeAnnotation(services, id, (annotation) => updateAnnotation(annotation, changes, services.now())),
  ),
  /** Soft-deletes an annotation (it can be restored). */
  deleteAnnotation: defineMethod(z.object({ id: recordIdSchema }).strict(), async ({ id }, services) =>
    changeAnnotation(services, id, (annotation) => (annotation.deleted === null ? deleteAnnotation(annotation, services.now()) : annotation)),
  ),
  /** Undoes a soft delete. */
  restoreAnnotation: defineMethod(z.object({ id: recordIdSchema }).strict(), async ({ id }, services) =>
    changeAnnotation(services, id, (annotation) => (annotation.deleted === null ? annotation : restoreAnnotation(annotation, services.now()))),
  ),
  /** The user's names for the highlight colours. */
  getColorLabels: defineMethod(z.object({}).strict(), async (_input, { store }) => store.data.colorLabels),
  /** Renames one highlight colour. */
  setColorLabel: defineMethod(z.object({ color: colorSchema, label: colorLabelSchema }).strict(), async ({ color, label }, { store }) => {
    await store.update((data) => {
      data.colorLabels = renameColorLabel(data.colorLabels, color, label);
    });
    return store.data.colorLabels;
  }),
  /** The user's annotations (not deleted) whose quote, note or tags match the query, newest first, each with its section and the words that matched. */
  searchAnnotations: defineMethod(z.object({ query: z.string().max(500) }).strict(), async ({ query }, { store, searchIndex, findDocument }) =>
    findAnnotationMatches(withSections(listAnnotations(ownAnnotations(store.data.annotations), { sort: 'date' }), findDocument), query, (await searchIndex()).analyzer).map(
      ({ annotation, words }) => ({ ...annotation, matchedWords: words }),
    ),
  ),
};
