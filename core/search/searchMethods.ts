/** The API methods that search the corpus: ranked passages across documents, and every match within one (Ctrl+F). */
import { z } from 'zod';
import { defineMethod } from '../api/defineMethod.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import type { SearchThemeMatch } from '../themes/themeCatalog.js';
import { search, type SearchResult } from './searchQuery.js';

export type { SearchThemeMatch } from '../themes/themeCatalog.js';

/** A search result whose facet counts include themes: matching passages per theme id, before filters. */
export interface ThemedSearchResult extends SearchResult {
  counts: SearchResult['counts'] & { themes: Record<string, number> };
  /** Themes the query names (by label, term, synonym or English expression), to show above the hits. */
  themes: SearchThemeMatch[];
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
        /** The reader's UI language: with `en`, English terms are always translated into Dutch ones. */
        language: z.enum(['nl', 'en']).optional(),
      })
      .strict(),
    async ({ query, limit = 20, region, kind, docIds, themeId, language }, services): Promise<ThemedSearchResult> => {
      const index = await services.searchIndex();
      const { lexicon, passageThemes, searchThemes } = services.themes;
      // One search over every match: filters and theme tags (which live per passage, outside the index) are
      // applied to its hits here, so facet and theme counts before filters come from the same pass.
      const all = search(index, query, { limit: searchCeiling, lexicon, language });
      const themesOf = (hit: { docId: string; passageStart: number }) => passageThemes(hit.docId, hit.passageStart);
      const themeCounts: Record<string, number> = {};
      for (const hit of all.hits) for (const id of themesOf(hit)) themeCounts[id] = (themeCounts[id] ?? 0) + 1;
      const wanted = docIds ? new Set(docIds) : null;
      const unfiltered = region === undefined && kind === undefined && !wanted && themeId === undefined;
      const hits = unfiltered
        ? all.hits
        : all.hits.filter((hit) => {
            const document = services.requireDocument(hit.docId);
            if (region !== undefined && document.region !== region) return false;
            if (kind !== undefined && document.kind !== kind) return false;
            if (wanted && !wanted.has(hit.docId)) return false;
            return themeId === undefined || themesOf(hit).includes(themeId);
          });
      return {
        hits: hits.slice(0, limit),
        total: unfiltered ? all.total : hits.length,
        correctedQuery: all.correctedQuery,
        expansions: all.expansions,
        counts: { ...all.counts, themes: themeCounts },
        themes: searchThemes(query),
      };
    },
  ),
  /** Every match of a query in one document, in reading order, with the same Dutch analysis as search (for Ctrl+F). */
  findInDocument: defineMethod(z.object({ docId: documentIdSchema, query: z.string().max(500) }).strict(), async ({ docId, query }, services): Promise<DocumentMatches> => {
    services.requireDocument(docId);
    const result = search(await services.searchIndex(), query, { limit: searchCeiling, docIds: [docId], lexicon: services.themes.lexicon });
    const sorted = result.hits.flatMap((hit) => hit.matches).sort((a, b) => a.start - b.start);
    const matches: typeof sorted = [];
    for (const match of sorted) if (match.start >= (matches.at(-1)?.end ?? 0)) matches.push(match);
    return { matches, correctedQuery: result.correctedQuery };
  }),
};
