/** Why: re-anchoring needs every plausible place for a quote, exact or approximate, before it can score them. */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../../../common/annotations/selectors.js';

/** A place in the text where the quote (nearly) occurs. */
export interface QuoteCandidate {
  start: number;
  end: number;
  /** Edits between the quote and `text.slice(start, end)`. */
  errors: number;
}

/**
 * The most edits a quote of `length` code units may have and still be found: a quarter of its length,
 * at most 32 for quotes up to 256 code units and at most an eighth of the length for longer ones.
 */
export function maxQuoteErrors(length: number): number {
  return Math.floor(Math.min(length / 4, Math.max(32, length / 8)));
}

/** Start offsets of every exact (possibly overlapping) occurrence of `exact` in `text`. */
export function findExactOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  if (exact.length === 0) return starts;
  for (let index = text.indexOf(exact); index !== -1; index = text.indexOf(exact, index + 1)) starts.push(index);
  return starts;
}

function searchWithin(text: string, from: number, to: number, pattern: string, maxErrors: number): QuoteCandidate[] {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (end <= start) return [];
  return search(text.slice(start, end), pattern, maxErrors).map((match) => ({
    start: match.start + start,
    end: match.end + start,
    errors: match.errors,
  }));
}

/**
 * Approximate occurrences of the quote within its error budget. `approx-string-match` only returns the
 * lowest-cost matches of a search, so besides a search of the whole text this also searches near the
 * best matches of quote-plus-context and near the old position (`hint`), where the true place usually is
 * even when an exact copy of the quote exists elsewhere.
 */
export function findFuzzyCandidates(text: string, quote: TextQuoteSelector, hint?: number): QuoteCandidate[] {
  const { exact, prefix, suffix } = quote;
  const maxErrors = maxQuoteErrors(exact.length);
  if (maxErrors === 0 || text.length === 0) return [];
  const found = new Map<string, QuoteCandidate>();
  const add = (candidates: QuoteCandidate[]) => {
    for (const candidate of candidates) {
      if (candidate.errors > maxErrors || candidate.end <= candidate.start) continue;
      found.set(`${candidate.start}:${candidate.end}`, candidate);
    }
  };
  add(searchWithin(text, 0, text.length, exact, maxErrors));
  const withContext = prefix + exact + suffix;
  if (withContext.length > exact.length) {
    const slack = maxErrors;
    for (const region of searchWithin(text, 0, text.length, withContext, maxQuoteErrors(withContext.length))) {
      add(searchWithin(text, region.start - slack, region.end + slack, exact, maxErrors));
    }
  }
  if (hint !== undefined) {
    const reach = 256 + exact.length;
    add(searchWithin(text, hint - reach, hint + exact.length + reach, exact, maxErrors));
  }
  return [...found.values()];
}

/**
 * Loose occurrences of quote-with-context near `hint` (up to 35% of its length in edits): used to tell
 * whether the old place still holds a damaged copy, in which case a good match far away may be a repeat
 * of the passage. Searching with the context keeps a repeated short quote from hiding the damaged copy.
 */
export function findLooseCandidatesNear(text: string, quote: TextQuoteSelector, hint: number): QuoteCandidate[] {
  const pattern = quote.prefix + quote.exact + quote.suffix;
  const reach = 256 + quote.exact.length;
  return searchWithin(text, hint - quote.prefix.length - reach, hint + quote.exact.length + quote.suffix.length + reach, pattern, Math.floor(pattern.length * 0.35));
}
