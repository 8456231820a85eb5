/** The search feature's surface for other features: the header's search box, the reader's find and hit marks, and a text with its matches marked. */
export { SearchBox } from './SearchBox.js';
export { useSearchInReader } from './useSearchInReader.js';
export { HighlightedSnippet } from './HighlightedSnippet.js';
