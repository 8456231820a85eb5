// Why: the query state is derived from an index and hangs off it, so two indexes never share caches; it is rebuilt when the index grows.

import type { CompiledUnit } from './compiledUnit.js';
import { QueryCaches } from './queryCaches.js';
import { MAX_UNITS, type QueryState } from './queryState.js';
import { lengthNormOf } from './scorePassages.js';
import type { SearchIndex } from './searchIndex.js';
import { TopPassages } from './topPassages.js';

/** The query state of an index, (re)built when the index has changed since it was last built. */
export function queryStateOf(index: SearchIndex): QueryState {
  const previous = index.queryState;
  if (previous && previous.revision === index.revision) return previous;
  const count = index.passageCount;
  const lengthNorm = new Float32Array(count);
  const passageDoc = new Int32Array(count);
  const passageSection = index.passageSection.data.slice(0, count);
  const sectionDocument = index.sectionDocument.data;
  const words = index.passageWords.data;
  const average = index.averageWords;
  const sectionFirst = new Int32Array(index.sectionIds.length);
  const sectionEnd = new Int32Array(index.sectionIds.length);
  const documentFirst = new Int32Array(index.documents.length);
  const documentEnd = new Int32Array(index.documents.length);
  for (let p = count - 1; p >= 0; p -= 1) {
    const section = passageSection[p]!;
    const document = sectionDocument[section]!;
    if (sectionEnd[section] === 0) sectionEnd[section] = p + 1;
    sectionFirst[section] = p;
    if (documentEnd[document] === 0) documentEnd[document] = p + 1;
    documentFirst[document] = p;
  }
  for (let p = 0; p < count; p += 1) {
    lengthNorm[p] = lengthNormOf(words[p]!, average);
    passageDoc[p] = sectionDocument[passageSection[p]!]!;
  }
  const caches = previous?.caches ?? new QueryCaches<CompiledUnit[]>();
  // Compiled units and corrections describe the old postings and vocabulary.
  caches.clear();
  const state: QueryState = {
    revision: index.revision,
    count,
    caches,
    top: new TopPassages(16),
    cursors: new Int32Array(MAX_UNITS + 1),
    highlightMarks: new Uint8Array(index.termList.length),
    partMarks: new Uint8Array(index.termList.length),
    lengthNorm,
    passageDoc,
    passageSection,
    sectionFirst,
    sectionEnd,
    documentFirst,
    documentEnd,
    score: new Float64Array(count),
    mask: new Uint32Array(count),
    candidates: new Int32Array(count),
    vocabulary: null,
    names: null,
    expanders: previous?.expanders ?? new WeakMap(),
    nextExpander: previous?.nextExpander ?? 1,
  };
  index.queryState = state;
  return state;
}
