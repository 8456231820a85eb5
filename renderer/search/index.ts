/** The search feature's surface for other features: the header's search box and the reader's find and hit marks. */
export { SearchBox } from './SearchBox.js';
export { useSearchInReader } from './useSearchInReader.js';
