// Why: ranking needs flat per-passage arrays (document, section, length norm) and reusable scratch; this is their shape, owned by the index (see queryStateOf).

import type { CompiledUnit } from './compiledUnit.js';
import type { PreparedVocabulary } from './nearestWord.js';
import type { QueryCaches } from './queryCaches.js';
import type { TopPassages } from './topPassages.js';

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
