/** Why: every API handler receives the same context, built once per host from the loaded corpus and the user's store. */
import { ApiError } from '../../common/apiError.js';
import { toDocumentSummary } from '../corpus/toDocumentSummary.js';
import type { CorpusBundle, CorpusDocument, DocumentSummary } from '../corpus/types.js';
import type { ThemeArtifact } from '../library/buildLibrary.js';
import type { SearchIndex } from '../search/searchIndex.js';
import type { UserDataStore } from '../storage/userDataStore.js';
import { createThemeCatalog, type ThemeCatalog } from '../themes/themeCatalog.js';
import type { ExportHost } from '../export/exportHost.js';

/** What a host hands over to build the services. */
export interface ServiceDependencies {
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
  /** What the host offers exports: its version, a PDF engine, a save dialog. Without it exports still work, minus PDF and saving. */
  exportHost?: ExportHost;
}

/** The context every API handler receives. */
export interface Services {
  bundle: CorpusBundle;
  /** Every document without its body, in bundle order. */
  summaries: DocumentSummary[];
  findDocument(id: string): CorpusDocument | undefined;
  /** The document `id`, or an `ApiError('document-not-found')`. */
  requireDocument(id: string): CorpusDocument;
  themes: ThemeCatalog;
  /** The search index, loaded on first use and shared afterwards; a failed load is retried next time. */
  searchIndex(): Promise<SearchIndex>;
  store: UserDataStore;
  now(): Date;
  newId(): string;
  notices: readonly string[];
  exportHost: ExportHost;
}

/** Builds the handlers' context once; plain values and closures, no container. */
export function createServices({ bundle, themes, store, now, notices = [], loadSearchIndex, newId, exportHost = { appVersion: 'onbekend' } }: ServiceDependencies): Services {
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  let searchIndex: Promise<SearchIndex> | null = null;
  return {
    bundle,
    summaries: bundle.documents.map(toDocumentSummary),
    findDocument: (id) => documents.get(id),
    requireDocument(id) {
      const document = documents.get(id);
      if (!document) throw new ApiError('document-not-found', { id });
      return document;
    },
    themes: createThemeCatalog(themes.index, themes.thesaurus),
    searchIndex() {
      searchIndex ??= loadSearchIndex().catch((error: unknown) => {
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
  };
}
