/** Wires the API for a Node host (web host, CLI, Electron main): bundle from disk, user data in a folder. */
import { createApi } from '../core/api/createApi.js';
import type { WerkplaatsApi } from '../core/api/contract.js';
import { loadBundle } from './corpus/loadBundle.js';
import { bundlePath } from './paths.js';
import { openUserData } from './storage/openUserData.js';

export interface NodeApiOptions {
  /** The user's data folder. */
  dataDir: string;
  /** The prebuilt corpus bundle; defaults to the built one. */
  bundleFile?: string;
}

export interface NodeApi {
  api: WerkplaatsApi;
  /** Sentences for the user about opening the data, also reachable through `getAppInfo`. */
  notices: string[];
}

/** Loads the corpus and opens the user's data, then builds the shared API over them. */
export async function createNodeApi({ dataDir, bundleFile = bundlePath() }: NodeApiOptions): Promise<NodeApi> {
  const [bundle, { store, notices }] = await Promise.all([loadBundle(bundleFile), openUserData(dataDir)]);
  return { api: createApi({ bundle, store, now: () => new Date(), notices }), notices };
}
