/** Why: every API handler receives the same context, built once per host from the loaded corpus and the user's store. */
import { ApiError } from '../../common/apiError.js';
import type { StartupNotice } from '../../common/startupNotice.js';
import { toDocumentSummary } from '../corpus/toDocumentSummary.js';
import type { CorpusBundle, CorpusDocument, DocumentSummary } from '../corpus/types.js';
import type { ThemeArtifact } from '../library/buildLibrary.js';
import type { SearchIndex } from '../search/searchIndex.js';
import type { DataAccess } from '../storage/dataAccess.js';
import type { UserDataStore } from '../storage/userDataStore.js';
import { createThemeCatalog, type ThemeCatalog } from '../themes/themeCatalog.js';
import { addToThemeIndex } from '../themes/buildThemeIndex.js';
import { createThemeTagger, type ThemeTagger } from '../themes/createThemeTagger.js';
import type { ImportedPage, ImportedPagesStore, PageFileDecoder } from '../import/pages/importedPage.js';
import type { ExportHost } from '../export/exportHost.js';

/** What a host hands over to build the services. */
export interface ServiceDependencies {
  bundle: CorpusBundle;
  /** Theme tags built with the bundle. */
  themes: ThemeArtifact;
  store: UserDataStore;
  /** Current time; passed in so tests control it. */
  now: () => Date;
  /** What opening the data reported, as codes (see `AppInfo.notices`). */
  notices?: StartupNotice[];
  /** Loads the prebuilt search index; called once, on the first search, so start-up does not wait for it. */
  loadSearchIndex: () => Promise<SearchIndex>;
  /** A fresh unique id for new annotations and notes. */
  newId: () => string;
  /** The reader's own pages; without it, importing pages is refused. */
  importedPages?: ImportedPagesStore;
  /** Turns an imported file into text (a host service: encodings and PDF need platform libraries). */
  decodePageFile?: PageFileDecoder;
  /** Taking the data over from another process, where the host can (see `takeOverData`). */
  dataAccess?: DataAccess;
  /** What the host offers exports: its version, a PDF engine, a save dialog. Without it exports still work, minus PDF and saving. */
  exportHost?: ExportHost;
}

/** The context every API handler receives. */
export interface Services {
  bundle: CorpusBundle;
  /** Every document without its body: the bundle's in order, then the reader's own pages. */
  readonly summaries: DocumentSummary[];
  /** Every document: bundled, then imported. */
  documents(): readonly CorpusDocument[];
  findDocument(id: string): CorpusDocument | undefined;
  /** The document `id`, or an `ApiError('document-not-found')`. */
  requireDocument(id: string): CorpusDocument;
  /** Theme lookups over bundled and imported documents; replaced when a page is imported. */
  readonly themes: ThemeCatalog;
  /** Tags imported pages with the bundle's thesaurus. */
  tagger: ThemeTagger;
  /** The reader's imported pages. */
  importedPages(): readonly ImportedPage[];
  /** Stores the imported pages in one durable write, then makes them current (documents, summaries, themes, search). */
  saveImportedPages(next: ImportedPage[]): Promise<void>;
  /** The host's file decoder, or undefined where importing pages is not offered. */
  decodePageFile: PageFileDecoder | undefined;
  /** The search index, loaded on first use and shared afterwards; a failed load is retried next time. */
  searchIndex(): Promise<SearchIndex>;
  store: UserDataStore;
  now(): Date;
  newId(): string;
  notices: readonly StartupNotice[];
  exportHost: ExportHost;
  dataAccess?: DataAccess;
}

/** Builds the handlers' context once; plain values and closures, no container. */
export function createServices({ bundle, themes, store, now, notices = [], loadSearchIndex, newId, importedPages, decodePageFile, exportHost = { appVersion: 'onbekend' }, dataAccess }: ServiceDependencies): Services {
  let pages: ImportedPage[] = [...(importedPages?.pages ?? [])];
  let all: CorpusDocument[] = [];
  let documents = new Map<string, CorpusDocument>();
  let summaries: DocumentSummary[] = [];
  let catalog: ThemeCatalog = createThemeCatalog(themes.index, themes.thesaurus);
  let searchIndex: Promise<SearchIndex> | null = null;

  /** Rebuilds what depends on the set of documents; the search index follows on its next use. */
  function refresh(): void {
    all = [...bundle.documents, ...pages.map((page) => page.document)];
    documents = new Map(all.map((document) => [document.id, document]));
    summaries = [...bundle.documents.map(toDocumentSummary), ...pages.map((page) => ({ ...toDocumentSummary(page.document), imported: true as const }))];
    if (pages.length > 0) catalog = createThemeCatalog(pages.reduce((index, page) => addToThemeIndex(index, page.themes), themes.index), themes.thesaurus);
    else catalog = createThemeCatalog(themes.index, themes.thesaurus);
  }
  refresh();

  return {
    bundle,
    get summaries() {
      return summaries;
    },
    documents: () => all,
    findDocument: (id) => documents.get(id),
    requireDocument(id) {
      const document = documents.get(id);
      if (!document) throw new ApiError('document-not-found', { id });
      return document;
    },
    get themes() {
      return catalog;
    },
    tagger: createThemeTagger(themes.thesaurus),
    importedPages: () => pages,
    async saveImportedPages(next) {
      if (importedPages === undefined || store.readOnly) throw new ApiError('pages-unavailable');
      await importedPages.save({ format: 1, pages: next });
      const added = next.filter((page) => !pages.includes(page));
      const onlyAdded = pages.every((page) => next.includes(page));
      pages = next;
      refresh();
      // A new page joins a loaded index; a renamed or removed one needs the index rebuilt, on the next search.
      if (onlyAdded && searchIndex !== null) {
        const loaded = await searchIndex.catch(() => null);
        if (loaded !== null) for (const page of added) loaded.addDocument(page.document);
      } else searchIndex = null;
    },
    decodePageFile,
    searchIndex() {
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
    },
    store,
    now,
    newId,
    notices,
    exportHost,
    ...(dataAccess ? { dataAccess } : {}),
  };
}
