/** The reader's surface for other features: links into a document, the plug-in interface for reader features, and scrolling by offset. */
export { documentHref, type ReaderRoute } from './readerRoute.js';
export type { ReaderContext, ReaderContribution, ReaderPanelTab } from './readerFeature.js';
export type { TextDecoration } from './textDecorations.js';
export { offsetOfDomPoint } from './DecoratedText.js';
export { BlockView } from './BlockView.js';
export { currentOffset, focusPassage, scrollToOffset } from './useReadingPosition.js';
