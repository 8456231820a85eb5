/** Why: besides highlights, the reader keeps notebook pages about a document, a theme, or in general. */
import { z } from 'zod';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import { cleanNote } from './annotation.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';

/** What a notebook note is about. */
export const notebookScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), docId: documentIdSchema }).strict(),
  z.object({ kind: z.literal('theme'), themeId: z.string().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('general') }).strict(),
]);
export type NotebookScope = z.infer<typeof notebookScopeSchema>;

/** A notebook page. */
export interface NotebookNote {
  id: string;
  scope: NotebookScope;
  /** Sanitized tiptap JSON. */
  content: NoteDocument;
  /** Plain text of `content`. */
  text: string;
  created: string;
  modified: string;
  /** ISO timestamp of a soft delete, or null. */
  deleted: string | null;
}

const emptyDocument = (): NoteDocument => ({ type: 'doc', content: [{ type: 'paragraph' }] });

/** A new notebook note; `content` is sanitized. */
export function createNotebookNote(scope: NotebookScope, content: unknown, id: string, now: Date): NotebookNote {
  const { note, noteText } = cleanNote(content);
  const time = now.toISOString();
  return { id, scope, content: note ?? emptyDocument(), text: noteText, created: time, modified: time, deleted: null };
}

/** A copy of `note` with new (sanitized) content. */
export function updateNotebookNote(note: NotebookNote, content: unknown, now: Date): NotebookNote {
  const cleaned = cleanNote(content);
  return { ...note, content: cleaned.note ?? emptyDocument(), text: cleaned.noteText, modified: now.toISOString() };
}

/** True when `note` is about `scope`. */
export function isInScope(note: NotebookNote, scope: NotebookScope): boolean {
  if (note.scope.kind !== scope.kind) return false;
  if (scope.kind === 'document') return note.scope.kind === 'document' && note.scope.docId === scope.docId;
  if (scope.kind === 'theme') return note.scope.kind === 'theme' && note.scope.themeId === scope.themeId;
  return true;
}
