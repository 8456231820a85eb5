// Why: ranking needs flat per-passage arrays (document, section, length norm) and reusable scratch; they hang off the index that owns them, rebuilt when it grows.

import type { CompiledUnit } from './compileQuery.js';
import type { PreparedVocabulary } from './nearestWord.js';
import { QueryCaches } from './queryCaches.js';
import { lengthNormOf } from './scorePassages.js';
import type { SearchIndex } from './searchIndex.js';
import { TopPassages } from './topPassages.js';

/** At most this many query units (words and phrases) count; one bit each in a 32-bit mask, one spare. */
export const MAX_UNITS = 31;

/** Per index: flat arrays of where passages live, scratch buffers and the query caches. */
export interface QueryState {
  /** The index revision these arrays describe. */
  revision: number;
  /** Passages at this revision. */
  count: number;
  caches: QueryCaches<CompiledUnit[]>;
  /** Reused by every search (searches run one at a time). */
  top: TopPassages;
  cursors: Int32Array;
  /** Per term id: whether the current query highlights it (scratch, all zero between searches). */
  highlightMarks: Uint8Array;
  partMarks: Uint8Array;
  lengthNorm: Float32Array;
  passageDoc: Int32Array;
  passageSection: Int32Array;
  /** Per section and per document: its first passage and the one past its last (passages are stored in order). */
  sectionFirst: Int32Array;
  sectionEnd: Int32Array;
  documentFirst: Int32Array;
  documentEnd: Int32Array;
  /** Scratch for the accumulating ranker; all zero between searches. */
  score: Float64Array;
  mask: Uint32Array;
  candidates: Int32Array;
  /** The vocabulary and the proper names prepared for typo correction (made on first use). */
  vocabulary: PreparedVocabulary | null;
  names: PreparedVocabulary | null;
  /** A small number per synonym expander or lexicon, so cache keys tell them apart. */
  expanders: WeakMap<object, number>;
  nextExpander: number;
}

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
