// Why: the filter column shows how many passages match per document, region and kind before filtering, and nobody should pay for that until it is read.

import type { DocumentKind } from '../corpus/types.js';
import type { Ids } from './idLists.js';
import { addRange, countUnion, type PassageBitset } from './passageBitset.js';
import type { QueryState } from './queryState.js';
import type { SearchIndex } from './searchIndex.js';

/** Matching passages per document, region and kind, before the filters are applied. */
export interface SearchCounts {
  documents: Record<string, number>;
  regions: Record<string, number>;
  kinds: Record<string, number>;
}

/** The filters of a search. */
export interface DocumentFilter {
  region?: string;
  kind?: DocumentKind;
  docIds?: readonly string[];
}

/** Per document position: 1 when the filters allow it; null without filters. */
export function allowedDocuments(index: SearchIndex, filter: DocumentFilter): Uint8Array | null {
  if (filter.region === undefined && filter.kind === undefined && filter.docIds === undefined) return null;
  const allowed = new Uint8Array(index.documents.length);
  const ids = filter.docIds ? new Set(filter.docIds) : null;
  index.documents.forEach((document, d) => {
    if (filter.region !== undefined && document.region !== filter.region) return;
    if (filter.kind !== undefined && document.kind !== filter.kind) return;
    if (ids && !ids.has(document.id)) return;
    allowed[d] = 1;
  });
  return allowed;
}

/** The passages of allowed documents as a bitset. */
export function allowedPassagesOf(state: QueryState, allowed: Uint8Array): PassageBitset {
  const bits = new Uint32Array((state.count + 31) >>> 5);
  for (let d = 0; d < allowed.length; d += 1) if (allowed[d]) addRange(bits, state.documentFirst[d]!, state.documentEnd[d]!);
  return bits;
}

/** Number of passages in the union of `sets` (after filters). */
export function countMatching(state: QueryState, sets: readonly PassageBitset[], allowed: Uint8Array | null): number {
  return countUnion(sets, (state.count + 31) >>> 5, allowed ? allowedPassagesOf(state, allowed) : null);
}

/** Number of `ids` in allowed documents. */
export function countAllowed(state: QueryState, ids: Ids, allowed: Uint8Array | null): number {
  if (!allowed) return ids.length;
  let total = 0;
  for (let k = 0; k < ids.length; k += 1) if (allowed[state.passageDoc[ids[k]!]!]) total += 1;
  return total;
}

/**
 * Facet counts from the matching postings as of this search (passages added later are left out), made when
 * called. `lists` may overlap: a passage counts once.
 */
export function countsMaterializer(index: SearchIndex, state: QueryState, lists: readonly Ids[]): () => SearchCounts {
  const countAtSearch = state.count;
  const passageDoc = state.passageDoc;
  const documents = index.documents; // append-only, so positions stay valid
  const documentCount = documents.length;
  return () => {
    const perDocument = new Int32Array(documentCount);
    const seen = lists.length > 1 ? new Uint8Array(countAtSearch) : null;
    for (const ids of lists) {
      for (let k = 0; k < ids.length; k += 1) {
        const p = ids[k]!;
        if (p >= countAtSearch) break;
        if (seen) {
          if (seen[p]) continue;
          seen[p] = 1;
        }
        perDocument[passageDoc[p]!]! += 1;
      }
    }
    const counts: SearchCounts = { documents: {}, regions: {}, kinds: {} };
    for (let d = 0; d < documentCount; d += 1) {
      const n = perDocument[d]!;
      if (n === 0) continue;
      const document = documents[d]!;
      counts.documents[document.id] = n;
      counts.regions[document.region] = (counts.regions[document.region] ?? 0) + n;
      counts.kinds[document.kind] = (counts.kinds[document.kind] ?? 0) + n;
    }
    return counts;
  };
}

/** An object with `counts` as an enumerable property computed once on first read, so ranking does not pay for facets nobody reads. */
export function withLazyCounts<T extends object>(result: T, materialize: () => SearchCounts): T & { counts: SearchCounts } {
  let cached: SearchCounts | null = null;
  return Object.defineProperty(result, 'counts', {
    enumerable: true,
    get: () => (cached ??= materialize()),
  }) as T & { counts: SearchCounts };
}
