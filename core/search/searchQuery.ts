// Why: turns a reader's query into ranked passages with snippets, highlights, facet counts and a typo correction, using the index's own analyzer.

import type { DocumentKind } from '../corpus/types.js';
import type { Token } from './dutchAnalyzer.js';
import { foldText } from './dutchAnalyzer.js';
import { makeSnippet, type Span } from './makeSnippet.js';
import { nearestWord } from './nearestWord.js';
import { formatQuery, parseQuery, type ParsedQuery } from './parseQuery.js';
import type { IndexField, SearchIndex } from './searchIndex.js';

export { parseQuery, type ParsedQuery } from './parseQuery.js';

/**
 * The thesaurus hook: given a folded query word ("lvb"), returns other words or phrases that mean the same
 * ("licht verstandelijke beperking"). A phrase matches a passage holding all of its words.
 */
export type SynonymExpander = (word: string) => readonly string[];

/** Options of {@link search}. Filters narrow the hits; facet counts ignore them, so a UI can offer the alternatives. */
export interface SearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /** Only passages of documents in this region. */
  region?: string;
  /** Only passages of documents of this kind. */
  kind?: DocumentKind;
  /** Only passages of these documents. */
  docIds?: readonly string[];
  /** Synonym expansion; default none. */
  synonyms?: SynonymExpander;
  /** Correct query words the corpus does not know (default true). */
  correct?: boolean;
}

/** One ranked passage. */
export interface SearchHit {
  docId: string;
  source: string;
  docTitle: string;
  sectionId: string;
  sectionTitle: string | null;
  /** Offsets of the passage in the document's canonical text. */
  passageStart: number;
  passageEnd: number;
  /** About 160–220 characters around the best matches, with "…" where cut. */
  snippet: string;
  /** Offsets into `snippet` of every match, including those found through folding, stemming and compounds. */
  highlights: Span[];
  /** Offsets in the document's canonical text of every match in the passage, for highlighting it in the reader. */
  matches: Span[];
  score: number;
}

/** Matching passages per document, region and kind, before the filters are applied. */
export interface SearchCounts {
  documents: Record<string, number>;
  regions: Record<string, number>;
  kinds: Record<string, number>;
}

/** What {@link search} returns. */
export interface SearchResult {
  /** Best first: passages with all query words before passages with some. */
  hits: SearchHit[];
  /** Matching passages after filters. */
  total: number;
  /** The query with unknown words corrected ("Bedoelde je …?"), or null when nothing was corrected. */
  correctedQuery: string | null;
  counts: SearchCounts;
}


/** Ascending ids, as FlexSearch's posting arrays or our own typed arrays. */
type Ids = ArrayLike<number>;

/** Ascending ids with a weight each, or one weight for all when `weights` is null. */
interface Weighted {
  ids: Ids;
  weights: Float32Array | null;
  weight: number;
}

/** A query word or phrase compiled against one index: its matching passages and weights. */
interface CompiledUnit extends Weighted {
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
  /** The largest weight of any match. */
  maxWeight: number;
  /**
   * Every passage the unit covers: its body matches plus all passages of matching sections and documents,
   * ascending. Computed on first use (see {@link coverOf}).
   */
  cover?: Ids;
  /** Per passage one bit: whether the unit matches it in text (computed on first use). */
  bits?: Uint32Array;
}

/** A term and the weight a match on it earns. */
interface WeightedTerm {
  term: string;
  weight: number;
}

/** A passage's analysis, kept compact for highlighting: per token its term id (-1 if not indexed) and its word's span. */
interface PassageTokens {
  terms: Int32Array;
  wordStart: Int32Array;
  wordEnd: Int32Array;
}

/** A small LRU map: re-inserted on read, oldest evicted past `capacity` entries or `budget` size units. */
class Lru<K, V> {
  private readonly map = new Map<K, { value: V; size: number; touched: number }>();
  private used = 0;
  private clock = 0;
  constructor(
    private readonly capacity: number,
    private readonly budget = Number.POSITIVE_INFINITY,
  ) {}
  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.clock += 1;
    // Move to the young end only once the entry has aged a little: recently used entries stay put (cheap reads).
    if (this.clock - entry.touched > this.capacity >>> 2) {
      entry.touched = this.clock;
      this.map.delete(key);
      this.map.set(key, entry);
    }
    return entry.value;
  }
  set(key: K, value: V, size = 1): void {
    const previous = this.map.get(key);
    if (previous) {
      this.used -= previous.size;
      this.map.delete(key);
    }
    this.clock += 1;
    this.map.set(key, { value, size, touched: this.clock });
    this.used += size;
    while (this.map.size > this.capacity || (this.used > this.budget && this.map.size > 1)) {
      const oldest = this.map.keys().next().value as K;
      this.used -= this.map.get(oldest)!.size;
      this.map.delete(oldest);
    }
  }
  clear(): void {
    this.map.clear();
    this.used = 0;
  }
}

/** Per index: caches and scratch arrays, rebuilt when the index changes. */
interface QueryState {
  revision: number;
  /** Passages at this revision. */
  count: number;
  /** Compiled query words and phrases (an LRU of analyzed query terms, bounded by posting size). */
  units: Lru<string, CompiledUnit[]>;
  corrections: Lru<string, string | null>;
  passageTokens: Lru<number, PassageTokens>;
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
  /** Scratch for the fallback accumulation; all zero between searches. */
  score: Float64Array;
  mask: Uint32Array;
  candidates: Int32Array;
  expanders: WeakMap<SynonymExpander, number>;
  nextExpander: number;
}

