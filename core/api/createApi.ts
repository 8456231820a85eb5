/** The one implementation of the API contract, over a loaded corpus bundle and the user's store. */
import { toDocumentSummary } from '../corpus/toDocumentSummary.js';
import type { CorpusBundle, CorpusDocument } from '../corpus/types.js';
import type { UserDataStore } from '../storage/userDataStore.js';
import { ApiError, type WerkplaatsApi } from './contract.js';

export interface ApiDependencies {
  bundle: CorpusBundle;
  store: UserDataStore;
  /** Current time; passed in so tests control it. */
  now: () => Date;
  /** Sentences for the user from opening the data (see `AppInfo.notices`). */
  notices?: string[];
}

/** Builds the API the UI, the CLI and every transport share. */
export function createApi({ bundle, store, now, notices = [] }: ApiDependencies): WerkplaatsApi {
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  const summaries = bundle.documents.map(toDocumentSummary);

  function findDocument(id: string): CorpusDocument {
    const document = documents.get(id);
    if (!document) throw new ApiError('not-found', `Er is geen document met id "${id}".`);
    return document;
  }

  return {
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
  };
}
