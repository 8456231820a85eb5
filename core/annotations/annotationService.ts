/** Why: the API needs annotation methods that validate against the corpus, change the store one write at a time, and never drop data. */
import { ApiError } from '../api/contract.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { UserDataStore } from '../storage/userDataStore.js';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
  type Annotation,
} from './annotation.js';
import type { AnnotationMethodInput } from './annotationInputSchemas.js';
import { anchorAnnotations, type AnchoredAnnotations } from './anchorAnnotations.js';
import { renameColorLabel, type ColorLabels } from './colorLabels.js';
import { listAnnotations } from './listAnnotations.js';
import { createNotebookNote, isInScope, updateNotebookNote, type NotebookNote } from './notebookNote.js';
import type { Layer } from './layer.js';
import { planAnnotationImport, type AnnotationImportReport } from '../import/planAnnotationImport.js';
import { ImportRefusedError } from '../import/importRefusedError.js';

export interface AnnotationServiceDependencies {
  store: UserDataStore;
  /** The loaded corpus document with this id, if any. */
  findDocument: (docId: string) => CorpusDocument | undefined;
  /** Every document annotations can point at (bundled and imported), for matching imports by quote. */
  allDocuments: () => readonly CorpusDocument[];
  /** Version of the loaded corpus (`CorpusBundle.version`). */
  corpusVersion: string;
  now: () => Date;
  /** A fresh unique id (for example `crypto.randomUUID`). */
  newId: () => string;
}

/** The annotation and notebook methods, one per key of `annotationInputSchemas`. */
export interface AnnotationService {
  listAnnotations(input: AnnotationMethodInput<'listAnnotations'>): Promise<Annotation[]>;
  getDocumentAnnotations(input: AnnotationMethodInput<'getDocumentAnnotations'>): Promise<AnchoredAnnotations>;
  createAnnotation(input: AnnotationMethodInput<'createAnnotation'>): Promise<Annotation>;
  updateAnnotation(input: AnnotationMethodInput<'updateAnnotation'>): Promise<Annotation>;
  deleteAnnotation(input: AnnotationMethodInput<'deleteAnnotation'>): Promise<Annotation>;
  restoreAnnotation(input: AnnotationMethodInput<'restoreAnnotation'>): Promise<Annotation>;
  getColorLabels(input: AnnotationMethodInput<'getColorLabels'>): Promise<ColorLabels>;
  setColorLabel(input: AnnotationMethodInput<'setColorLabel'>): Promise<ColorLabels>;
  listNotebookNotes(input: AnnotationMethodInput<'listNotebookNotes'>): Promise<NotebookNote[]>;
  saveNotebookNote(input: AnnotationMethodInput<'saveNotebookNote'>): Promise<NotebookNote>;
  deleteNotebookNote(input: AnnotationMethodInput<'deleteNotebookNote'>): Promise<NotebookNote>;
  restoreNotebookNote(input: AnnotationMethodInput<'restoreNotebookNote'>): Promise<NotebookNote>;
  /** What importing a W3C annotation file would do, without writing; a refused file throws `ImportRefusedError`. */
  previewAnnotationImport(input: AnnotationMethodInput<'previewAnnotationImport'>): Promise<AnnotationImportReport>;
  /** Imports a W3C annotation file in one durable write, all or nothing. */
  importAnnotations(input: AnnotationMethodInput<'importAnnotations'>): Promise<AnnotationImportReport>;
  /** The imported layers, with how many annotations each holds. */
  listLayers(input: AnnotationMethodInput<'listLayers'>): Promise<LayerSummary[]>;
  setLayerHidden(input: AnnotationMethodInput<'setLayerHidden'>): Promise<LayerSummary[]>;
  /** Removes a layer with all its annotations; the reader's own annotations are untouched. */
  removeLayer(input: AnnotationMethodInput<'removeLayer'>): Promise<LayerSummary[]>;
  /** Copies a layer's annotation into the reader's own set, where it can be edited. */
  copyAnnotationToOwn(input: AnnotationMethodInput<'copyAnnotationToOwn'>): Promise<Annotation>;
}