const states = new WeakMap<SearchIndex, QueryState>();
const MAX_UNITS = 31;
const EXTENSION_WEIGHT = 0.85;
const VARIANT_WEIGHT = 0.5;
const PARTS_WEIGHT = 0.5;
const SYNONYM_WEIGHT = 0.9;
const PHRASE_WEIGHT = 1.5;
const HEADING_BOOST = 0.5;
const TITLE_BOOST = 0.3;
/** Score bounds are compared with this much slack, more than floating-point rounding of a key can add up to. */
const BOUND_TOLERANCE = 1e-7;
/** Compiled units cached per index: at most this many query words, holding at most this many postings in all. */
const UNIT_CACHE_ENTRIES = 1024;
const UNIT_CACHE_POSTINGS = 4_000_000;
const EMPTY_IDS = new Int32Array(0);
/** Multi-word queries with at most this many postings in all are ranked in one accumulating pass. */
const SMALL_QUERY_POSTINGS = 2048;

function stateOf(index: SearchIndex): QueryState {
  let state = states.get(index);
  if (state && state.revision === index.revision) return state;
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
    // BM25's length normalization for a term that occurs once (k1 = 1.2), softened (b = 0.3): passages are short already.
    lengthNorm[p] = 2.2 / (1 + 1.2 * (0.7 + (0.3 * words[p]!) / average));
    passageDoc[p] = sectionDocument[passageSection[p]!]!;
  }
  state = {
    revision: index.revision,
    count,
    units: new Lru(UNIT_CACHE_ENTRIES, UNIT_CACHE_POSTINGS),
    corrections: new Lru(4096),
    passageTokens: new Lru(4096),
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
    expanders: state?.expanders ?? new WeakMap(),
    nextExpander: state?.nextExpander ?? 1,
  };
  states.set(index, state);
  return state;
}

/** Drops the query caches of an index (compiled query words, corrections, passage analyses), e.g. to measure cold queries. */
export function clearSearchCaches(index: SearchIndex): void {
  const state = states.get(index);
  if (!state) return;
  state.units.clear();
  state.corrections.clear();
  state.passageTokens.clear();
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function commonPrefix(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/** The first index `i >= from` with `ids[i] >= target` (galloping, then binary search), or `ids.length`. */
function seek(ids: Ids, from: number, target: number): number {
  const length = ids.length;
  if (from >= length || ids[from]! >= target) return from;
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < length && ids[high]! < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > length) high = length;
  // ids[low] < target; ids[high] >= target or high === length.
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < target) low = middle;
    else high = middle;
  }
  return high;
}

function weightAt(list: Weighted, k: number): number {
  return list.weights ? list.weights[k]! : list.weight;
}

/** Union of two weighted lists, keeping the larger weight where both hold an id. */
function unionMax(a: Weighted, b: Weighted): Weighted {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float32Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) {
      ids[n] = x;
      weights[n++] = weightAt(a, i++);
    } else if (y < x) {
      ids[n] = y;
      weights[n++] = weightAt(b, j++);
    } else {
      ids[n] = x;
      weights[n++] = Math.max(weightAt(a, i++), weightAt(b, j++));
    }
  }
  while (i < a.ids.length) {
    ids[n] = a.ids[i]!;
    weights[n++] = weightAt(a, i++);
  }
  while (j < b.ids.length) {
    ids[n] = b.ids[j]!;
    weights[n++] = weightAt(b, j++);
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n), weight: 0 };
}

/** Intersection of two weighted lists, keeping the smaller weight. */
function intersectMin(a: Weighted, b: Weighted): Weighted {
  if (a.ids.length > b.ids.length) [a, b] = [b, a];
  const ids = new Int32Array(a.ids.length);
  const weights = new Float32Array(a.ids.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.ids.length && j < b.ids.length; i += 1) {
    const x = a.ids[i]!;
    j = seek(b.ids, j, x);
    if (j < b.ids.length && b.ids[j] === x) {
      ids[n] = x;
      weights[n++] = Math.min(weightAt(a, i), weightAt(b, j));
    }
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n), weight: 0 };
}

/** Union of many weighted lists, merged pairwise (n log k). */
function unionAll(lists: Weighted[]): Weighted {
  let round = lists.filter((list) => list.ids.length > 0);
  if (round.length === 0) return { ids: EMPTY_IDS, weights: null, weight: 0 };
  while (round.length > 1) {
    const next: Weighted[] = [];
    for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? unionMax(round[i]!, round[i + 1]!) : round[i]!);
    round = next;
  }
  return round[0]!;
}

/** Multiplies every weight of a list by `factor` (a new list; postings are never changed in place). */
function scaled(list: Weighted, factor: number): Weighted {
  if (factor === 1) return list;
  if (!list.weights) return { ids: list.ids, weights: null, weight: Math.fround(list.weight * factor) };
  const weights = new Float32Array(list.weights.length);
  for (let i = 0; i < weights.length; i += 1) weights[i] = list.weights[i]! * factor;
  return { ids: list.ids, weights, weight: 0 };
}

/**
 * A term and its family in the index: longer words it starts ("jeugd" → jeugdhulp) and inflectional
 * variants sharing all but two letters of a long prefix (technologie ↔ technologisch).
 */
