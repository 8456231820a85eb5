/** The one implementation of the API contract, over a loaded corpus bundle and the user's store. */
import { toDocumentSummary } from '../corpus/toDocumentSummary.js';
import type { CorpusBundle, CorpusDocument } from '../corpus/types.js';
import type { UserDataStore } from '../storage/userDataStore.js';
import type { SearchIndex } from '../search/searchIndex.js';
import { search } from '../search/searchQuery.js';
import { createAnnotationService } from '../annotations/annotationService.js';
import { matchAnnotations } from '../annotations/matchAnnotations.js';
import type { ThemeArtifact } from '../library/buildLibrary.js';
import { createThemeService } from '../themes/themeService.js';
import { expandQuery } from '../themes/expandQuery.js';
import { ApiError, type WerkplaatsApi } from './contract.js';

export interface ApiDependencies {
  bundle: CorpusBundle;
  /** Theme tags built with the bundle. */
  themes: ThemeArtifact;
  store: UserDataStore;
  /** Current time; passed in so tests control it. */
  now: () => Date;
  /** Sentences for the user from opening the data (see `AppInfo.notices`). */
  notices?: string[];
  /** Loads the prebuilt search index; called once, on the first search, so start-up does not wait for it. */
  loadSearchIndex: () => Promise<SearchIndex>;
  /** A fresh unique id for new annotations and notes. */
  newId: () => string;
}

/** Enough hits to cover every matching passage of a corpus this size, so theme counts are exact. */
const searchCeiling = 2000;

/** Builds the API the UI, the CLI and every transport share. */
export function createApi({ bundle, themes, store, now, notices = [], loadSearchIndex, newId }: ApiDependencies): WerkplaatsApi {
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  const summaries = bundle.documents.map(toDocumentSummary);

  let searchIndex: Promise<SearchIndex> | null = null;
  function index(): Promise<SearchIndex> {
    searchIndex ??= loadSearchIndex().catch((error: unknown) => {
      searchIndex = null;
      throw error;
    });
    return searchIndex;
  }

  function findDocument(id: string): CorpusDocument {
    const document = documents.get(id);
    if (!document) throw new ApiError('not-found', `Er is geen document met id "${id}".`);
    return document;
  }

  const annotations = createAnnotationService({ store, findDocument: (id) => documents.get(id), corpusVersion: bundle.version, now, newId });

  const themeService = createThemeService(themes.index, themes.thesaurus, bundle.documents);
  const passageThemes = new Map(
    themes.index.documents.flatMap((entry) => entry.passages.map((passage) => [`${entry.docId}:${passage.start}`, passage.themes.map((tag) => tag.themeId)] as const)),
  );
  const synonyms = expandQuery(themes.thesaurus);

  return {
    ...annotations,
    ...themeService,
    async getAppInfo() {
      return { corpusVersion: bundle.version, documentCount: bundle.documents.length, readOnly: store.readOnly, notices };
    },
    async listDocuments() {
      return summaries;
    },
    async getDocument({ id }) {
      return findDocument(id);
    },
    async getReadingState({ docId }) {
      const states = Object.values(store.readingStates).filter((state) => documents.has(state.docId));
      if (docId !== undefined) return states.find((state) => state.docId === docId) ?? null;
      return states.reduce<(typeof states)[number] | null>(
        (latest, state) => (latest === null || state.updatedAt > latest.updatedAt ? state : latest),
        null,
      );
    },
    async setReadingState({ docId, offset }) {
      const document = findDocument(docId);
      const state = {
        docId,
        offset: Math.min(offset, document.text.length),
        corpusVersion: bundle.version,
        updatedAt: now().toISOString(),
      };
      await store.updateReadingStates((states) => {
        states[docId] = state;
      });
      return state;
    },
    async search({ query, limit = 20, region, kind, docIds, themeId }) {
      // Theme tags live per passage, outside the search index: rank every match, then count and filter by theme.
      const all = search(await index(), query, { limit: searchCeiling, region, kind, docIds, synonyms });
      const themesOf = (hit: { docId: string; passageStart: number }) => passageThemes.get(`${hit.docId}:${hit.passageStart}`) ?? [];
      const unfiltered = region || kind || docIds ? search(await index(), query, { limit: searchCeiling, synonyms }).hits : all.hits;
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
    async searchAnnotations({ query }) {
      const all = await annotations.listAnnotations({ sort: 'date' });
      return matchAnnotations(all, query, (await index()).analyzer);
    },
    async findInDocument({ docId, query }) {
      const document = findDocument(docId);
      const result = search(await index(), query, { limit: searchCeiling, docIds: [docId], synonyms });
      const sorted = result.hits.flatMap((hit) => hit.matches).sort((a, b) => a.start - b.start);
      const matches: typeof sorted = [];
      for (const match of sorted) if (match.start >= (matches.at(-1)?.end ?? 0)) matches.push(match);
      return { matches, correctedQuery: result.correctedQuery };
    },
  };
}
