/**
 * Why: an annotation points into a document through W3C Web Annotation selectors; the server anchors with them and the
 * renderer shows their quote, so their shape and the helpers that read it live here once (the zod schemas stay in the core).
 */

/** A quote with the text just before and after it (W3C `TextQuoteSelector`). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A half-open range `[start, end)` of UTF-16 offsets into the canonical text (W3C `TextPositionSelector`). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Either selector. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** The quote selector among `selectors`, if any. */
export function findQuoteSelector(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector');
}

/** The position selector among `selectors`, if any. */
export function findPositionSelector(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector');
}

/** The words an annotation was made on, or '' when it has no quote selector. */
export function quoteOf(annotation: { selectors: readonly Selector[] }): string {
  return findQuoteSelector(annotation.selectors)?.exact ?? '';
}

/** Where an annotation started when it was made, or 0 when it has no position selector. */
export function storedStartOf(annotation: { selectors: readonly Selector[] }): number {
  return findPositionSelector(annotation.selectors)?.start ?? 0;
}
