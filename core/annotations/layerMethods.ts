/** The API methods on imported annotation layers: import a W3C file (preview first), show, hide or remove a layer, copy from it. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';
import type { Services } from '../api/createServices.js';
import { ImportRefusedError } from '../import/importRefusedError.js';
import { maxImportBytes } from '../import/parseJsonSafely.js';
import { planAnnotationImport, type AnnotationImportReport } from '../import/planAnnotationImport.js';
import type { Annotation } from './annotation.js';
import { layerIdOf } from './annotationMethods.js';
import { layerNameSchema, type Layer } from './layer.js';
import { recordIdSchema } from './annotationMethods.js';

/** A layer with the number of annotations in it. */
export interface LayerSummary extends Layer {
  annotationCount: number;
}

/** A file to import: its text and its name (for the report and the layer's origin). */
const annotationImportSchema = z.object({ content: z.string().max(maxImportBytes), fileName: z.string().min(1).max(300), layerName: layerNameSchema.optional() }).strict();

function plan(services: Services, { content, fileName, layerName }: z.output<typeof annotationImportSchema>) {
  const context = { documents: services.documents(), corpusVersion: services.bundle.version, now: services.now(), fileName, newId: services.newId, ...(layerName === undefined ? {} : { layerName }) };
  const planned = planAnnotationImport(content, services.store.data, context);
  if (!planned.ok) throw new ImportRefusedError(planned.problems);
  return planned;
}

const summaries = ({ store }: Services): LayerSummary[] =>
  store.data.layers.map((layer) => ({ ...layer, annotationCount: store.data.annotations.filter((annotation) => layerIdOf(annotation) === layer.id && annotation.deleted === null).length }));

function requireLayer({ store }: Services, id: string): Layer {
  const layer = store.data.layers.find((candidate) => candidate.id === id);
  if (layer === undefined) throw new ApiError('layer-not-found', { id });
  return layer;
}

export const layerMethods = {
  /** What importing a W3C annotation file would do (added, updated, unchanged, orphaned), without writing anything. */
  previewAnnotationImport: defineMethod(annotationImportSchema, async (input, services): Promise<AnnotationImportReport> => plan(services, input).report),
  /** Imports a W3C annotation file in one durable write, all or nothing; into the reader's own set or, with `layerName`, a layer. */
  importAnnotations: defineMethod(annotationImportSchema, async (input, services): Promise<AnnotationImportReport> => {
    // Checked whole before the write is queued, so a refused file never reaches the store.
    const planned = plan(services, input);
    let report = planned.report;
    await services.store.update((data) => {
      report = planned.apply(data);
    });
    return report;
  }),
  /** The imported layers with their origin and size. */
  listLayers: defineMethod(z.object({}).strict(), async (_input, services) => summaries(services)),
  /** Shows or hides a layer in the reader. */
  setLayerHidden: defineMethod(z.object({ id: recordIdSchema, hidden: z.boolean() }).strict(), async ({ id, hidden }, services) => {
    requireLayer(services, id);
    await services.store.update((data) => {
      data.layers = data.layers.map((layer) => (layer.id === id ? { ...layer, hidden } : layer));
    });
    return summaries(services);
  }),
  /** Removes a layer with all its annotations; the reader's own annotations are untouched. */
  removeLayer: defineMethod(z.object({ id: recordIdSchema }).strict(), async ({ id }, services) => {
    requireLayer(services, id);
    await services.store.update((data) => {
      data.layers = data.layers.filter((layer) => layer.id !== id);
      data.annotations = data.annotations.filter((annotation) => layerIdOf(annotation) !== id);
    });
    return summaries(services);
  }),
  /** Copies a layer's annotation into the reader's own set, where it can be edited. */
  copyAnnotationToOwn: defineMethod(z.object({ id: z.string().min(1).max(200) }).strict(), async ({ id }, { store, newId, now }) => {
    const source = store.data.annotations.find((annotation) => annotation.id === id);
    if (source === undefined) throw new ApiError('annotation-not-found', { id });
    if (layerIdOf(source) === undefined) throw new ApiError('already-own');
    const { layerId: _layerId, history: _history, ...rest } = source as Annotation & { layerId?: string; history?: unknown };
    const copy: Annotation = { ...rest, id: newId(), created: now().toISOString(), modified: now().toISOString(), deleted: null };
    await store.update((data) => {
      data.annotations.push(copy);
    });
    return copy;
  }),
};