function termFamily(index: SearchIndex, term: string): WeightedTerm[] {
  const family: WeightedTerm[] = [{ term, weight: 1 }];
  if (term.length < 5 || /\d/.test(term)) return family;
  const terms = index.terms();
  const prefix = term.slice(0, Math.max(5, term.length - 3));
  for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i += 1) {
    const candidate = terms[i]!;
    if (candidate === term) continue;
    const shared = commonPrefix(term, candidate);
    if (candidate.startsWith(term)) {
      family.push({ term: candidate, weight: EXTENSION_WEIGHT });
    } else if (shared >= 5 && Math.min(term.length, candidate.length) - shared <= 2 && Math.max(term.length, candidate.length) - shared <= 4) {
      family.push({ term: candidate, weight: VARIANT_WEIGHT });
    }
  }
  return family;
}

/** Best weight per id over a family of terms in one field. */
function slotMatches(index: SearchIndex, field: IndexField, family: readonly WeightedTerm[]): Weighted {
  return unionAll(family.map(({ term, weight }) => ({ ids: index.postings(field, term), weights: null, weight: Math.fround(weight) })));
}

/** Ids matching every slot of an alternative, weighted by its weakest slot. */
function alternativeMatches(index: SearchIndex, field: IndexField, slots: readonly WeightedTerm[][], weight: number): Weighted {
  const lists = slots.map((slot) => slotMatches(index, field, slot)).sort((a, b) => a.ids.length - b.ids.length);
  if (lists.length === 0) return { ids: EMPTY_IDS, weights: null, weight: 0 };
  let result = lists[0]!;
  for (let i = 1; i < lists.length && result.ids.length > 0; i += 1) result = intersectMin(result, lists[i]!);
  return scaled(result, weight);
}

/** Of the parts at one position, those that contain no smaller part: "24-uurszorg" → 24, uur(s), zorg. */
function minimalParts(parts: readonly Token[]): Token[] {
  return parts.filter((part) => !parts.some((other) => other !== part && other.start >= part.start && other.end <= part.end && other.end - other.start < part.end - part.start));
}

interface Alternative {
  slots: WeightedTerm[][];
  weight: number;
  /** Whether the alternative stands for parts of the query word rather than the word itself. */
  parts?: boolean;
}

function maxWeightOf(list: Weighted): number {
  if (!list.weights) return list.weight;
  let maximum = 0;
  for (let i = 0; i < list.weights.length; i += 1) if (list.weights[i]! > maximum) maximum = list.weights[i]!;
  return maximum;
}

function flagsOf(lists: readonly Weighted[], size: number): Uint8Array | null {
  if (lists.every((list) => list.ids.length === 0)) return null;
  const flags = new Uint8Array(size);
  for (const list of lists) for (let i = 0; i < list.ids.length; i += 1) flags[list.ids[i]!] = 1;
  return flags;
}

function idfOf(index: SearchIndex, frequency: number): number {
  const total = Math.max(1, index.passageCount);
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}

function compileAlternatives(index: SearchIndex, alternatives: Alternative[]): CompiledUnit {
  const bodies: Weighted[] = [];
  const headings: Weighted[] = [];
  const titles: Weighted[] = [];
  const highlightTerms = new Set<string>();
  const partTerms = new Set<string>();
  for (const alternative of alternatives) {
    bodies.push(alternativeMatches(index, 'body', alternative.slots, alternative.weight));
    headings.push(alternativeMatches(index, 'headings', alternative.slots, 1));
    titles.push(alternativeMatches(index, 'titles', alternative.slots, 1));
    for (const slot of alternative.slots) for (const { term } of slot) (alternative.parts ? partTerms : highlightTerms).add(term);
  }
  const body = unionAll(bodies);
  const sectionFlags = flagsOf(headings, index.sectionIds.length);
  const documentFlags = flagsOf(titles, index.documents.length);
  return {
    ids: body.ids,
    weights: body.weights,
    weight: body.weight,
    sectionFlags,
    documentFlags,
    idf: idfOf(index, body.ids.length),
    highlightTerms,
    partTerms,
    known: body.ids.length > 0 || sectionFlags !== null || documentFlags !== null,
    maxWeight: maxWeightOf(body),
  };
}

/** Compiles one loose query word; a word with several positions ("e.g.") gives several units. */
function compileWord(index: SearchIndex, word: string, synonyms: SynonymExpander | undefined): CompiledUnit[] {
  const tokens = index.analyzer.analyze(word);
  const byPosition = new Map<number, Token[]>();
  for (const token of tokens) {
    const list = byPosition.get(token.position) ?? [];
    list.push(token);
    byPosition.set(token.position, list);
  }
  const units: CompiledUnit[] = [];
  for (const group of byPosition.values()) {
    const alternatives: Alternative[] = [];
    const whole = group.find((token) => token.role === 'word');
    if (whole) alternatives.push({ slots: [termFamily(index, whole.term)], weight: 1 });
    const parts = minimalParts(group.filter((token) => token.role === 'part'));
    if (parts.length) alternatives.push({ slots: parts.map((part) => termFamily(index, part.term)), weight: whole ? PARTS_WEIGHT : 1, parts: Boolean(whole) });
    units.push(compileAlternatives(index, alternatives));
  }
  if (synonyms && units.length) {
    const folded = foldText(word);
    const extra: Alternative[] = [];
    for (const synonym of synonyms(folded)) {
      const words = index.analyzer.analyze(synonym).filter((token) => token.role === 'word');
      if (words.length) extra.push({ slots: words.map((token) => termFamily(index, token.term)), weight: SYNONYM_WEIGHT });
    }
    if (extra.length) {
      // Recompile the whole word together with its synonyms as one unit.
      const whole = tokens.filter((token) => token.role === 'word');
      const own = whole.length ? [{ slots: whole.map((token) => termFamily(index, token.term)), weight: 1 }] : [];
      return [compileAlternatives(index, [...own, ...extra])];
    }
  }
  return units;
}

