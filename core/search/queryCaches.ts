// Why: as-you-type queries repeat words, so compiled words, corrections and parsed queries are remembered — per index, never shared between two indexes.

import { LRUCache } from 'lru-cache';
import type { ParsedQuery } from './parseQuery.js';

/** Bounds of {@link QueryCaches}. */
export interface QueryCacheLimits {
  /** Compiled query words and phrases: at most this many entries … */
  unitEntries: number;
  /** … holding at most this many postings in all. */
  unitPostings: number;
  corrections: number;
  parsedQueries: number;
}

/** The default bounds: a few MB at the x1000 corpus. */
export const DEFAULT_CACHE_LIMITS: QueryCacheLimits = {
  unitEntries: 1024,
  unitPostings: 4_000_000,
  corrections: 4096,
  parsedQueries: 256,
};

/** What a correction lookup found: the vocabulary word, or '' for "nothing close enough" (lru-cache holds no null). */
export type CachedCorrection = string;

/**
 * The query caches of one index. `V` is the compiled-unit type (kept generic so this module depends on no
 * compiler code). Everything here can be dropped at any time without changing a result.
 */
export class QueryCaches<V extends object> {
  /** Compiled query words and phrases, sized by their postings. */
  readonly units: LRUCache<string, V>;
  /** Typo corrections per folded word. */
  readonly corrections: LRUCache<string, CachedCorrection>;
  /** Parsed query strings. */
  readonly parsedQueries: LRUCache<string, ParsedQuery>;

  constructor(limits: QueryCacheLimits = DEFAULT_CACHE_LIMITS) {
    this.units = new LRUCache({ max: limits.unitEntries, maxSize: limits.unitPostings });
    this.corrections = new LRUCache({ max: limits.corrections });
    this.parsedQueries = new LRUCache({ max: limits.parsedQueries });
  }

  /** Drops every cached entry. */
  clear(): void {
    this.units.clear();
    this.corrections.clear();
    this.parsedQueries.clear();
  }
}
