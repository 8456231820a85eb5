/** The notes feature's surface for other features: annotations, notes and the selection toolbar in the reader. */
export { useNotesInReader } from './useNotesInReader.js';
export { NoteEditor } from './NoteEditor.js';
export { NoteContent } from './NoteContent.js';
export { Toast, useToast } from './Toast.js';
export { useAutosave } from './useAutosave.js';
export { asNoteInput } from './noteSchema.js';
