/** The API methods that search the corpus: ranked passages across documents, and every match within one (Ctrl+F). */
import { z } from 'zod';
import { defineMethod } from '../api/defineMethod.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import { search, type SearchResult } from './searchQuery.js';

/** A search result whose facet counts include themes: matching passages per theme id, before filters. */
export interface ThemedSearchResult extends SearchResult {
  counts: SearchResult['counts'] & { themes: Record<string, number> };
}

/** Where a query matches in one document. */
export interface DocumentMatches {
  /** Offsets in the document's canonical text, in reading order, not overlapping. */
  matches: { start: number; end: number }[];
  /** The query with unknown words corrected, or null. */
  correctedQuery: string | null;
}

/** Enough hits to cover every matching passage of a corpus this size, so theme counts are exact. */
const searchCeiling = 2000;

export const searchMethods = {
  /** Ranked passages for a Dutch query, with highlighted snippets, facet counts and a typo correction. */
  search: defineMethod(
    z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(200).optional(),
        region: z.string().min(1).max(100).optional(),
        kind: z.enum(['profile', 'news']).optional(),
        docIds: z.array(documentIdSchema).max(100).optional(),
        /** Only passages tagged with this theme. */
        themeId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    async ({ query, limit = 20, region, kind, docIds, themeId }, services): Promise<ThemedSearchResult> => {
      const index = await services.searchIndex();
      const { synonyms, passageThemes } = services.themes;
      // Theme tags live per passage, outside the search index: rank every match, then count and filter by theme.
      const all = search(index, query, { limit: searchCeiling, region, kind, docIds, synonyms });
      const themesOf = (hit: { docId: string; passageStart: number }) => passageThemes(hit.docId, hit.passageStart);
      const unfiltered = region || kind || docIds ? search(index, query, { limit: searchCeiling, synonyms }).hits : all.hits;
      const themeCounts: Record<string, number> = {};
      for (const hit of unfiltered) for (const id of themesOf(hit)) themeCounts[id] = (themeCounts[id] ?? 0) + 1;
      const hits = themeId === undefined ? all.hits : all.hits.filter((hit) => themesOf(hit).includes(themeId));
      return {
        hits: hits.slice(0, limit),
        total: themeId === undefined ? all.total : hits.length,
        correctedQuery: all.correctedQuery,
        counts: { ...all.counts, themes: themeCounts },
      };
    },
  ),
  /** Every match of a query in one document, in reading order, with the same Dutch analysis as search (for Ctrl+F). */
  findInDocument: defineMethod(z.object({ docId: documentIdSchema, query: z.string().max(500) }).strict(), async ({ docId, query }, services): Promise<DocumentMatches> => {
    services.requireDocument(docId);
    const result = search(await services.searchIndex(), query, { limit: searchCeiling, docIds: [docId], synonyms: services.themes.synonyms });
    const sorted = result.hits.flatMap((hit) => hit.matches).sort((a, b) => a.start - b.start);
    const matches: typeof sorted = [];
    for (const match of sorted) if (match.start >= (matches.at(-1)?.end ?? 0)) matches.push(match);
    return { matches, correctedQuery: result.correctedQuery };
  }),
};
