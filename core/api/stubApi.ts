/** Test support: an API whose methods throw unless a test provides them, so tests state only what they use. */
import { methodNames, type WerkplaatsApi } from './contract.js';

/** Returns `overrides` completed with methods that reject with "not used in this test". */
export function stubApi(overrides: Partial<WerkplaatsApi>): WerkplaatsApi {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = overrides[name] ?? (async () => Promise.reject(new Error(`${name} is not used in this test`)));
  }
  return api as unknown as WerkplaatsApi;
}
