/** Why: a quote that occurs more than once is told apart by how well the text around each occurrence matches the stored context. */
import { quoteContextLength } from './selectorSchema.js';

/**
 * Edit distance between `pattern` and the best-matching start of `text`: the alignment is pinned to
 * the beginning of `text` but may end anywhere in it (insertions, deletions and substitutions cost 1).
 * With `wholeText` the alignment must cover all of `text`: the plain Levenshtein distance.
 */
export function anchoredEditDistance(pattern: string, text: string, wholeText = false): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return wholeText ? n : 0;
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    current[0] = i;
    const unit = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitution = previous[j - 1]! + (unit === text.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  if (wholeText) return previous[n]!;
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, previous[j]!);
  return best;
}

const reverse = (value: string) => Array.from({ length: value.length }, (_, index) => value[value.length - 1 - index]).join('');

/**
 * Similarity in [0, 1] between the stored `prefix` and the text that ends at `start`. A prefix shorter than
 * the context length means the quote began near the start of the document, so there the whole preceding
 * text is compared with it, and text that is not in the stored prefix counts against the match.
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length >= quoteContextLength) {
    const window = text.slice(Math.max(0, start - prefix.length * 2), start);
    return 1 - anchoredEditDistance(reverse(prefix), reverse(window)) / prefix.length;
  }
  if (start > prefix.length + quoteContextLength) return 0;
  return Math.max(0, 1 - anchoredEditDistance(prefix, text.slice(0, start), true) / quoteContextLength);
}

/** Similarity in [0, 1] between the stored `suffix` and the text that starts at `end`; see `prefixSimilarity`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length >= quoteContextLength) {
    const window = text.slice(end, end + suffix.length * 2);
    return 1 - anchoredEditDistance(suffix, window) / suffix.length;
  }
  if (text.length - end > suffix.length + quoteContextLength) return 0;
  return Math.max(0, 1 - anchoredEditDistance(suffix, text.slice(end), true) / quoteContextLength);
}

/** How well the context of `[start, end)` in `text` matches a stored prefix and suffix. */
export interface ContextSimilarity {
  prefix: number;
  suffix: number;
  /** The mean of prefix and suffix similarity. */
  combined: number;
}

/** Compares the text around `[start, end)` with the stored `prefix` and `suffix`. */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): ContextSimilarity {
  const prefixScore = prefixSimilarity(text, start, prefix);
  const suffixScore = suffixSimilarity(text, end, suffix);
  return { prefix: prefixScore, suffix: suffixScore, combined: (prefixScore + suffixScore) / 2 };
}
