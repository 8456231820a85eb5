// Why: indexing, querying, highlighting and theme tagging must agree on what a Dutch "word" is, so they share this one analyzer.

import * as snowballModule from 'snowball-stemmers';
import type { SnowballStemmer } from 'snowball-stemmers';
import { DUTCH_STOPWORDS } from './dutchStopwords.js';

/** One indexable term found in a text. Several tokens may share a position (a compound and its parts). */
export interface Token {
  /** The normalized key that indexing and querying compare: folded, stemmed. */
  term: string;
  /** The folded (lowercased, accent-stripped) text of `input.slice(start, end)`. */
  surface: string;
  /** UTF-16 offset of the first character in the analyzed input. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Index of the word in the input, counting stopwords too, so phrases can require adjacency. */
  position: number;
  /** `word` for the whole word; `part` for a hyphen part or compound part at the same position. */
  role: 'word' | 'part';
}

/** The analysis of one distinct raw word, cached and reused for every occurrence. */
interface WordAnalysis {
  /** Terms in emission order; the first one is the whole word when `hasWord`. */
  terms: string[];
  /** Offsets of each term's span relative to the raw word. */
  starts: number[];
  ends: number[];
  /** Parallel to `terms`: true for the whole-word term. */
  isWord: boolean[];
}

/** A compound part found by {@link DutchAnalyzer.splitCompound}. */
export interface CompoundPart {
  /** Offset of the part in the folded word, linking element included. */
  offset: number;
  /** Length of the part in the folded word, linking element included. */
  length: number;
  /** The part without its linking s/e/en ("uurs" → "uur"). */
  base: string;
  /** Whether the vocabulary (or the built-in lexicon) knows the part. */
  known: boolean;
}

/** Parts shorter than this (linking element included) are never split off: shorter ones are mostly noise. */
export const MIN_COMPOUND_PART = 4;

/** Words shorter than this are not tried as compounds. */
const MIN_COMPOUND_WORD = 2 * MIN_COMPOUND_PART;

/**
 * Frequent Dutch stems of the social domain that a five-page corpus may only use inside compounds
 * ("echt" in echtscheiding, "uur" in 24-uurszorg), so compound splitting can still recognise them.
 */
export const SEED_LEXICON: readonly string[] = [
  'zorg', 'hulp', 'jeugd', 'werk', 'leer', 'uur', 'dag', 'week', 'jaar', 'school', 'wijk', 'team', 'kracht', 'plaats',
  'recht', 'geld', 'schuld', 'gezin', 'ouder', 'kind', 'huis', 'buurt', 'sport', 'welzijn', 'echt', 'scheiding',
  'beleid', 'zelf', 'mantel', 'vrijwilliger', 'verlener', 'vrager', 'netwerk', 'gemeente', 'cultuur', 'onderzoek',
  'praktijk', 'samenwerking', 'proces', 'traject', 'project', 'programma', 'professional', 'ontwikkeling',
  'opleiding', 'onderwijs', 'vraag', 'gebied', 'land', 'stad', 'regio', 'beroep', 'dienst', 'verlening', 'vorm',
  'thema', 'lijn', 'plan', 'groep', 'client', 'burger', 'bewoner', 'kennis', 'armoede', 'landschap', 'stelsel',
  'wet', 'status', 'houder', 'gemeenschap', 'infrastructuur', 'academie', 'activiteit', 'partner', 'leven',
  'veld', 'taal', 'lectoraat', 'werkplaats', 'sociaal', 'domein', 'technologie', 'participatie', 'steun',
];

const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-\u2010\u2011'\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const COMBINING_MARKS = /\p{M}/gu;
const HYPHENS = /[-\u2010\u2011]/;
const APOSTROPHES = /['\u2019]/g;
const HAS_DIGIT = /\p{N}/u;

/** Lowercases and strips accents: "Creëren" → "creeren", "cliënten" → "clienten". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII (nothing from U+0080 up) needs no normalization.
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Folds `raw` and returns, for each folded index, the raw offset it came from (plus one entry for the end). */
function foldWithMap(raw: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of raw) {
    const part = foldText(char);
    for (let i = 0; i < part.length; i += 1) map.push(index);
    folded += part;
    index += char.length;
  }
  map.push(raw.length);
  return { folded, map };
}

function loadStemmer(): SnowballStemmer {
  // The package is UMD: Node exposes it as the default export, bundlers as named exports.
  const candidate = snowballModule as unknown as { newStemmer?: typeof snowballModule.newStemmer; default?: { newStemmer: typeof snowballModule.newStemmer } };
  const factory = candidate.newStemmer ?? candidate.default?.newStemmer;
  if (!factory) throw new Error('snowball-stemmers did not load');
  return factory('dutch');
}

