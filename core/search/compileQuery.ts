// Why: a query word means more than its letters (stem, longer forms, compound parts, synonyms, a typo's correction); compiling it once against the index gives the passages and weights ranking reads.

import type { Token } from './dutchAnalyzer.js';
import { foldText } from './dutchAnalyzer.js';
import { EMPTY_IDS, intersectMin, maxWeightOf, scaled, unionAll, type Weighted } from './idLists.js';
import { nearestWord, prepareVocabulary, type PreparedVocabulary } from './nearestWord.js';
import { formatQuery, parseQuery, type ParsedQuery } from './parseQuery.js';
import type { CompiledUnit } from './compiledUnit.js';
import { MAX_UNITS, type QueryState } from './queryState.js';

export type { CompiledUnit } from './compiledUnit.js';
import { EXTENSION_WEIGHT, idfOf, PARTS_WEIGHT, PHRASE_WEIGHT, SYNONYM_WEIGHT, VARIANT_WEIGHT } from './scorePassages.js';
import type { QueryExpansion, QueryLexicon, LexiconEntry } from './queryLexicon.js';
import type { IndexField, SearchIndex } from './searchIndex.js';

/**
 * The thesaurus hook: given a folded query word ("lvb"), returns other words or phrases that mean the same
 * ("licht verstandelijke beperking"). A phrase matches a passage holding all of its words.
 */
export type SynonymExpander = (word: string) => readonly string[];

/** A term and the weight a match on it earns. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** A query's compiled units (required ones first, at most MAX_UNITS) and its corrected text. */
export interface CompiledQuery {
  units: CompiledUnit[];
  /** The first `requiredPhrases` units are quoted phrases and proper names every hit must hold. */
  requiredPhrases: number;
  correctedQuery: string | null;
  /** Synonyms and translations the query was widened with. */
  expansions: QueryExpansion[];
}

