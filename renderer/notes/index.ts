/** The notes feature's surface for other features: annotations, notes and the selection toolbar in the reader. */
export { useNotesInReader } from './useNotesInReader.js';
