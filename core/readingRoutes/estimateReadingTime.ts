/** Why: a route shows how long it takes to read, computed from the passages it points at rather than typed by hand. */
import type { StepTarget } from './readingRoute.js';

/** Words an average reader of Dutch study texts reads per minute. */
export const wordsPerMinute = 200;

/** Counts words (runs of letters or digits) in `text`. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Whole minutes to read every step of a route, at least 1 for a route with any text.
 * `textOf` gives the text a step points at, or null when it cannot be found (a lost passage counts as nothing).
 */
export function estimateReadingMinutes(targets: readonly StepTarget[], textOf: (target: StepTarget) => string | null): number {
  const words = targets.reduce((sum, target) => sum + countWords(textOf(target) ?? ''), 0);
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
