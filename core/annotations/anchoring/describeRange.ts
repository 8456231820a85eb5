/** Why: a highlight is stored as a quote plus context and a position, so it can be found again after the text changes. */
import type { TextPositionSelector, TextQuoteSelector } from '../../../common/annotations/selectors.js';
import { quoteContextLength } from './selectorSchema.js';

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Describes `[start, end)` of `text` as a quote selector and a position selector. The quote keeps 32 code
 * units of context on each side (33 rather than split a surrogate pair); shorter context only at the
 * document's edges, which anchoring relies on.
 * @throws RangeError when the range is empty or outside the text.
 */
export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`Ongeldig bereik ${start}–${end} in een tekst van ${text.length} tekens.`);
  }
  let prefixStart = Math.max(0, start - quoteContextLength);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart)) && isHighSurrogate(text.charCodeAt(prefixStart - 1))) {
    prefixStart -= 1;
  }
  let suffixEnd = Math.min(text.length, end + quoteContextLength);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && isLowSurrogate(text.charCodeAt(suffixEnd))) {
    suffixEnd += 1;
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