/** Whether a passage holds the whole words `terms` (term ids + 1) at `offsets`, with no other whole word between them. */
function holdsPhrase(index: SearchIndex, passage: number, terms: Int32Array, offsets: Int32Array): boolean {
  const sequence = index.sequence.data;
  const from = index.passageSequence.data[passage]!;
  const length = index.passageWords.data[passage]!;
  const span = offsets[offsets.length - 1]!;
  const first = terms[0]!;
  for (let i = 0; i + span < length; i += 1) {
    if (sequence[from + i] !== first) continue;
    let ok = true;
    for (let w = 1; w < terms.length && ok; w += 1) {
      const at = from + i + offsets[w]!;
      if (sequence[at] !== terms[w]) ok = false;
      // Only stopwords (no whole-word term) may stand between two phrase words.
      for (let between = from + i + offsets[w - 1]! + 1; between < at && ok; between += 1) if (sequence[between] !== 0) ok = false;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Compiles a quoted phrase: passages holding all its whole words (body postings, intersected), verified
 * positionally on the index's word sequence; a one-word phrase matches that word exactly.
 */
function compilePhrase(index: SearchIndex, phrase: string): CompiledUnit | null {
  const words = index.analyzer.analyze(phrase).filter((token) => token.role === 'word');
  if (words.length === 0) return null;
  if (words.length === 1) return compileAlternatives(index, [{ slots: [[{ term: words[0]!.term, weight: 1 }]], weight: 1 }]);
  const exact = words.map((token) => [{ term: token.term, weight: 1 }]);
  const terms = new Int32Array(words.length);
  const offsets = new Int32Array(words.length);
  let known = true;
  words.forEach((token, w) => {
    const id = index.termIds.get(token.term);
    if (id === undefined) known = false;
    terms[w] = (id ?? -2) + 1;
    offsets[w] = token.position - words[0]!.position;
  });
  let ids: Int32Array = EMPTY_IDS;
  if (known) {
    const candidates = alternativeMatches(index, 'body', exact, 1).ids;
    const verified = new Int32Array(candidates.length);
    let n = 0;
    for (let i = 0; i < candidates.length; i += 1) if (holdsPhrase(index, candidates[i]!, terms, offsets)) verified[n++] = candidates[i]!;
    ids = verified.slice(0, n);
  }
  const sectionFlags = flagsOf([alternativeMatches(index, 'headings', exact, 1)], index.sectionIds.length);
  const documentFlags = flagsOf([alternativeMatches(index, 'titles', exact, 1)], index.documents.length);
  return {
    ids,
    weights: null,
    weight: PHRASE_WEIGHT,
    sectionFlags,
    documentFlags,
    idf: idfOf(index, ids.length),
    highlightTerms: new Set(words.map((token) => token.term)),
    partTerms: new Set(),
    known: ids.length > 0,
    maxWeight: PHRASE_WEIGHT,
  };
}

function expanderKey(state: QueryState, synonyms: SynonymExpander | undefined): number {
  if (!synonyms) return 0;
  let key = state.expanders.get(synonyms);
  if (key === undefined) {
    key = state.nextExpander;
    state.nextExpander += 1;
    state.expanders.set(synonyms, key);
  }
  return key;
}

/** The unit cache key of a query word: the word itself when that is unambiguous (no synonyms, no leading control character). */
function unitKey(synonymsKey: number, word: string): string {
  return synonymsKey === 0 && word.charCodeAt(0) >= 32 ? word : `\u0000${synonymsKey}\u0000${word}`;
}

function cachedUnits(state: QueryState, key: string, compile: () => CompiledUnit[]): CompiledUnit[] {
  let units = state.units.get(key);
  if (!units) {
    units = compile();
    // Size in ids: the postings, plus what ranking may add later (a passage bitset, and a cover list when fielded).
    let size = 1;
    for (const unit of units) size += unit.ids.length + (state.count >>> 5) + (unit.sectionFlags || unit.documentFlags ? state.count : 0);
    state.units.set(key, units, size);
  }
  return units;
}

function correctionFor(index: SearchIndex, state: QueryState, word: string): string | null {
  const folded = foldText(word);
  let corrected = state.corrections.get(folded);
  if (corrected === undefined) {
    corrected = /\d/.test(folded) ? null : (nearestWord(folded, index.analyzer.vocabulary)?.word ?? null);
    state.corrections.set(folded, corrected);
  }
  return corrected;
}

function passageTokens(index: SearchIndex, state: QueryState, passage: number): PassageTokens {
  let compact = state.passageTokens.get(passage);
  if (!compact) {
    const terms: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let position = -1;
    let wordStart = -1;
    let wordEnd = -1;
    // A part is highlighted as its whole word when there is one at its position (it comes first there).
    index.analyzer.forEachSpan(index.passageText(passage), (term, start, end, at, isWord) => {
      if (at !== position) {
        position = at;
        wordStart = -1;
      }
      if (isWord) {
        wordStart = start;
        wordEnd = end;
      }
      terms.push(index.termIds.get(term) ?? -1);
      starts.push(wordStart >= 0 ? wordStart : start);
      ends.push(wordStart >= 0 ? wordEnd : end);
    });
    compact = { terms: Int32Array.from(terms), wordStart: Int32Array.from(starts), wordEnd: Int32Array.from(ends) };
    state.passageTokens.set(passage, compact);
  }
  return compact;
}

function markTerms(ids: Int32Array, marks: Uint8Array, value: number): void {
  for (let i = 0; i < ids.length; i += 1) if (ids[i]! < marks.length) marks[ids[i]!] = value;
}

function termIdsOf(index: SearchIndex, terms: ReadonlySet<string>): Int32Array {
  const ids: number[] = [];
  for (const term of terms) {
    const id = index.termIds.get(term);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** Spans of the words whose term ids are marked in `marks`. */
function highlightSpans(tokens: PassageTokens, marks: Uint8Array): Span[] {
  const spans: Span[] = [];
  let lastStart = -1;
  const terms = tokens.terms;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i]!;
    if (term < 0 || marks[term] === 0) continue;
    const start = tokens.wordStart[i]!;
    if (start === lastStart) continue;
    lastStart = start;
    spans.push({ start, end: tokens.wordEnd[i]! });
  }
  return spans;
}

function replaceWord(query: string, word: string, replacement: string): string {
  const at = query.indexOf(word);
  return at < 0 ? query : query.slice(0, at) + replacement + query.slice(at + word.length);
}

/** The best `capacity` passages by key (higher first; equal keys: lower passage first). */
class TopPassages {
  keys: Float64Array;
  ids: Int32Array;
  size = 0;
  capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
    this.keys = new Float64Array(Math.max(16, capacity));
    this.ids = new Int32Array(Math.max(16, capacity));
  }
  /** Empties the top and sets its capacity (reusing the buffers when they are big enough). */
  reset(capacity: number): this {
    if (capacity > this.keys.length) {
      this.keys = new Float64Array(capacity);
      this.ids = new Int32Array(capacity);
    }
    this.capacity = capacity;
    this.size = 0;
    return this;
  }
  /** Whether a passage with this key would enter. */
  admits(key: number, passage: number): boolean {
    if (this.size < this.capacity) return this.capacity > 0;
    const last = this.size - 1;
    return key > this.keys[last]! || (key === this.keys[last] && passage < this.ids[last]!);
  }
  add(key: number, passage: number): void {
    if (!this.admits(key, passage)) return;
    let at = this.size < this.capacity ? this.size++ : this.size - 1;
    while (at > 0 && (this.keys[at - 1]! < key || (this.keys[at - 1] === key && this.ids[at - 1]! > passage))) {
      this.keys[at] = this.keys[at - 1]!;
      this.ids[at] = this.ids[at - 1]!;
      at -= 1;
    }
    this.keys[at] = key;
    this.ids[at] = passage;
  }
  clear(): void {
    this.size = 0;
  }
}

/** What the ranking passes share. */
interface Ranking {
  units: readonly CompiledUnit[];
  /** Units with heading or title matches. */
  fieldUnits: readonly number[];
  state: QueryState;
  /** Allowed documents, or null without filters. */
  allowed: Uint8Array | null;
  top: TopPassages;
}

/** Adds heading and title boosts and coverage to a passage's text score; returns its ranking key. */
function rankingKey(ranking: Ranking, p: number, matched: number, value: number): number {
  let covered = matched;
  const { fieldUnits, units, state } = ranking;
  if (fieldUnits.length) {
    const section = state.passageSection[p]!;
    const d = state.passageDoc[p]!;
    for (const u of fieldUnits) {
      const unit = units[u]!;
      if (unit.sectionFlags?.[section]) {
        covered |= 1 << u;
        value += HEADING_BOOST * unit.idf;
      }
      if (unit.documentFlags?.[d]) {
        covered |= 1 << u;
        value += TITLE_BOOST * unit.idf;
      }
    }
  }
  let coverage = 0;
  for (let bits = covered; bits; bits &= bits - 1) coverage += 1;
  // Coverage dominates: one more matched word outweighs any score difference.
  return coverage * 1e6 + value;
}

/** A passage bitset of ascending ids. */
function bitsetOf(count: number, ids: Ids): Uint32Array {
  const bits = new Uint32Array((count + 31) >>> 5);
  for (let k = 0; k < ids.length; k += 1) {
    const p = ids[k]!;
    if (p < count) bits[p >>> 5]! |= 1 << (p & 31);
  }
  return bits;
}

function bitsOf(state: QueryState, unit: CompiledUnit): Uint32Array {
  return (unit.bits ??= bitsetOf(state.count, unit.ids));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The passages a unit covers in text, heading or title, ascending (cached on the unit). */
function coverOf(state: QueryState, unit: CompiledUnit): Ids {
  if (unit.cover) return unit.cover;
  if (!unit.sectionFlags && !unit.documentFlags) return (unit.cover = unit.ids);
  const ranges: number[] = [];
  const addRanges = (flags: Uint8Array | null, first: Int32Array, end: Int32Array) => {
    if (!flags) return;
    for (let i = 0; i < flags.length; i += 1) if (flags[i] && end[i]! > first[i]!) ranges.push(first[i]!, end[i]!);
  };
  addRanges(unit.sectionFlags, state.sectionFirst, state.sectionEnd);
  addRanges(unit.documentFlags, state.documentFirst, state.documentEnd);
  let size = 0;
  for (let r = 0; r < ranges.length; r += 2) size += ranges[r + 1]! - ranges[r]!;
  const fielded = new Int32Array(size);
  let n = 0;
  for (let r = 0; r < ranges.length; r += 2) for (let p = ranges[r]!; p < ranges[r + 1]!; p += 1) fielded[n++] = p;
  // Section ranges and document ranges may overlap and interleave: sort, then merge with the body matches.
  fielded.sort();
  const merged = unionMax({ ids: unit.ids, weights: null, weight: 0 }, { ids: fielded, weights: null, weight: 0 }).ids;
  return (unit.cover = merged);
}

/**
 * Ranks the ascending `candidates`, testing each against every unit's passage bitset. With `requireAll`,
 * only passages covered by every unit (in text, heading or title) are ranked. Once the top is full, a
 * passage whose score bound (its length norm times the units' best weights, plus its heading and title
 * boosts) cannot beat the last kept key is skipped before any lookup.
 */
function rankCandidates(ranking: Ranking, candidates: Ids, requireAll: boolean): void {
  const { units, state, allowed, top, fieldUnits } = ranking;
  const { lengthNorm, passageDoc, passageSection } = state;
  const capacity = top.capacity;
  if (capacity === 0) return;
  const bits = units.map((unit) => bitsOf(state, unit));
  const cursors = state.cursors.fill(0);
  let textBound = 0;
  for (const unit of units) textBound += unit.maxWeight * unit.idf;
  const coverageBound = units.length * 1e6;
  // Heading and title boosts per field unit, flattened for the bound check.
  const fieldCount = fieldUnits.length;
  const sectionFlags = fieldUnits.map((u) => units[u]!.sectionFlags);
  const documentFlags = fieldUnits.map((u) => units[u]!.documentFlags);
  const headingBoost = fieldUnits.map((u) => HEADING_BOOST * units[u]!.idf);
  const titleBoost = fieldUnits.map((u) => TITLE_BOOST * units[u]!.idf);
  for (let c = 0; c < candidates.length; c += 1) {
    const p = candidates[c]!;
    if (top.size === capacity) {
      const last = top.keys[capacity - 1]!;
      let bound = coverageBound + textBound * lengthNorm[p]!;
      if (fieldCount) {
        const section = passageSection[p]!;
        const d = passageDoc[p]!;
        for (let f = 0; f < fieldCount; f += 1) {
          if (sectionFlags[f]?.[section]) bound += headingBoost[f]!;
          if (documentFlags[f]?.[d]) bound += titleBoost[f]!;
        }
      }
      // Below the last kept key, or at most tying it (within rounding) with a later passage: cannot enter.
      if (bound < last - BOUND_TOLERANCE || (bound <= last + BOUND_TOLERANCE && p > top.ids[capacity - 1]!)) continue;
    }
    if (allowed && allowed[passageDoc[p]!] === 0) continue;
    let matched = 0;
    let value = 0;
    let missing = false;
    for (let u = 0; u < units.length; u += 1) {
      const unit = units[u]!;
      if ((bits[u]![p >>> 5]! >>> (p & 31)) & 1) {
        matched |= 1 << u;
        let weight = unit.weight;
        if (unit.weights) {
          const at = seek(unit.ids, cursors[u]!, p);
          cursors[u] = at;
          weight = unit.weights[at]!;
        }
        value += weight * unit.idf * lengthNorm[p]!;
      } else if (requireAll && !unit.sectionFlags?.[passageSection[p]!] && !unit.documentFlags?.[passageDoc[p]!]) {
        missing = true;
        break;
      }
    }
    // Only passages matching some unit in their text are hits.
    if (missing || matched === 0) continue;
    top.add(rankingKey(ranking, p, matched, value), p);
  }
}

/** Ranks every passage matching any unit, term at a time (the general path). Returns how many matched after filters. */
function rankAccumulated(ranking: Ranking): number {
  const { units, state, allowed, top } = ranking;
  const { score, mask, candidates, lengthNorm, passageDoc } = state;
  let candidateCount = 0;
  for (let u = 0; u < units.length; u += 1) {
    const { ids, weights, weight, idf } = units[u]!;
    const bit = 1 << u;
    for (let k = 0; k < ids.length; k += 1) {
      const p = ids[k]!;
      if (mask[p] === 0) candidates[candidateCount++] = p;
      mask[p]! |= bit;
      score[p]! += (weights ? weights[k]! : weight) * idf * lengthNorm[p]!;
    }
  }
  let total = 0;
  for (let c = 0; c < candidateCount; c += 1) {
    const p = candidates[c]!;
    const matched = mask[p]!;
    const value = score[p]!;
    mask[p] = 0;
    score[p] = 0;
    if (allowed && allowed[passageDoc[p]!] === 0) continue;
    total += 1;
    top.add(rankingKey(ranking, p, matched, value), p);
  }
  return total;
}

/** Number of passages matching any unit (after filters), by OR-ing the units' bitsets. */
function countMatching(state: QueryState, units: readonly CompiledUnit[], allowedPassages: Uint32Array | null): number {
  if (units.length === 1 && !allowedPassages) return units[0]!.ids.length;
  for (const unit of units) bitsOf(state, unit);
  const words = (state.count + 31) >>> 5;
  let total = 0;
  for (let w = 0; w < words; w += 1) {
    let value = 0;
    for (let u = 0; u < units.length; u += 1) value |= units[u]!.bits![w]!;
    if (allowedPassages) value &= allowedPassages[w]!;
    if (value !== 0) total += popcount(value);
  }
  return total;
}

/** Number of `ids` in allowed documents. */
function countAllowed(state: QueryState, ids: Ids, allowed: Uint8Array | null): number {
  if (!allowed) return ids.length;
  let total = 0;
  for (let k = 0; k < ids.length; k += 1) if (allowed[state.passageDoc[ids[k]!]!]) total += 1;
  return total;
}

/** The passages of allowed documents as a bitset. */
function allowedPassagesOf(state: QueryState, allowed: Uint8Array): Uint32Array {
  const bits = new Uint32Array((state.count + 31) >>> 5);
  for (let d = 0; d < allowed.length; d += 1) {
    if (!allowed[d]) continue;
    for (let p = state.documentFirst[d]!; p < state.documentEnd[d]!; p += 1) bits[p >>> 5]! |= 1 << (p & 31);
  }
  return bits;
}

/** Intersection of ascending id lists (ids only). */
function intersectIds(lists: readonly Ids[]): Ids {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result: Ids = sorted[0] ?? EMPTY_IDS;
  for (let i = 1; i < sorted.length && result.length > 0; i += 1) {
    result = intersectMin({ ids: result, weights: null, weight: 0 }, { ids: sorted[i]!, weights: null, weight: 0 }).ids;
  }
  return result;
}

function allowedDocuments(index: SearchIndex, options: SearchOptions): Uint8Array | null {
  if (options.region === undefined && options.kind === undefined && options.docIds === undefined) return null;
  const allowed = new Uint8Array(index.documents.length);
  const ids = options.docIds ? new Set(options.docIds) : null;
  index.documents.forEach((document, d) => {
    if (options.region !== undefined && document.region !== options.region) return;
    if (options.kind !== undefined && document.kind !== options.kind) return;
    if (ids && !ids.has(document.id)) return;
    allowed[d] = 1;
  });
  return allowed;
}

const parsedQueries = new Lru<string, ParsedQuery>(256);

/** {@link parseQuery}, remembered for recent query strings (as-you-type queries repeat). Callers must not change the result. */
function parsedQuery(query: string): ParsedQuery {
  let parsed = parsedQueries.get(query);
  if (!parsed) {
    parsed = parseQuery(query);
    parsedQueries.set(query, parsed);
  }
  return parsed;
}

/**
 * Searches the index. Loose words rank passages that hold all of them above those holding some; quoted phrases
 * must match adjacent words; heading and title matches boost; unknown words are corrected to the nearest
 * vocabulary word.
 *
 * Only the hits are ranked in full: passages holding every word are ranked first (driven by the rarest word's
 * postings), and passages holding some are ranked only when those are fewer than `limit`. `total` is exact;
 * `counts` is computed on first read.
 */
export function search(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
  const parsed = typeof query === 'string' ? parsedQuery(query) : query;
  const limit = Math.max(0, options.limit ?? 10);
  const state = stateOf(index);
  const compiled = compileQuery(index, state, parsed, typeof query === 'string' ? query : null, options);
  const { units, correctedQuery } = compiled;
  if (units.length === 0) return { hits: [], total: 0, correctedQuery, counts: { documents: {}, regions: {}, kinds: {} } };
  const allowed = allowedDocuments(index, options);
  const fieldUnits: number[] = [];
  for (let u = 0; u < units.length; u += 1) if (units[u]!.sectionFlags || units[u]!.documentFlags) fieldUnits.push(u);
  const ranking: Ranking = { units, fieldUnits, state, allowed, top: state.top.reset(limit) };
  const { total, matching } = rank(ranking, compiled.requiredPhrases, limit);
  const hits = buildHits(index, state, units, ranking.top);
  const materialize = countsMaterializer(index, state, matching ?? units.map((unit) => unit.ids), matching === null);
  return withLazyCounts(hits, total, correctedQuery, materialize);
}

/** A query's compiled units (phrases first, at most MAX_UNITS) and its corrected text. */
interface CompiledQuery {
  units: CompiledUnit[];
  requiredPhrases: number;
  correctedQuery: string | null;
}

/** Compiles the phrases and words of a query through the unit cache, correcting unknown words. */
function compileQuery(index: SearchIndex, state: QueryState, parsed: ParsedQuery, text: string | null, options: SearchOptions): CompiledQuery {
  const synonymsKey = expanderKey(state, options.synonyms);
  const units: CompiledUnit[] = [];
  for (const phrase of parsed.phrases) {
    const compiled = cachedUnits(state, `\u0001${phrase}`, () => {
      const unit = compilePhrase(index, phrase);
      return unit ? [unit] : [];
    });
    for (const unit of compiled) units.push(unit);
  }
  const requiredPhrases = Math.min(units.length, MAX_UNITS);
  let correctedText = text;
  let correctedWords: string[] | null = null;
  for (let position = 0; position < parsed.words.length; position += 1) {
    const word = parsed.words[position]!;
    let compiled = cachedUnits(state, unitKey(synonymsKey, word), () => compileWord(index, word, options.synonyms));
    if (options.correct !== false && compiled.length && compiled.every((unit) => !unit.known)) {
      const replacement = correctionFor(index, state, word);
      if (replacement) {
        compiled = cachedUnits(state, unitKey(synonymsKey, replacement), () => compileWord(index, replacement, options.synonyms));
        correctedWords ??= [...parsed.words];
        correctedWords[position] = replacement;
        if (correctedText !== null) correctedText = replaceWord(correctedText, word, replacement);
      }
    }
    for (const unit of compiled) units.push(unit);
  }
  if (units.length > MAX_UNITS) units.length = MAX_UNITS;
  const correctedQuery = correctedWords ? (correctedText ?? formatQuery({ words: correctedWords, phrases: parsed.phrases })) : null;
  return { units, requiredPhrases, correctedQuery };
}

/**
 * Fills `ranking.top` with the best passages and counts all matching ones (after filters). Returns the total
 * and, when phrases are required, the passages holding them all (else null: any unit's passages match).
 */
function rank(ranking: Ranking, requiredPhrases: number, limit: number): { total: number; matching: Ids | null } {
  const { units, state, allowed } = ranking;
  if (requiredPhrases > 0) {
    // Every phrase is required: rank the passages holding all of them.
    const candidates = intersectIds(units.slice(0, requiredPhrases).map((unit) => unit.ids));
    rankCandidates(ranking, candidates, false);
    return { total: countAllowed(state, candidates, allowed), matching: candidates };
  }
  let postings = 0;
  for (const unit of units) postings += unit.ids.length;
  if (units.length > 1 && postings <= SMALL_QUERY_POSTINGS) {
    // Few postings in all: ranking every matching passage at once is cheaper than two passes.
    return { total: rankAccumulated(ranking), matching: null };
  }
  // Drive by the unit covering the fewest passages: every passage covered by all units is among them.
  let driver = 0;
  for (let u = 1; u < units.length; u += 1) if (coverOf(state, units[u]!).length < coverOf(state, units[driver]!).length) driver = u;
  rankCandidates(ranking, units.length === 1 ? units[0]!.ids : coverOf(state, units[driver]!), units.length > 1);
  if (ranking.top.size >= limit || units.length === 1) {
    return { total: countMatching(state, units, allowed ? allowedPassagesOf(state, allowed) : null), matching: null };
  }
  // Fewer than `limit` passages hold every word: rank all that hold some.
  ranking.top.clear();
  return { total: rankAccumulated(ranking), matching: null };
}

/** The hits of the ranked passages: snippets and highlights are made for these only. */
function buildHits(index: SearchIndex, state: QueryState, units: readonly CompiledUnit[], top: TopPassages): SearchHit[] {
  // Mark the query's highlight terms by term id (scratch flags, cleared below).
  const { highlightMarks, partMarks, passageDoc, passageSection } = state;
  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u]!;
    markTerms((unit.highlightIds ??= termIdsOf(index, unit.highlightTerms)), highlightMarks, 1);
    markTerms((unit.partIds ??= termIdsOf(index, unit.partTerms)), partMarks, 1);
  }
  const hits: SearchHit[] = [];
  const { passageStart, passageEnd } = index;
  for (let i = 0; i < top.size; i += 1) {
    const p = top.ids[i]!;
    const tokens = passageTokens(index, state, p);
    const section = passageSection[p]!;
    const document = index.documents[passageDoc[p]!]!;
    const start = passageStart.data[p]!;
    const end = passageEnd.data[p]!;
    let spans = highlightSpans(tokens, highlightMarks);
    if (spans.length === 0) spans = highlightSpans(tokens, partMarks);
    const snippet = makeSnippet(document.text.slice(start, end), spans);
    hits.push({
      docId: document.id,
      source: document.source,
      docTitle: document.title,
      sectionId: index.sectionIds[section]!,
      sectionTitle: index.sectionHeadings[section] ?? null,
      passageStart: start,
      passageEnd: end,
      snippet: snippet.text,
      highlights: snippet.highlights,
      matches: spans.map((span) => ({ start: span.start + start, end: span.end + start })),
      score: top.keys[i]!,
    });
  }
  for (let u = 0; u < units.length; u += 1) {
    markTerms(units[u]!.highlightIds!, highlightMarks, 0);
    markTerms(units[u]!.partIds!, partMarks, 0);
  }
  return hits;
}

/**
 * Facet counts ignore the filters and are built on first read, from the matching postings as of this search
 * (passages added later are left out). `union`: `lists` overlap and a passage counts once.
 */
function countsMaterializer(index: SearchIndex, state: QueryState, lists: readonly Ids[] | Ids, union: boolean): () => SearchCounts {
  const countAtSearch = state.count;
  const passageDoc = state.passageDoc;
  const documents = index.documents; // append-only, so positions stay valid
  const documentCount = documents.length;
  return () => {
    const all: readonly Ids[] = union ? (lists as readonly Ids[]) : [lists as Ids];
    const perDocument = new Int32Array(documentCount);
    const seen = all.length > 1 ? new Uint8Array(countAtSearch) : null;
    for (const ids of all) {
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

/** The result with `counts` as an enumerable property computed once on first read, so ranking does not pay for facets nobody reads. */
function withLazyCounts(hits: SearchHit[], total: number, correctedQuery: string | null, materialize: () => SearchCounts): SearchResult {
  let cached: SearchCounts | null = null;
  return {
    hits,
    total,
    correctedQuery,
    get counts(): SearchCounts {
      return (cached ??= materialize());
    },
  };
}
