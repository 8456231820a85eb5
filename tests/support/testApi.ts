/** Why: the route and pack tests drive the real API over the test corpus and an in-memory lowdb store, opened one way. */
import { Memory } from 'lowdb';
import { createApi } from '../../core/api/createApi.js';
import { dispatch } from '../../core/api/dispatch.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import type { CorpusBundle } from '../../core/corpus/types.js';
import type { ThemeArtifact } from '../../core/library/buildLibrary.js';
import { buildSearchIndex } from '../../core/search/searchIndex.js';
import { openUserDataStore, type UserDataStore } from '../../core/storage/userDataStore.js';

/** A fresh API with its own empty store; time moves a second per call to `now`, ids count up. */
export async function openTestApi({ bundle, themes }: { bundle: CorpusBundle; themes: ThemeArtifact }): Promise<{ api: WerkplaatsApi; store: UserDataStore }> {
  let counter = 0;
  let time = Date.parse('2026-12-02T09:00:00Z');
  const store = await openUserDataStore(new Memory());
  const api = createApi({ bundle, themes, store, now: () => new Date((time += 1000)), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId: () => `id-${(counter += 1)}` });
  return { api, store };
}

/** Calls `method` through the one dispatch, as every host does; a refusal fails the test with its error. */
export async function callTestApi<T = never>(api: WerkplaatsApi, method: string, input: unknown): Promise<T> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
