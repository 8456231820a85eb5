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

export interface AnnotationServiceDependencies {
  store: UserDataStore;
  /** The loaded corpus document with this id, if any. */
  findDocument: (docId: string) => CorpusDocument | undefined;
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
}

/** Builds the annotation methods over the store; inputs are expected to have passed `annotationInputSchemas`. */
export function createAnnotationService({ store, findDocument, corpusVersion, now, newId }: AnnotationServiceDependencies): AnnotationService {
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
    async listAnnotations(query) {
      return listAnnotations(store.data.annotations, query);
    },
    async getDocumentAnnotations({ docId }) {
      return anchorAnnotations(requireDocument(docId), listAnnotations(store.data.annotations, { docId }));
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