/** A layer with the number of annotations in it. */
export interface LayerSummary extends Layer {
  annotationCount: number;
}

/** The layer an annotation belongs to, or undefined for the reader's own. */
export function layerIdOf(annotation: Annotation): string | undefined {
  return (annotation as Annotation & { layerId?: string }).layerId;
}

/** Builds the annotation methods over the store; inputs are expected to have passed `annotationInputSchemas`. */
export function createAnnotationService({ store, findDocument, allDocuments, corpusVersion, now, newId }: AnnotationServiceDependencies): AnnotationService {
  const own = () => store.data.annotations.filter((annotation) => layerIdOf(annotation) === undefined);
  const visible = () => {
    const hidden = new Set(store.data.layers.filter((layer) => layer.hidden).map((layer) => layer.id));
    return store.data.annotations.filter((annotation) => !hidden.has(layerIdOf(annotation) ?? ''));
  };
  const layerSummaries = (): LayerSummary[] =>
    store.data.layers.map((layer) => ({ ...layer, annotationCount: store.data.annotations.filter((annotation) => layerIdOf(annotation) === layer.id && annotation.deleted === null).length }));

  function importContext(fileName: string, layerName: string | undefined) {
    return { documents: allDocuments(), corpusVersion, now: now(), fileName, newId, ...(layerName === undefined ? {} : { layerName }) };
  }

  function requireDocument(docId: string): CorpusDocument {
    const document = findDocument(docId);
    if (!document) throw new ApiError('not-found', `Er is geen document met id "${docId}".`);
    return document;
  }

  /** Replaces the annotation `id` with `change(old)` in one write; returns the new version. */
  async function changeAnnotation(id: string, change: (annotation: Annotation) => Annotation): Promise<Annotation> {
    let result: Annotation | undefined;
    await store.update((data) => {
      const index = data.annotations.findIndex((annotation) => annotation.id === id);
      if (index === -1) throw new ApiError('not-found', `Er is geen aantekening met id "${id}".`);
      const layerId = layerIdOf(data.annotations[index]!);
      if (layerId !== undefined) {
        const name = data.layers.find((layer) => layer.id === layerId)?.name ?? '';
        throw new ApiError('read-only', `Deze aantekening hoort bij de geïmporteerde laag "${name}". Kopieer haar eerst naar je eigen aantekeningen om haar te wijzigen.`);
      }
      result = change(data.annotations[index]!);
      data.annotations[index] = result;
    });
    return result!;
  }

  async function changeNote(id: string, change: (note: NotebookNote) => NotebookNote): Promise<NotebookNote> {
    let result: NotebookNote | undefined;
    await store.update((data) => {
      const index = data.notebook.findIndex((note) => note.id === id);
      if (index === -1) throw new ApiError('not-found', `Er is geen notitie met id "${id}".`);
      result = change(data.notebook[index]!);
      data.notebook[index] = result;
    });
    return result!;
  }

  return {
    async listAnnotations({ includeLayers, ...query }) {
      return listAnnotations(includeLayers === true ? visible() : own(), query);
    },
    async getDocumentAnnotations({ docId }) {
      return anchorAnnotations(requireDocument(docId), listAnnotations(visible(), { docId }));
    },
    async previewAnnotationImport({ content, fileName, layerName }) {
      const plan = planAnnotationImport(content, store.data, importContext(fileName, layerName));
      if (!plan.ok) throw new ImportRefusedError(plan.problems);
      return plan.report;
    },
    async importAnnotations({ content, fileName, layerName }) {
      // Checked against the current data before the write is queued, so a refused file never reaches the store.
      const plan = planAnnotationImport(content, store.data, importContext(fileName, layerName));
      if (!plan.ok) throw new ImportRefusedError(plan.problems);
      let report = plan.report;
      await store.update((data) => {
        report = plan.apply(data);
      });
      return report;
    },
    async listLayers() {
      return layerSummaries();
    },
    async setLayerHidden({ id, hidden }) {
      if (!store.data.layers.some((layer) => layer.id === id)) throw new ApiError('not-found', `Er is geen laag met id "${id}".`);
      await store.update((data) => {
        data.layers = data.layers.map((layer) => (layer.id === id ? { ...layer, hidden } : layer));
      });
      return layerSummaries();
    },
    async removeLayer({ id }) {
      if (!store.data.layers.some((layer) => layer.id === id)) throw new ApiError('not-found', `Er is geen laag met id "${id}".`);
      await store.update((data) => {
        data.layers = data.layers.filter((layer) => layer.id !== id);
        data.annotations = data.annotations.filter((annotation) => layerIdOf(annotation) !== id);
      });
      return layerSummaries();
    },
    async copyAnnotationToOwn({ id }) {
      const source = store.data.annotations.find((annotation) => annotation.id === id);
      if (source === undefined) throw new ApiError('not-found', `Er is geen aantekening met id "${id}".`);
      if (layerIdOf(source) === undefined) throw new ApiError('invalid-input', 'Deze aantekening is al van jou.');
      const { layerId: _layerId, history: _history, ...rest } = source as Annotation & { layerId?: string; history?: unknown };
      const copy: Annotation = { ...rest, id: newId(), created: now().toISOString(), modified: now().toISOString(), deleted: null };
      await store.update((data) => {
        data.annotations.push(copy);
      });
      return copy;
    },
    async createAnnotation({ docId, start, end, color, tags, note }) {
      const document = requireDocument(docId);
      if (end > document.text.length) throw new ApiError('invalid-input', 'De selectie valt buiten de tekst van het document.');
      const annotation = createAnnotation({ docId, start, end, color, tags, note }, { id: newId(), now: now(), corpusVersion, text: document.text });
      await store.update((data) => {
        data.annotations.push(annotation);
      });
      return annotation;
    },
    async updateAnnotation({ id, ...changes }) {
      return changeAnnotation(id, (annotation) => updateAnnotation(annotation, changes, now()));
    },
    async deleteAnnotation({ id }) {
      return changeAnnotation(id, (annotation) => (annotation.deleted === null ? deleteAnnotation(annotation, now()) : annotation));
    },
    async restoreAnnotation({ id }) {
      return changeAnnotation(id, (annotation) => (annotation.deleted === null ? annotation : restoreAnnotation(annotation, now())));
    },
    async getColorLabels() {
      return store.data.colorLabels;
    },
    async setColorLabel({ color, label }) {
      await store.update((data) => {
        data.colorLabels = renameColorLabel(data.colorLabels, color, label);
      });
      return store.data.colorLabels;
    },
    async listNotebookNotes({ scope, includeDeleted }) {
      return store.data.notebook
        .filter((note) => (includeDeleted === true || note.deleted === null) && (scope === undefined || isInScope(note, scope)))
        .sort((a, b) => (a.modified === b.modified ? a.id.localeCompare(b.id) : a.modified < b.modified ? 1 : -1));
    },
    async saveNotebookNote({ id, scope, content }) {
      // A saved note keeps the scope it was made in: saving cannot move it to another document or theme.
      if (id !== undefined) return changeNote(id, (note) => updateNotebookNote(note, content, now()));
      const note = createNotebookNote(scope, content, newId(), now());
      await store.update((data) => {
        data.notebook.push(note);
      });
      return note;
    },
    async deleteNotebookNote({ id }) {
      return changeNote(id, (note) => (note.deleted === null ? { ...note, deleted: now().toISOString(), modified: now().toISOString() } : note));
    },
    async restoreNotebookNote({ id }) {
      return changeNote(id, (note) => (note.deleted === null ? note : { ...note, deleted: null, modified: now().toISOString() }));
    },
  };
}
