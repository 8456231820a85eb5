/** Why: a stored annotation must be found again in a possibly changed text, or be reported as an orphan rather than shown in the wrong place. */
import { contextSimilarity } from './contextSimilarity.js';
import { findExactOccurrences, findFuzzyCandidates, findLooseCandidatesNear, type QuoteCandidate } from './findQuoteCandidates.js';
import { findPositionSelector, findQuoteSelector, type Selector, type TextQuoteSelector } from '../../../common/annotations/selectors.js';
import { quoteContextLength } from './selectorSchema.js';

/** How an annotation was found: at its stored position, by its exact quote, or by an approximate match. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where an annotation lies in the current text. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Below these an occurrence is too doubtful to show the annotation there; it becomes an orphan instead. */
export const anchorThresholds = {
  /** Least similarity of the stored prefix and suffix to the text around an occurrence. */
  context: 0.7,
  /** Least overall score of an approximate match (see `scoreCandidate`). */
  score: 0.85,
  /**
   * Candidates scoring within this of the best are treated as equally good (a passage the page repeats,
   * one copy edited a little more than the other); the one nearest the stored position wins.
   */
  ambiguity: 0.1,
  /** An exact occurrence this close to the stored position, with context at least `sure`, is taken at once. */
  nearby: 256,
  /** Context similarity that makes an exact occurrence near the stored position certain enough. */
  sure: 0.85,
} as const;

/** Weights of the score; a quote shorter than the context counts for less, since short quotes recur by chance. */
const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** A candidate with its overall score in [0, 1] and its context similarity. */
export interface ScoredCandidate extends QuoteCandidate {
  score: number;
  context: number;
}

/**
 * Scores a candidate on quote similarity, prefix, suffix and nearness to the old position, as a weighted
 * mean in [0, 1]; the quote's weight shrinks for quotes shorter than the stored context.
 */
export function scoreCandidate(text: string, candidate: QuoteCandidate, quote: TextQuoteSelector, hint?: number): ScoredCandidate {
  const context = contextSimilarity(text, candidate.start, candidate.end, quote.prefix, quote.suffix);
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(candidate.start - hint) / Math.max(1, text.length);
  const quoteWeight = weights.quote * Math.min(1, quote.exact.length / quoteContextLength);
  const score =
    (quoteWeight * quoteScore + weights.prefix * context.prefix + weights.suffix * context.suffix + weights.position * positionScore) /
    (quoteWeight + weights.prefix + weights.suffix + weights.position);
  return { ...candidate, score, context: context.combined };
}

/** The best candidate, or among near-equals the one nearest `hint`. */
function choose(candidates: ScoredCandidate[], hint: number | undefined): ScoredCandidate | undefined {
  const top = candidates.reduce<ScoredCandidate | undefined>((best, candidate) => (best === undefined || candidate.score > best.score ? candidate : best), undefined);
  if (top === undefined || hint === undefined) return top;
  return candidates
    .filter((candidate) => candidate.score >= top.score - anchorThresholds.ambiguity)
    .reduce((nearest, candidate) => (Math.abs(candidate.start - hint) < Math.abs(nearest.start - hint) ? candidate : nearest), top);
}

/** True when a loose, damaged copy of quote-with-context lies near `hint`, apart from `chosen`. */
function hasDamagedCopyNear(text: string, quote: TextQuoteSelector, hint: number, chosen: QuoteCandidate): boolean {
  return findLooseCandidatesNear(text, quote, hint).some((candidate) => candidate.end <= chosen.start || candidate.start >= chosen.end);
}

/**
 * Finds the selectors' target in `text`, trying in order: (1) the stored position, if the text there
 * still equals the quote and its context is similar; (2) exact occurrences of the quote, the one whose
 * context best matches and that lies nearest the old position; (3) approximate matches within a bounded
 * number of edits, scored on quote, prefix, suffix and position. An exact occurrence far from the old
 * position, or with a doubtful context, competes with approximate ones, since the true place may have been edited while a copy
 * elsewhere was not; and a match far from the old position is refused while a damaged copy with
 * recognisable context remains there (the passage is probably repeated). Weak matches are rejected:
 * `null` means the annotation is an orphan.
 */
export function anchor(text: string, selectors: readonly Selector[]): Anchor | null {
  const position = findPositionSelector(selectors);
  const quote = findQuoteSelector(selectors);
  const inBounds = position !== undefined && position.end <= text.length && position.start < position.end;
  if (quote === undefined) {
    return inBounds ? { start: position.start, end: position.end, method: 'position' } : null;
  }
  const hint = position?.start;
  if (inBounds && text.slice(position.start, position.end) === quote.exact) {
    const context = contextSimilarity(text, position.start, position.end, quote.prefix, quote.suffix);
    if (context.combined >= anchorThresholds.context) return { start: position.start, end: position.end, method: 'position' };
  }

  const exact = choose(
    findExactOccurrences(text, quote.exact)
      .map((start) => scoreCandidate(text, { start, end: start + quote.exact.length, errors: 0 }, quote, hint))
      .filter((candidate) => candidate.context >= anchorThresholds.context),
    hint,
  );
  if (exact !== undefined && exact.context >= anchorThresholds.sure && (hint === undefined || Math.abs(exact.start - hint) <= anchorThresholds.nearby)) {
    return { start: exact.start, end: exact.end, method: 'quote' };
  }

  const fuzzy = findFuzzyCandidates(text, quote, hint).map((candidate) => scoreCandidate(text, candidate, quote, hint));
  const chosen = choose(
    (exact === undefined ? fuzzy : [exact, ...fuzzy]).filter(
      (candidate) => candidate.context >= anchorThresholds.context && candidate.score >= anchorThresholds.score,
    ),
    hint,
  );
  if (chosen === undefined) return null;
  if (hint !== undefined && Math.abs(chosen.start - hint) > anchorThresholds.nearby && hasDamagedCopyNear(text, quote, hint, chosen)) return null;
  return { start: chosen.start, end: chosen.end, method: chosen.errors === 0 ? 'quote' : 'fuzzy' };
}
