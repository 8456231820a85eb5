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
import type { CorpusDocument as Document, DocumentSummary } from '../corpus/types.js';
import { addToThemeIndex } from '../themes/buildThemeIndex.js';
import { createThemeTagger } from '../themes/createThemeTagger.js';
import type { ThemeIndex } from '../themes/types.js';
import { buildImportedPage, type ImportedPage, type ImportedPagesFile, type PageFormat } from '../import/pages/importedPage.js';
import type { ThemeService } from '../themes/themeService.js';

/** Where the reader's imported pages are kept (a file in the data folder); the core never touches files itself. */
export interface ImportedPagesStore {
  /** The pages as stored when the app started. */
  readonly pages: readonly ImportedPage[];
  /** Replaces the stored pages in one durable write. */
  save(file: ImportedPagesFile): Promise<void>;
}

/** Reads an imported file's bytes (base64) into page text; throws `ImportRefusedError` for empty, binary, oversized or wrongly encoded files. */
export type PageFileDecoder = (fileName: string, base64: string) => Promise<{ format: PageFormat; text: string; title: string | null }>;

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
  /** The reader's own pages; without it, importing pages is refused. */
  importedPages?: ImportedPagesStore;
  /** Turns an imported file into text (a host service: encodings and PDF need platform libraries). */
  decodePageFile?: PageFileDecoder;
}

/** Enough hits to cover every matching passage of a corpus this size, so theme counts are exact. */
const searchCeiling = 2000;

/** Builds the API the UI, the CLI and every transport share. */
export function createApi({ bundle, themes, store, now, notices = [], loadSearchIndex, newId, importedPages, decodePageFile }: ApiDependencies): WerkplaatsApi {
  let pages: ImportedPage[] = [...(importedPages?.pages ?? [])];
  let documents = new Map<string, Document>();
  let summaries: DocumentSummary[] = [];
  let themeIndex: ThemeIndex = themes.index;
  let themeService: ThemeService;
  let passageThemes = new Map<string, string[]>();
  const tagger = createThemeTagger(themes.thesaurus);

  /** Rebuilds what depends on the set of documents: lookups, summaries and theme tags (the search index follows lazily). */
  function refresh(): void {
    const all = [...bundle.documents, ...pages.map((page) => page.document)];
    documents = new Map(all.map((document) => [document.id, document]));
    summaries = [...bundle.documents.map(toDocumentSummary), ...pages.map((page) => ({ ...toDocumentSummary(page.document), imported: true as const }))];
    themeIndex = pages.reduce((index, page) => addToThemeIndex(index, page.themes), themes.index);
    themeService = createThemeService(themeIndex, themes.thesaurus, all);
    passageThemes = new Map(
      themeIndex.documents.flatMap((entry) => entry.passages.map((passage) => [`${entry.docId}:${passage.start}`, passage.themes.map((tag) => tag.themeId)] as const)),
    );
  }
  refresh();

  let searchIndex: Promise<SearchIndex> | null = null;
  function index(): Promise<SearchIndex> {
    searchIndex ??= loadSearchIndex()
      .then((loaded) => {
        // Imported pages are indexed in memory on top of the prebuilt bundle index.
        for (const page of pages) if (loaded.documentPosition(page.id) === undefined) loaded.addDocument(page.document);
        return loaded;
      })
      .catch((error: unknown) => {
        searchIndex = null;
        throw error;
      });
    return searchIndex;
  }

  function requireImported(id: string): ImportedPage {
    const page = pages.find((candidate) => candidate.id === id);
    if (page === undefined) {
      throw new ApiError(documents.has(id) ? 'invalid-input' : 'not-found', documents.has(id) ? 'Dit document hoort bij de meegeleverde verzameling en kan niet worden gewijzigd.' : `Er is geen eigen document met id "${id}".`);
    }
    return page;
  }

  /** Stores `next` durably, then makes it current; a failed write leaves everything as it was. */
  async function savePages(next: ImportedPage[]): Promise<void> {
    if (importedPages === undefined) throw new ApiError('read-only', 'Eigen documenten kunnen hier niet worden opgeslagen.');
    if (store.readOnly) throw new ApiError('read-only', 'Je gegevens zijn hier alleen te lezen; eigen documenten toevoegen kan niet.');
    await importedPages.save({ format: 1, pages: next });
    pages = next;
    refresh();
  }

  function findDocument(id: string): CorpusDocument {
    const document = documents.get(id);
    if (!document) throw new ApiError('not-found', `Er is geen document met id "${id}".`);
    return document;
  }

  const annotations = createAnnotationService({ store, findDocument: (id) => documents.get(id), allDocuments: () => [...documents.values()], corpusVersion: bundle.version, now, newId });
  const synonyms = expandQuery(themes.thesaurus);

  return {
    ...annotations,
    // Theme methods go to the service of the current document set, which an import replaces.
    listThemes: (input) => themeService.listThemes(input),
    getTheme: (input) => themeService.getTheme(input),
    getDocumentThemes: (input) => themeService.getDocumentThemes(input),
    getRelatedPassages: (input) => themeService.getRelatedPassages(input),
    getThemeMap: (input) => themeService.getThemeMap(input),
    async getAppInfo() {
      return { corpusVersion: bundle.version, documentCount: documents.size, readOnly: store.readOnly, notices };
    },
    async importPage({ fileName, data }) {
      if (decodePageFile === undefined || importedPages === undefined) throw new ApiError('read-only', 'Eigen documenten importeren kan hier niet.');
      const decoded = await decodePageFile(fileName, data);
      const page = buildImportedPage(
        { fileName, format: decoded.format, content: decoded.text, markupTitle: decoded.title, importedAt: now().toISOString() },
        { boilerplate: bundle.boilerplate, tagger, takenIds: new Set(documents.keys()) },
      );
      await savePages([...pages, page]);
      if (searchIndex !== null) (await searchIndex).addDocument(page.document);
      return summaries.find((summary) => summary.id === page.id)!;
    },
    async updateImportedPage({ id, title, region }) {
      const page = requireImported(id);
      const overrides = { ...page.overrides, ...(title === undefined ? {} : { title }), ...(region === undefined ? {} : { region }) };
      const rebuilt = buildImportedPage({ ...page, overrides }, { boilerplate: bundle.boilerplate, tagger, takenIds: new Set() });
      await savePages(pages.map((candidate) => (candidate.id === id ? rebuilt : candidate)));
      // The index has no way to drop one document: it is rebuilt on the next search.
      searchIndex = null;
      return summaries.find((summary) => summary.id === id)!;
    },
    async removeImportedPage({ id }) {
      requireImported(id);
      const annotationCount = store.data.annotations.filter((annotation) => annotation.docId === id && annotation.deleted === null).length;
      await savePages(pages.filter((candidate) => candidate.id !== id));
      searchIndex = null;
      return { id, annotationCount };
    },
    async listDocuments() {
      return summaries;
    },
    async getDocument({ id }) {
      return findDocument(id);
    },
    async getReadingState({ docId }) {
      const states = Object.values(store.data.readingStates).filter((state) => documents.has(state.docId));
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
      await store.update((data) => {
        data.readingStates[docId] = state;
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