let stemmer: SnowballStemmer | null = null;
const stemCache = new Map<string, string>();

/** Snowball Dutch stem of an already folded word ("mantelzorgers" → "mantelzorger"); digits pass through. */
export function stemDutch(folded: string): string {
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  stemmer ??= loadStemmer();
  const stem = HAS_DIGIT.test(folded) ? folded : stemmer.stem(folded);
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(folded, stem);
  return stem;
}

/** Whether a folded word is a Dutch stopword (not indexed, still counted for positions). */
export function isStopword(folded: string): boolean {
  return DUTCH_STOPWORDS.has(folded);
}

/** Removes apostrophes, dropping a genitive/plural "'s" ("regio’s" → "regio", "z’n" → "zn"). */
function stripApostrophes(folded: string): string {
  if (folded.length > 3 && /['\u2019]s$/.test(folded)) folded = folded.slice(0, -2);
  return folded.replace(APOSTROPHES, '');
}

/**
 * The Dutch analyzer: tokenizes, folds, drops stopwords, stems and splits compounds against a vocabulary
 * of corpus words. Create one per corpus; analyses are cached per distinct word.
 */
export class DutchAnalyzer {
  /** Folded corpus words and how often they occur. */
  readonly vocabulary = new Map<string, number>();
  /** Stems of the vocabulary words with summed frequencies. */
  private readonly stemFrequency = new Map<string, number>();
  private readonly wordCache = new Map<string, WordAnalysis>();
  private readonly splitCache = new Map<string, CompoundPart[] | null>();
  /** Per raw word: the folded vocabulary words it counts as (learning only). */
  private readonly pieceCache = new Map<string, string[]>();
  private readonly seed: ReadonlySet<string>;

  /** @param vocabulary folded words with frequencies, e.g. from a previous {@link DutchAnalyzer.vocabulary}. */
  constructor(vocabulary?: Iterable<readonly [string, number]>) {
    this.seed = new Set(SEED_LEXICON.map((word) => stemDutch(word)));
    if (vocabulary) for (const [word, count] of vocabulary) this.addWord(word, count);
  }

  /** Counts the words of `text` into the vocabulary; returns whether any new word was seen. */
  learn(text: string): boolean {
    // Count raw words first: folding and stemming then run once per distinct word, not per occurrence.
    const rawCounts = new Map<string, number>();
    for (const match of text.matchAll(WORD_PATTERN)) rawCounts.set(match[0], (rawCounts.get(match[0]) ?? 0) + 1);
    let added = false;
    for (const [raw, count] of rawCounts) {
      let pieces = this.pieceCache.get(raw);
      if (!pieces) {
        const folded = stripApostrophes(foldText(raw));
        const all = HYPHENS.test(folded) ? [folded.replace(/[-\u2010\u2011]/g, ''), ...folded.split(/[-\u2010\u2011]/)] : [folded];
        pieces = all.filter((piece) => piece.length >= 2 && !DUTCH_STOPWORDS.has(piece));
        if (this.pieceCache.size > 100_000) this.pieceCache.clear();
        this.pieceCache.set(raw, pieces);
      }
      for (const piece of pieces) if (this.addWord(piece, count)) added = true;
    }
    if (added) {
      this.wordCache.clear();
      this.splitCache.clear();
    }
    return added;
  }

  private addWord(word: string, count: number): boolean {
    const previous = this.vocabulary.get(word);
    this.vocabulary.set(word, (previous ?? 0) + count);
    const stem = stemDutch(word);
    this.stemFrequency.set(stem, (this.stemFrequency.get(stem) ?? 0) + count);
    return previous === undefined;
  }

  /** How often a folded word (or another word with its stem) occurs; seed-lexicon words count once. */
  frequency(folded: string): number {
    if (folded.length < 3) return 0;
    const direct = this.vocabulary.get(folded) ?? 0;
    const stem = stemDutch(folded);
    const byStem = this.stemFrequency.get(stem) ?? 0;
    const seeded = this.seed.has(stem) ? 1 : 0;
    return Math.max(direct, byStem, seeded);
  }

  /**
   * Splits a folded compound into parts the vocabulary knows, honouring linking s/e/en
   * ("uurszorg" → uur(s) + zorg). Returns null when no split is plausible.
   */
  splitCompound(folded: string): CompoundPart[] | null {
    if (folded.length < MIN_COMPOUND_WORD || HAS_DIGIT.test(folded)) return null;
    const cached = this.splitCache.get(folded);
    if (cached !== undefined) return cached;
    const best = this.bestSplit(folded, 0, 0);
    const parts = best ? best.parts : null;
    if (this.splitCache.size > 100_000) this.splitCache.clear();
    this.splitCache.set(folded, parts);
    return parts;
  }

  private bestSplit(word: string, offset: number, depth: number): { parts: CompoundPart[]; score: number } | null {
    if (depth > 3) return null;
    const rest = word.slice(offset);
    let best: { parts: CompoundPart[]; score: number } | null = null;
    for (let cut = MIN_COMPOUND_PART; cut <= rest.length - MIN_COMPOUND_PART; cut += 1) {
      const head = rest.slice(0, cut);
      const tail = rest.slice(cut);
      const bases = [head];
      if (head.endsWith('en') && head.length - 2 >= 3) bases.push(head.slice(0, -2));
      if ((head.endsWith('s') || head.endsWith('e')) && head.length - 1 >= 3) bases.push(head.slice(0, -1));
      let headBase = '';
      let headFrequency = 0;
      for (const base of bases) {
        const frequency = this.frequency(base);
        if (frequency > headFrequency) {
          headFrequency = frequency;
          headBase = base;
        }
      }
      const headPart: CompoundPart = { offset: offset + 0, length: cut, base: headBase || head, known: headFrequency > 0 };
      const tailFrequency = this.frequency(tail);
      // Whole tail known: the usual two-part compound. An unknown modifier is allowed before a long known head word.
      if (tailFrequency > 0 && (headFrequency > 0 || tail.length >= 6)) {
        const score = Math.sqrt(Math.max(headFrequency, 0.1) * tailFrequency);
        if (!best || score > best.score) {
          best = { parts: [headPart, { offset: offset + cut, length: tail.length, base: tail, known: true }], score };
        }
      }
      if (headFrequency > 0 && tail.length >= MIN_COMPOUND_WORD) {
        const deeper = this.bestSplit(word, offset + cut, depth + 1);
        if (deeper) {
          const count = deeper.parts.length + 1;
          const score = Math.pow(headFrequency * Math.pow(deeper.score, deeper.parts.length), 1 / count);
          if (!best || score > best.score) best = { parts: [headPart, ...deeper.parts], score };
        }
      }
    }
    return best;
  }

  /** Analyses one folded word without hyphens (cached): its stem and its compound parts. */
  private analyzeSimple(folded: string, rawOffset: number, map: number[] | null, into: WordAnalysis, asWord: boolean): void {
    const span = (from: number, to: number): [number, number] => (map ? [map[from]!, map[to]!] : [from, to]);
    if (folded.length >= 2 && !DUTCH_STOPWORDS.has(folded)) {
      const [start, end] = span(rawOffset, rawOffset + folded.length);
      into.terms.push(stemDutch(folded));
      into.starts.push(start);
      into.ends.push(end);
      into.isWord.push(asWord);
    }
    const parts = this.splitCompound(folded);
    if (!parts) return;
    // Every run of adjacent parts is a term too: jeugd|hulp|verleners → jeugd, hulp, verleners, jeugdhulp, hulpverleners.
    const limit = Math.min(parts.length, 4);
    for (let first = 0; first < limit; first += 1) {
      for (let last = first; last < limit; last += 1) {
        if (first === 0 && last === parts.length - 1) continue;
        const firstPart = parts[first]!;
        const lastPart = parts[last]!;
        if (first === last && !firstPart.known) continue;
        const isFinal = last === parts.length - 1;
        const text = folded.slice(firstPart.offset, lastPart.offset) + (isFinal ? folded.slice(lastPart.offset) : lastPart.base);
        if (text.length < 3 || DUTCH_STOPWORDS.has(text)) continue;
        const [start, end] = span(rawOffset + firstPart.offset, rawOffset + lastPart.offset + lastPart.length);
        into.terms.push(stemDutch(text));
        into.starts.push(start);
        into.ends.push(end);
        into.isWord.push(false);
      }
    }
  }

  /** Analyses one raw word as matched by the tokenizer (cached per distinct raw string). */
  private analyzeRaw(raw: string): WordAnalysis {
    const cached = this.wordCache.get(raw);
    if (cached) return cached;
    const result: WordAnalysis = { terms: [], starts: [], ends: [], isWord: [] };
    const { folded: foldedRaw, map } = foldWithMap(raw);
    const plain = foldedRaw.length === raw.length && map.every((value, index) => value === index);
    const apostrophe = /['\u2019]/.test(foldedRaw);
    if (!HYPHENS.test(foldedRaw) && !apostrophe) {
      this.analyzeSimple(foldedRaw, 0, plain ? null : map, result, true);
    } else {
      const stripped = stripApostrophes(foldedRaw);
      const segments = [...foldedRaw.matchAll(/[^-\u2010\u2011]+/g)];
      const joined = stripped.replace(/[-\u2010\u2011]/g, '');
      if (joined.length >= 2 && !DUTCH_STOPWORDS.has(joined)) {
        result.terms.push(stemDutch(joined));
        result.starts.push(0);
        result.ends.push(raw.length);
        result.isWord.push(true);
      }
      if (segments.length > 1) {
        for (const segment of segments) {
          const text = stripApostrophes(segment[0]);
          if (text.includes("'") || text.includes('\u2019')) continue;
          this.analyzeSimple(text, segment.index, map, result, false);
        }
      } else if (!DUTCH_STOPWORDS.has(joined)) {
        const parts = this.splitCompound(joined);
        if (parts) {
          const sub: WordAnalysis = { terms: [], starts: [], ends: [], isWord: [] };
          this.analyzeSimple(joined, 0, null, sub, false);
          for (let i = 0; i < sub.terms.length; i += 1) {
            if (sub.terms[i] === result.terms[0]) continue;
            result.terms.push(sub.terms[i]!);
            result.starts.push(0);
            result.ends.push(raw.length);
            result.isWord.push(false);
          }
        }
      }
    }
    // Drop duplicate terms at the same position (keep the first, which is the widest role).
    const seen = new Set<string>();
    const deduped: WordAnalysis = { terms: [], starts: [], ends: [], isWord: [] };
    for (let i = 0; i < result.terms.length; i += 1) {
      const term = result.terms[i]!;
      if (seen.has(term)) continue;
      seen.add(term);
      deduped.terms.push(term);
      deduped.starts.push(result.starts[i]!);
      deduped.ends.push(result.ends[i]!);
      deduped.isWord.push(result.isWord[i]!);
    }
    if (this.wordCache.size > 100_000) this.wordCache.clear();
    this.wordCache.set(raw, deduped);
    return deduped;
  }

  /** Tokens of `text` with offsets into it: the whole words and, at the same positions, their parts. */
  analyze(text: string): Token[] {
    const tokens: Token[] = [];
    let position = 0;
    for (const match of text.matchAll(WORD_PATTERN)) {
      const raw = match[0];
      const offset = match.index;
      const analysis = this.analyzeRaw(raw);
      for (let i = 0; i < analysis.terms.length; i += 1) {
        const start = offset + analysis.starts[i]!;
        const end = offset + analysis.ends[i]!;
        tokens.push({
          term: analysis.terms[i]!,
          surface: foldText(text.slice(start, end)),
          start,
          end,
          position,
          role: analysis.isWord[i] ? 'word' : 'part',
        });
      }
      position += 1;
    }
    return tokens;
  }

  /**
   * Like {@link DutchAnalyzer.analyze} without building token objects: calls `visit` for every term with its
   * offsets in `text`, its position and whether it is the whole word (which comes first at its position).
   */
  forEachSpan(text: string, visit: (term: string, start: number, end: number, position: number, isWord: boolean) => void): void {
    let position = 0;
    for (const match of text.matchAll(WORD_PATTERN)) {
      const offset = match.index;
      const analysis = this.analyzeRaw(match[0]);
      for (let i = 0; i < analysis.terms.length; i += 1) {
        visit(analysis.terms[i]!, offset + analysis.starts[i]!, offset + analysis.ends[i]!, position, analysis.isWord[i]!);
      }
      position += 1;
    }
  }

  /**
   * The fast path for indexing: calls `visit` for every term with its position and whether it is a whole word,
   * without building token objects.
   */
  forEachTerm(text: string, visit: (term: string, position: number, isWord: boolean) => void): void {
    let position = 0;
    for (const match of text.matchAll(WORD_PATTERN)) {
      const analysis = this.analyzeRaw(match[0]);
      for (let i = 0; i < analysis.terms.length; i += 1) visit(analysis.terms[i]!, position, analysis.isWord[i]!);
      position += 1;
    }
  }
}

let defaultAnalyzer: DutchAnalyzer | null = null;

/** Analyses `text` with a shared analyzer that knows only the built-in lexicon (no corpus vocabulary). */
export function analyze(text: string): Token[] {
  defaultAnalyzer ??= new DutchAnalyzer();
  return defaultAnalyzer.analyze(text);
}
