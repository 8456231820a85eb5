// Why: the compiled form of a query word is read by ranking, retrieval, hits and the caches, so its type stands alone and none of them imports the compiler.

import type { Ids, Weighted } from './idLists.js';
import type { PassageBitset } from './passageBitset.js';

/** A query word or phrase compiled against one index: its matching passages and weights. */
export interface CompiledUnit extends Weighted {
  /** Per section / per document: 1 where the heading / title matches, or null when none does. */
  sectionFlags: Uint8Array | null;
  documentFlags: Uint8Array | null;
  idf: number;
  /** Terms to highlight in passages. */
  highlightTerms: ReadonlySet<string>;
  /** Compound-part terms, highlighted only in passages where no `highlightTerms` occur. */
  partTerms: ReadonlySet<string>;
  /** The same as term ids (terms the index does not hold cannot occur in passages and are left out). */
  highlightIds?: Int32Array;
  partIds?: Int32Array;
  /** Whether anything matched at all. */
  known: boolean;
  /**
   * Whether the word itself (its stem) or a longer word it starts occurs in the corpus; false when it matched only
   * through near variants or compound parts, which is what a typo does ("jeugdhlp" → jeugd).
   */
  exact: boolean;
  /** The largest weight of any match. */
  maxWeight: number;
  /** Every passage the unit covers (body, matching sections and documents), ascending; computed on first use. */
  cover?: Ids;
  /** Per passage one bit: whether the unit matches it in text (computed on first use). */
  bits?: PassageBitset;
}

