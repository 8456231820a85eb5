/** The API methods on notebook pages: free notes per document, per theme and in general. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';
import type { Services } from '../api/createServices.js';
import { noteInputSchema } from './annotation.js';
import { recordIdSchema } from './annotationMethods.js';
import { createNotebookNote, isInScope, notebookScopeSchema, updateNotebookNote, type NotebookNote } from './notebookNote.js';

/** Replaces the note `id` with `change(old)` in one write; returns the new version. */
async function changeNote({ store }: Services, id: string, change: (note: NotebookNote) => NotebookNote): Promise<NotebookNote> {
  let result: NotebookNote | undefined;
  await store.update((data) => {
    const index = data.notebook.findIndex((note) => note.id === id);
    if (index === -1) throw new ApiError('note-not-found', { id });
    result = change(data.notebook[index]!);
    data.notebook[index] = result;
  });
  return result!;
}

export const notebookMethods = {
  /** Notebook notes, newest first, optionally of one scope. */
  listNotebookNotes: defineMethod(
    z.object({ scope: notebookScopeSchema.optional(), includeDeleted: z.boolean().optional() }).strict(),
    async ({ scope, includeDeleted }, { store }) =>
      store.data.notebook
        .filter((note) => (includeDeleted === true || note.deleted === null) && (scope === undefined || isInScope(note, scope)))
        .sort((a, b) => (a.modified === b.modified ? a.id.localeCompare(b.id) : a.modified < b.modified ? 1 : -1)),
  ),
  /** Without `id` a new note is made; with it, that note's content is replaced. */
  saveNotebookNote: defineMethod(
    z.object({ id: recordIdSchema.optional(), scope: notebookScopeSchema, content: noteInputSchema.unwrap() }).strict(),
    async ({ id, scope, content }, services) => {
      // A saved note keeps the scope it was made in: saving cannot move it to another document or theme.
      if (id !== undefined) return changeNote(services, id, (note) => updateNotebookNote(note, content, services.now()));
      const note = createNotebookNote(scope, content, services.newId(), services.now());
      await services.store.update((data) => {
        data.notebook.push(note);
      });
      return note;
    },
  ),
  /** Soft-deletes a note (it can be restored). */
  deleteNotebookNote: defineMethod(z.object({ id: recordIdSchema }).strict(), async ({ id }, services) =>
    changeNote(services, id, (note) => (note.deleted === null ? { ...note, deleted: services.now().toISOString(), modified: services.now().toISOString() } : note)),
  ),
  /** Undoes a soft delete. */
  restoreNotebookNote: defineMethod(z.object({ id: recordIdSchema }).strict(), async ({ id }, services) =>
    changeNote(services, id, (note) => (note.deleted === null ? note : { ...note, deleted: null, modified: services.now().toISOString() })),
  ),
};
