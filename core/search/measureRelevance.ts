// Why: the relevance test and the benchmark must score rankings the same way.

import type { RelevanceCase } from './relevanceSet.js';

/** How well a ranking function meets a relevance set. */
export interface RelevanceScore {
  /** Share of expected pages found within the top max(3, expected) distinct documents. */
  recall: number;
  /** Mean over queries of 1 / rank of the first expected document (0 when absent). */
  meanReciprocalRank: number;
  /** Queries that missed an expected page, with what they ranked instead. */
  failures: string[];
}

/**
 * Scores `rank`, which returns the sources of the matching documents best first (distinct), against `cases`.
 */
export function measureRelevance(cases: readonly RelevanceCase[], rank: (query: string) => readonly string[]): RelevanceScore {
  let found = 0;
  let expectedTotal = 0;
  let reciprocal = 0;
  const failures: string[] = [];
  for (const { query, expected } of cases) {
    const ranked = rank(query);
    const top = ranked.slice(0, Math.max(3, expected.length));
    const hits = expected.filter((source) => top.includes(source));
    found += hits.length;
    expectedTotal += expected.length;
    const firstRank = ranked.findIndex((source) => expected.includes(source));
    reciprocal += firstRank < 0 ? 0 : 1 / (firstRank + 1);
    if (hits.length < expected.length) failures.push(`${query}: got ${top.join(', ') || 'nothing'}`);
  }
  return { recall: expectedTotal ? found / expectedTotal : 1, meanReciprocalRank: cases.length ? reciprocal / cases.length : 1, failures };
}
