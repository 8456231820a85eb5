// Why: the one entry point that turns a reader's query into ranked passages; each step lives in its own module (compile, retrieve, score, rank, hits, facets, caches).

import type { DocumentKind } from '../corpus/types.js';
import { buildHits, type SearchHit } from './buildHits.js';
import { compileQuery, parsedQuery, type SynonymExpander } from './compileQuery.js';
import { allowedDocuments, countsMaterializer, withLazyCounts, type SearchCounts } from './facetCounts.js';
import type { ParsedQuery } from './parseQuery.js';
import type { QueryExpansion, QueryLexicon } from './queryLexicon.js';
import { queryStateOf } from './queryStateOf.js';
import { newRanking, rank } from './rankPassages.js';
import type { SearchIndex } from './searchIndex.js';

export { parseQuery, type ParsedQuery } from './parseQuery.js';
export type { SearchHit } from './buildHits.js';
export type { SynonymExpander } from './compileQuery.js';
export type { SearchCounts } from './facetCounts.js';
export type { LexiconEntry, QueryExpansion, QueryLexicon } from './queryLexicon.js';

/** Options of {@link search}. Filters narrow the hits; facet counts ignore them, so a UI can offer the alternatives. */
export interface SearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /** Only passages of documents in this region. */
  region?: string;
  /** Only passages of documents of this kind. */
  kind?: DocumentKind;
  /** Only passages of these documents. */
  docIds?: readonly string[];
  /** Per-word synonym expansion; default none (ignored when `lexicon` is given). */
  synonyms?: SynonymExpander;
  /** Synonym rings and English translations, multi-word expressions included, as phrases both ways. */
  lexicon?: QueryLexicon;
  /** The reader's UI language (default `nl`): with `en`, English expressions always translate. */
  language?: 'nl' | 'en';
  /** Correct query words the corpus does not know (default true). */
  correct?: boolean;
}

/** What {@link search} returns. */
export interface SearchResult {
  /** Best first: passages with all query words before passages with some. */
  hits: SearchHit[];
  /** Matching passages after filters. */
  total: number;
  /** The query with unknown words corrected ("Bedoelde je …?"), or null when nothing was corrected. */
  correctedQuery: string | null;
  /** How the query was widened: synonyms and translations ("informal care → mantelzorg, informele zorg"). */
  expansions: QueryExpansion[];
  /** Matching passages per document, region and kind before filters (computed on first read). */
  counts: SearchCounts;
}

/** Drops the query caches of an index (compiled query words, corrections, parsed queries), e.g. to measure uncached queries. */
export function clearSearchCaches(index: SearchIndex): void {
  index.queryState?.caches.clear();
}

/**
 * Searches the index. Loose words rank passages that hold all of them above those holding some; quoted phrases
 * must match adjacent words; heading and title matches boost; unknown words are corrected to the nearest
 * vocabulary word.
 *
 * Only the hits are ranked in full: passages holding every word are ranked first (driven by the rarest word's
 * postings), and passages holding some are ranked only when those are fewer than `limit`. `total` is exact;
 * `counts` is computed on first read.
 */
export function search(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
  const state = queryStateOf(index);
  const parsed = typeof query === 'string' ? parsedQuery(state, query) : query;
  const limit = Math.max(0, options.limit ?? 10);
  const compiled = compileQuery(index, state, parsed, typeof query === 'string' ? query : null, options);
  const { units, correctedQuery, expansions } = compiled;
  if (units.length === 0) return { hits: [], total: 0, correctedQuery, expansions, counts: { documents: {}, regions: {}, kinds: {} } };
  const ranking = newRanking(state, units, allowedDocuments(index, options), limit);
  const { total, matching } = rank(ranking, compiled.requiredPhrases, limit);
  const hits = buildHits(index, state, units, ranking.top);
  return withLazyCounts({ hits, total, correctedQuery, expansions } as Omit<SearchResult, 'counts'>, countsMaterializer(index, state, matching));
}
