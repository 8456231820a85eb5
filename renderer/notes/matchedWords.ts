/** Where the words a search matched occur in a card's text, so the overview can mark them the way search hits are marked. */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The spans of `text` where one of `words` occurs, ignoring case, left to right and without overlaps (a longer word wins
 * where two start at the same place). The words come from the search as they are written in the quote, note or tags.
 */
export function matchedWordSpans(text: string, words: readonly string[]): { start: number; end: number }[] {
  const distinct = [...new Set(words.filter((word) => word.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (distinct.length === 0) return [];
  const pattern = new RegExp(distinct.map(escapeRegExp).join('|'), 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