/** Options of {@link compileQuery}. */
export interface CompileOptions {
  /** A per-word synonym hook (used when no `lexicon` is given). */
  synonyms?: SynonymExpander;
  /** Synonym rings and English translations, multi-word expressions included. */
  lexicon?: QueryLexicon;
  /** The reader's UI language: with `en`, English expressions are translated even when their words are also Dutch. */
  language?: 'nl' | 'en';
  /** Correct query words the corpus does not know (default true). */
  correct?: boolean;
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

/**
 * A term and its family in the index: longer words it starts ("jeugd" → jeugdhulp) and inflectional
 * variants sharing all but two letters of a long prefix (technologie ↔ technologisch).
 */
export function termFamily(index: SearchIndex, term: string): WeightedTerm[] {
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

/** Whether a term occurs in a passage, heading or title. */
function termOccurs(index: SearchIndex, term: string): boolean {
  return index.termPassages(term) > 0 || index.postings('headings', term).length > 0 || index.postings('titles', term).length > 0;
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

/** One way a unit can match: every slot (a family of terms) must occur in the passage. */
interface Alternative {
  slots: WeightedTerm[][];
  weight: number;
  /** Whether the alternative stands for parts of the query word rather than the word itself. */
  parts?: boolean;
  /** For a phrase: its terms (ids + 1) and word offsets, verified on the body's word sequence. */
  phrase?: { terms: Int32Array; offsets: Int32Array };
}

function flagsOf(lists: readonly Weighted[], size: number): Uint8Array | null {
  if (lists.every((list) => list.ids.length === 0)) return null;
  const flags = new Uint8Array(size);
  for (const list of lists) for (let i = 0; i < list.ids.length; i += 1) flags[list.ids[i]!] = 1;
  return flags;
}

function compileAlternatives(index: SearchIndex, alternatives: readonly Alternative[]): CompiledUnit {
  const bodies: Weighted[] = [];
  const headings: Weighted[] = [];
  const titles: Weighted[] = [];
  const highlightTerms = new Set<string>();
  const partTerms = new Set<string>();
  for (const alternative of alternatives) {
    let body = alternativeMatches(index, 'body', alternative.slots, alternative.weight);
    if (alternative.phrase) body = verifiedPhrase(index, body, alternative.phrase);
    bodies.push(body);
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
    idf: idfOf(index.passageCount, body.ids.length),
    highlightTerms,
    partTerms,
    known: body.ids.length > 0 || sectionFlags !== null || documentFlags !== null,
    exact: alternatives.some((alternative) => !alternative.parts && alternative.slots.length === 1 && alternative.slots[0]!.some(({ term, weight }) => weight >= EXTENSION_WEIGHT && termOccurs(index, term))),
    maxWeight: maxWeightOf(body),
  };
}

/** The ids of `matches` whose passage holds the phrase word for word (weights kept). */
function verifiedPhrase(index: SearchIndex, matches: Weighted, phrase: { terms: Int32Array; offsets: Int32Array }): Weighted {
  if (phrase.terms.some((term) => term <= 0)) return { ids: EMPTY_IDS, weights: null, weight: 0 };
  const ids = new Int32Array(matches.ids.length);
  const weights = matches.weights ? new Float32Array(matches.ids.length) : null;
  let n = 0;
  for (let i = 0; i < matches.ids.length; i += 1) {
    if (!holdsPhrase(index, matches.ids[i]!, phrase.terms, phrase.offsets)) continue;
    ids[n] = matches.ids[i]!;
    if (weights) weights[n] = matches.weights![i]!;
    n += 1;
  }
  return { ids: ids.subarray(0, n), weights: weights ? weights.subarray(0, n) : null, weight: matches.weight };
}

/**
 * The ways one word can match, at `weight`: the word with its family, or (weaker when the word itself is a
 * term) all of its minimal compound parts. A proper name matches only itself.
 */
function wordAlternatives(index: SearchIndex, word: string, weight: number): Alternative[] {
  const tokens = index.analyzer.analyze(word);
  const whole = tokens.find((token) => token.role === 'word');
  if (whole && index.isName(foldText(word))) return [{ slots: [[{ term: whole.term, weight: 1 }]], weight }];
  const alternatives: Alternative[] = [];
  if (whole) alternatives.push({ slots: [termFamily(index, whole.term)], weight });
  const parts = minimalParts(tokens.filter((token) => token.role === 'part' && token.position === (whole?.position ?? token.position)));
  if (parts.length) alternatives.push({ slots: parts.map((part) => termFamily(index, part.term)), weight: whole ? weight * PARTS_WEIGHT : weight, parts: Boolean(whole) });
  return alternatives;
}

/** An expression as alternatives: one word as {@link wordAlternatives}, or a phrase of exact words in order. */
function expressionAlternatives(index: SearchIndex, expression: string, weight: number): Alternative[] {
  const words = index.analyzer.analyze(expression).filter((token) => token.role === 'word');
  if (words.length === 0) return [];
  if (words.length === 1) return wordAlternatives(index, expression, weight);
  const terms = Int32Array.from(words, (token) => (index.termIds.get(token.term) ?? -1) + 1);
  const offsets = Int32Array.from(words, (token) => token.position - words[0]!.position);
  return [{ slots: words.map((token) => [{ term: token.term, weight: 1 }]), weight, phrase: { terms, offsets } }];
}

/**
 * Compiles a run of query words the lexicon knows into one unit: the words themselves (all of them, anywhere in
 * the passage) or any of the expressions (a multi-word one as a phrase). "LVB" finds "licht verstandelijke
 * beperking" and the long form finds "LVB".
 */
export function compileConcept(index: SearchIndex, words: readonly string[], expressions: readonly string[]): CompiledUnit {
  const alternatives: Alternative[] = [];
  if (words.length === 1) alternatives.push(...wordAlternatives(index, words[0]!, 1));
  else {
    const own = index.analyzer.analyze(words.join(' ')).filter((token) => token.role === 'word');
    if (own.length) alternatives.push({ slots: own.map((token) => termFamily(index, token.term)), weight: 1 });
  }
  for (const expression of expressions) alternatives.push(...expressionAlternatives(index, expression, SYNONYM_WEIGHT));
  return compileAlternatives(index, alternatives);
}

/** Compiles a proper name: the exact word only (no longer forms, no variants, no compound parts). */
export function compileName(index: SearchIndex, word: string): CompiledUnit[] {
  const whole = index.analyzer.analyze(word).filter((token) => token.role === 'word');
  return whole.map((token) => compileAlternatives(index, [{ slots: [[{ term: token.term, weight: 1 }]], weight: 1 }]));
}

/** Compiles one loose query word; a word with several positions ("e.g.") gives several units. */
export function compileWord(index: SearchIndex, word: string, synonyms: SynonymExpander | undefined): CompiledUnit[] {
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
export function holdsPhrase(index: SearchIndex, passage: number, terms: Int32Array, offsets: Int32Array): boolean {
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
export function compilePhrase(index: SearchIndex, phrase: string): CompiledUnit | null {
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
    idf: idfOf(index.passageCount, ids.length),
    highlightTerms: new Set(words.map((token) => token.term)),
    partTerms: new Set(),
    known: ids.length > 0,
    exact: ids.length > 0,
    maxWeight: PHRASE_WEIGHT,
  };
}

/** A small number per expander or lexicon object, so cache keys tell them apart. */
function expanderKey(state: QueryState, synonyms: object | undefined): number {
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
  let units = state.caches.units.get(key);
  if (!units) {
    units = compile();
    // Size in ids: the postings, plus what ranking may add later (a passage bitset, and a cover list when fielded).
    let size = 1;
    for (const unit of units) size += unit.ids.length + (state.count >>> 5) + (unit.sectionFlags || unit.documentFlags ? state.count : 0);
    state.caches.units.set(key, units, { size });
  }
  return units;
}

/**
 * The vocabulary word nearest to an unknown query word, or null (cached per index). A word the reader
 * capitalized may be a name: it is only ever corrected into a name of the corpus, never into a common word.
 */
export function correctionFor(index: SearchIndex, state: QueryState, word: string): string | null {
  const folded = foldText(word);
  const capitalized = /^\p{Lu}/u.test(word);
  const key = capitalized ? `\u0001${folded}` : folded;
  let corrected = state.caches.corrections.get(key);
  if (corrected === undefined) {
    const vocabulary: PreparedVocabulary = capitalized
      ? (state.names ??= prepareVocabulary(namesVocabulary(index)))
      : (state.vocabulary ??= prepareVocabulary(index.analyzer.vocabulary));
    corrected = /\d/.test(folded) ? '' : (nearestWord(folded, vocabulary)?.word ?? '');
    state.caches.corrections.set(key, corrected);
  }
  return corrected || null;
}

/** The corpus's proper names with their frequencies. */
function* namesVocabulary(index: SearchIndex): Iterable<readonly [string, number]> {
  for (const [word, count] of index.analyzer.vocabulary) if (index.isName(word)) yield [word, count];
}

/** Whether a query word is Dutch as far as this corpus knows: the corpus (or the built-in lexicon) has it or its stem. */
function isDutch(index: SearchIndex, word: string): boolean {
  const pieces = foldText(word).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return pieces.length > 0 && pieces.every((piece) => index.analyzer.frequency(piece) > 0 || index.isName(piece));
}

/** The longest lexicon entry at `start` that applies: Dutch rings always, English ones in an English UI or when a word is not Dutch. */
function entryAt(index: SearchIndex, words: readonly string[], start: number, options: CompileOptions): LexiconEntry | null {
  if (!options.lexicon) return null;
  for (const entry of options.lexicon.at(words, start)) {
    if (entry.expressions.length === 0) continue;
    if (entry.language === 'nl' || options.language === 'en') return entry;
    for (let w = start; w < start + entry.length; w += 1) if (!isDutch(index, words[w]!)) return entry;
  }
  return null;
}

function replaceWord(query: string, word: string, replacement: string): string {
  const at = query.indexOf(word);
  return at < 0 ? query : query.slice(0, at) + replacement + query.slice(at + word.length);
}

/** {@link parseQuery}, remembered per index for recent query strings. Callers must not change the result. */
export function parsedQuery(state: QueryState, query: string): ParsedQuery {
  let parsed = state.caches.parsedQueries.get(query);
  if (!parsed) {
    parsed = parseQuery(query);
    state.caches.parsedQueries.set(query, parsed);
  }
  return parsed;
}

/**
 * Compiles the phrases and words of a query through the unit cache: runs of words the lexicon knows become one
 * unit with their synonyms or translations, proper names must match exactly, unknown words are corrected.
 */
export function compileQuery(index: SearchIndex, state: QueryState, parsed: ParsedQuery, text: string | null, options: CompileOptions): CompiledQuery {
  const synonymsKey = options.lexicon ? 0 : expanderKey(state, options.synonyms);
  const lexiconKey = expanderKey(state, options.lexicon);
  const required: CompiledUnit[] = [];
  const loose: CompiledUnit[] = [];
  const expansions: QueryExpansion[] = [];
  for (const phrase of parsed.phrases) {
    const compiled = cachedUnits(state, `\u0001${phrase}`, () => {
      const unit = compilePhrase(index, phrase);
      return unit ? [unit] : [];
    });
    for (const unit of compiled) required.push(unit);
  }
  let correctedText = text;
  let correctedWords: string[] | null = null;
  const words = parsed.words;
  for (let position = 0; position < words.length; ) {
    const entry = entryAt(index, words, position, options);
    if (entry) {
      const span = words.slice(position, position + entry.length);
      const from = span.join(' ');
      const compiled = cachedUnits(state, `\u0002${lexiconKey}\u0000${entry.language}\u0000${foldText(from)}`, () => [compileConcept(index, span, entry.expressions)]);
      loose.push(...compiled);
      expansions.push({ from, to: [...entry.expressions], language: entry.language });
      position += entry.length;
      continue;
    }
    const word = words[position]!;
    const folded = foldText(word);
    if (index.isName(folded)) {
      required.push(...cachedUnits(state, `\u0003${folded}`, () => compileName(index, word)));
      position += 1;
      continue;
    }
    let compiled = cachedUnits(state, unitKey(synonymsKey, word), () => compileWord(index, word, options.lexicon ? undefined : options.synonyms));
    if (options.correct !== false && compiled.length && compiled.every((unit) => !unit.exact)) {
      const replacement = correctionFor(index, state, word);
      if (replacement) {
        compiled = index.isName(replacement)
          ? cachedUnits(state, `\u0003${replacement}`, () => compileName(index, replacement))
          : cachedUnits(state, unitKey(synonymsKey, replacement), () => compileWord(index, replacement, options.lexicon ? undefined : options.synonyms));
        correctedWords ??= [...words];
        correctedWords[position] = replacement;
        if (correctedText !== null) correctedText = replaceWord(correctedText, word, replacement);
      }
    }
    loose.push(...compiled);
    position += 1;
  }
  const units = [...required, ...loose];
  if (units.length > MAX_UNITS) units.length = MAX_UNITS;
  const requiredPhrases = Math.min(required.length, MAX_UNITS);
  const correctedQuery = correctedWords ? (correctedText ?? formatQuery({ words: correctedWords, phrases: parsed.phrases })) : null;
  return { units, requiredPhrases, correctedQuery, expansions };
}
