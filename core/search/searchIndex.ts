// Why: search must answer from passages (paragraphs, quotes, list items) with exact offsets, load prebuilt from the bundle, and grow by one document cheaply.

import { Index } from 'flexsearch';
import type { CorpusDocument } from '../corpus/types.js';
import { DutchAnalyzer, foldText } from './dutchAnalyzer.js';
import { packInts, unpackInts } from './packedInts.js';
import type { QueryState } from './queryState.js';

/** The parts of a corpus document the index reads. */
export type IndexableDocument = Pick<CorpusDocument, 'id' | 'source' | 'title' | 'region' | 'kind' | 'sections' | 'text'>;

/** One searchable unit of text: a paragraph, quote or list item, with where it lives. */
export interface Passage {
  docId: string;
  sectionId: string;
  /** The section heading, or null for the lead. */
  sectionTitle: string | null;
  docTitle: string;
  /** Offsets into the document's canonical `text`. */
  start: number;
  end: number;
}

/** The three FlexSearch indexes the search index is made of: passage bodies, section headings, document titles. */
export type IndexField = 'body' | 'headings' | 'titles';

const FIELDS: readonly IndexField[] = ['body', 'headings', 'titles'];

/** Bumped whenever the analyzer or the stored shape changes, so stale bundles are rebuilt instead of misread. */
export const SEARCH_INDEX_FORMAT = 'werkplaats-search/3';

/** Integers packed by {@link packInts}: base64 LEB128 varints, delta-encoded where noted. */
export type PackedInts = string;

/**
 * The JSON-serializable form of a search index, stored in the corpus bundle.
 * Document texts are not repeated: {@link importIndex} takes the bundle's documents.
 */
export interface ExportedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  /** Document ids in index order. */
  documents: string[];
  /** Per section (index order): its document's position in `documents` (delta), its id and heading. */
  sections: { count: number; document: PackedInts; id: string[]; heading: (string | null)[] };
  /**
   * Per passage: its section's position (delta), its start offset in the document text (delta), its length,
   * and its word count (positions, stopwords included, up to the last indexed word).
   */
  passages: { count: number; section: PackedInts; start: PackedInts; length: PackedInts; words: PackedInts };
  /**
   * Per passage, per word position: 1 + the position in `terms` of the whole word's term, or 0 where no whole
   * word is indexed (stopwords). `passages.words` entries per passage, passage after passage. Verifies phrases.
   */
  sequence: { count: number; terms: PackedInts };
  /**
   * Per word position (as `sequence`): the whole word's offset from its passage's start and its length, so hits are
   * highlighted without analyzing their text again.
   */
  words: { start: PackedInts; length: PackedInts };
  /** Compound parts of whole-word terms, flattened: term id, number of parts, the parts' term ids; `count` entries. */
  parts: { count: number; ids: PackedInts };
  /** Folded corpus words with frequencies: the analyzer's vocabulary for compounds and typo correction. */
  vocabulary: { words: string[]; counts: PackedInts };
  /** Indexed body terms (term ids are positions here) with the number of passages holding them. */
  terms: { term: string[]; passages: PackedInts };
  /** Folded words the corpus writes only capitalized outside sentence starts: proper names, matched exactly and never corrected. */
  names: string[];
  /** FlexSearch `export()` chunks per field, key → data. */
  flex: Record<IndexField, Record<string, string>>;
}

function newFlexIndex(): Index {
  // Terms arrive pre-analyzed and space-separated, so FlexSearch's own encoder must leave them alone.
  // One resolution slot and no fast-update register: postings stay one ascending id array per term.
  return new Index({ tokenize: 'strict', resolution: 1, fastupdate: false, encode: (text: string) => text.split(' ') });
}

/** A growable Int32Array. */
class IntColumn {
  data: Int32Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length] = value;
    this.length += 1;
  }
  /** Appends many values at once. */
  append(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values as ArrayLike<number>, this.length);
    this.length += values.length;
  }
  private grow(minimum: number): void {
    const grown = new Int32Array(Math.max(minimum, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
  get(index: number): number {
    return this.data[index]!;
  }
  /** The used part (a view: valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}

/** A growable column of term ids: 16 bits a value while the dictionary fits, 32 bits after. */
class TermColumn {
  data: Uint16Array | Uint32Array = new Uint16Array(1024);
  length = 0;
  push(value: number): void {
    if (value > 0xffff && this.data instanceof Uint16Array) this.data = Uint32Array.from(this.data);
    if (this.length === this.data.length) {
      const grown = this.data instanceof Uint16Array ? new Uint16Array(this.length * 2) : new Uint32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
  set(index: number, value: number): void {
    if (value > 0xffff && this.data instanceof Uint16Array) this.data = Uint32Array.from(this.data);
    this.data[index] = value;
  }
  view(): Uint16Array | Uint32Array {
    return this.data.subarray(0, this.length);
  }
  /** Replaces the contents (used by import). */
  assign(values: Int32Array): void {
    let maximum = 0;
    for (let i = 0; i < values.length; i += 1) if (values[i]! > maximum) maximum = values[i]!;
    this.data = maximum > 0xffff ? new Uint32Array(Math.max(1024, values.length)) : new Uint16Array(Math.max(1024, values.length));
    this.data.set(values);
    this.length = values.length;
  }
}

const NO_POSTINGS: readonly number[] = Object.freeze([]) as readonly number[];

/**
 * A passage index over corpus documents: FlexSearch holds the postings (body terms, section headings,
 * document titles); typed arrays hold where each passage is and, per word position, its whole-word term
 * (for phrases, verified positionally on candidate passages only).
 */
export class SearchIndex {
  /** The analyzer shared by indexing and querying; its vocabulary is part of the index. */
  readonly analyzer: DutchAnalyzer;
  /** Documents in index order. */
  readonly documents: IndexableDocument[] = [];
  private readonly documentIndex = new Map<string, number>();
  /** Per section: document position, id, heading. */
  readonly sectionDocument = new IntColumn();
  readonly sectionIds: string[] = [];
  readonly sectionHeadings: (string | null)[] = [];
  /** Per passage: section position, start and end offsets, number of word positions, start in `sequence`. */
  readonly passageSection = new IntColumn(256);
  readonly passageStart = new IntColumn(256);
  readonly passageEnd = new IntColumn(256);
  readonly passageWords = new IntColumn(256);
  readonly passageSequence = new IntColumn(256);
  /** Per passage word position: 1 + whole-word term id, or 0. */
  readonly sequence = new TermColumn();
  /** Per passage word position: the whole word's offset from the passage start, and its length (0 for stopwords). */
  readonly wordStart = new TermColumn();
  readonly wordLength = new TermColumn();
  /** Per whole-word term id: the term ids of its compound parts (only for words that have parts). */
  readonly termParts = new Map<number, Int32Array>();
  /** Body terms → term id; per term id: the term and how many passages hold it. */
  readonly termIds = new Map<string, number>();
  readonly termList: string[] = [];
  readonly termFrequency = new IntColumn(1024);
  /** Per term id: 1 + the last passage that counted it (indexing scratch). */
  private readonly termStamp = new IntColumn(1024);
  private readonly flex: Record<IndexField, Index>;
  private sortedTerms: string[] | null = null;
  /** Per folded word: how often it is written capitalized (outside sentence starts) and lowercase. */
  private readonly capitalization = new Map<string, { upper: number; lower: number }>();
  private nameSet: Set<string> | null = null;
  private totalWords = 0;
  /** Bumped on every change, so query caches can tell they are stale. */
  revision = 0;
  /** Query-time arrays, scratch and caches of this index (see `queryStateOf`); owned here so two indexes never share them. */
  queryState: QueryState | null = null;

  /** Use {@link buildSearchIndex} or {@link importIndex}. */
  constructor(analyzer: DutchAnalyzer, flex?: Record<IndexField, Index>) {
    this.analyzer = analyzer;
    this.flex = flex ?? { body: newFlexIndex(), headings: newFlexIndex(), titles: newFlexIndex() };
  }

  /** Number of passages. */
  get passageCount(): number {
    return this.passageSection.length;
  }

  /** Mean number of words per passage, for length normalization. */
  get averageWords(): number {
    return this.passageCount ? this.totalWords / this.passageCount : 1;
  }

  /** Position of a passage's document in {@link SearchIndex.documents}. */
  passageDocument(passage: number): number {
    return this.sectionDocument.get(this.passageSection.get(passage));
  }

  /** Where a passage lives, as a plain object. */
  passage(passage: number): Passage {
    const section = this.passageSection.get(passage);
    const document = this.documents[this.sectionDocument.get(section)]!;
    return {
      docId: document.id,
      sectionId: this.sectionIds[section]!,
      sectionTitle: this.sectionHeadings[section] ?? null,
      docTitle: document.title,
      start: this.passageStart.get(passage),
      end: this.passageEnd.get(passage),
    };
  }

  /** The text of a passage. */
  passageText(passage: number): string {
    return this.documents[this.passageDocument(passage)]!.text.slice(this.passageStart.get(passage), this.passageEnd.get(passage));
  }

  /** Position of a document by id, or undefined. */
  documentPosition(id: string): number | undefined {
    return this.documentIndex.get(id);
  }

  /** Number of passages holding a body term (0 when unknown). */
  termPassages(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.termFrequency.get(id);
  }

  /** Whether a folded word is a proper name in this corpus (written only capitalized, outside sentence starts). */
  isName(folded: string): boolean {
    this.nameSet ??= new Set(namesOf(this.capitalization));
    return this.nameSet.has(folded);
  }

  /** All indexed body terms, sorted, for prefix lookups. */
  terms(): string[] {
    this.sortedTerms ??= [...this.termList].sort();
    return this.sortedTerms;
  }

  /**
   * Ids holding `term` in `field`, ascending: passages for body, sections for headings, documents for titles.
   * This is FlexSearch's own posting array: read it, never change it.
   */
  postings(field: IndexField, term: string): readonly number[] {
    if (field === 'body' && !this.termIds.has(term)) return NO_POSTINGS;
    const ids = this.flex[field].search(term, { limit: 1 << 30 }) as number[];
    return ids.length ? ids : NO_POSTINGS;
  }

  /** Adds a document's passages, heading and title to the index; its words join the analyzer's vocabulary. */
  addDocument(document: IndexableDocument): void {
    if (this.documentIndex.has(document.id)) throw new Error(`document ${document.id} is already indexed`);
    this.analyzer.learn(documentText(document));
    this.indexDocument(document);
  }

  /** Adds many documents: learns all their words first, so compounds are split against the whole vocabulary. */
  addDocuments(documents: readonly IndexableDocument[]): void {
    for (const document of documents) {
      if (this.documentIndex.has(document.id)) throw new Error(`document ${document.id} is already indexed`);
      this.analyzer.learn(documentText(document));
    }
    for (const document of documents) this.indexDocument(document);
  }

  private indexDocument(document: IndexableDocument): void {
    const position = this.documents.length;
    this.documents.push(document);
    this.documentIndex.set(document.id, position);
    countCapitalization(document.text, this.capitalization);
    this.nameSet = null;
    const title = this.termsOf(document.title);
    if (title) this.flex.titles.add(position, title);
    const spans: { section: number; start: number; end: number }[] = [];
    for (const section of document.sections) {
      const sectionPosition = this.sectionIds.length;
      this.sectionIds.push(section.id);
      this.sectionHeadings.push(section.heading);
      this.sectionDocument.push(position);
      if (section.heading) {
        const heading = this.termsOf(section.heading);
        if (heading) this.flex.headings.add(sectionPosition, heading);
      }
      for (const block of section.blocks) {
        if (block.type === 'list') for (const item of block.items) spans.push({ section: sectionPosition, start: item.start, end: item.end });
        else spans.push({ section: sectionPosition, start: block.start, end: block.end });
      }
    }
    const repeated = repeatedPassages(spans.map(({ start, end }) => document.text.slice(start, end)));
    spans.forEach(({ section, start, end }, i) => this.indexPassage(document, section, start, end, repeated[i]!));
    this.revision += 1;
  }

  /** Distinct terms of a text, space-separated. */
  private termsOf(text: string): string {
    const terms = new Set<string>();
    this.analyzer.forEachTerm(text, (term) => terms.add(term));
    return [...terms].join(' ');
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termIds.set(term, id);
      this.termList.push(term);
      this.termFrequency.push(0);
      this.termStamp.push(0);
      this.sortedTerms = null;
    }
    return id;
  }

  private addPart(whole: number, part: number): void {
    const known = this.termParts.get(whole);
    if (known?.includes(part)) return;
    const parts = new Int32Array((known?.length ?? 0) + 1);
    if (known) parts.set(known);
    parts[parts.length - 1] = part;
    this.termParts.set(whole, parts);
  }

  private indexPassage(document: IndexableDocument, section: number, start: number, end: number, repeated: boolean): void {
    const passage = this.passageSection.length;
    if (repeated) {
      // Kept for offsets and reading order, but never a hit: the passage that holds the same sentences stands for it.
      this.passageSection.push(section);
      this.passageStart.push(start);
      this.passageEnd.push(end);
      this.passageWords.push(0);
      this.passageSequence.push(this.sequence.length);
      return;
    }
    const stamp = passage + 1;
    const sequenceStart = this.sequence.length;
    const distinct: string[] = [];
    let words = 0;
    let wholeAt = -1;
    let whole = -1;
    this.analyzer.forEachSpan(document.text.slice(start, end), (term, from, to, position, isWord) => {
      const id = this.termId(term);
      if (this.termStamp.data[id] !== stamp) {
        this.termStamp.data[id] = stamp;
        this.termFrequency.data[id]! += 1;
        distinct.push(term);
      }
      while (this.sequence.length - sequenceStart <= position) {
        this.sequence.push(0);
        this.wordStart.push(0);
        this.wordLength.push(0);
      }
      if (isWord) {
        this.sequence.set(sequenceStart + position, id + 1);
        this.wordStart.set(sequenceStart + position, from);
        this.wordLength.set(sequenceStart + position, to - from);
        wholeAt = position;
        whole = id;
      } else if (wholeAt === position && id !== whole) {
        this.addPart(whole, id);
      }
      words = position + 1;
    });
    this.passageSection.push(section);
    this.passageStart.push(start);
    this.passageEnd.push(end);
    this.passageWords.push(words);
    this.passageSequence.push(sequenceStart);
    this.totalWords += words;
    if (distinct.length) this.flex.body.add(passage, distinct.join(' '));
  }

  /** The index as a JSON-serializable object (see {@link ExportedSearchIndex}). */
  export(): ExportedSearchIndex {
    const flex = {} as Record<IndexField, Record<string, string>>;
    for (const field of FIELDS) {
      const chunks: Record<string, string> = {};
      void this.flex[field].export((key: string, data: string) => {
        chunks[key] = data;
      });
      flex[field] = chunks;
    }
    const words = [...this.analyzer.vocabulary.keys()];
    const flatParts: number[] = [];
    for (const [whole, parts] of this.termParts) flatParts.push(whole, parts.length, ...parts);
    const count = this.passageCount;
    const lengths = new Int32Array(count);
    for (let p = 0; p < count; p += 1) lengths[p] = this.passageEnd.get(p) - this.passageStart.get(p);
    return {
      format: SEARCH_INDEX_FORMAT,
      documents: this.documents.map((document) => document.id),
      sections: { count: this.sectionIds.length, document: packInts(this.sectionDocument.view(), true), id: [...this.sectionIds], heading: [...this.sectionHeadings] },
      passages: {
        count,
        section: packInts(this.passageSection.view(), true),
        start: packInts(this.passageStart.view(), true),
        length: packInts(lengths),
        words: packInts(this.passageWords.view()),
      },
      sequence: { count: this.sequence.length, terms: packInts(this.sequence.view()) },
      words: { start: packInts(this.wordStart.view()), length: packInts(this.wordLength.view()) },
      parts: { count: flatParts.length, ids: packInts(flatParts) },
      vocabulary: { words, counts: packInts(words.map((word) => this.analyzer.vocabulary.get(word)!)) },
      terms: { term: [...this.termList], passages: packInts(this.termFrequency.view()) },
      names: [...namesOf(this.capitalization)],
      flex,
    };
  }

  /** Restores an index exported by {@link SearchIndex.export}; `documents` must contain every exported id. */
  static import(data: ExportedSearchIndex, documents: readonly IndexableDocument[]): SearchIndex {
    if (data.format !== SEARCH_INDEX_FORMAT) throw new Error(`unsupported search index format ${String(data.format)}`);
    const counts = unpackInts(data.vocabulary.counts, data.vocabulary.words.length);
    const vocabulary = data.vocabulary.words.map((word, i) => [word, counts[i]!] as const);
    const flex = { body: newFlexIndex(), headings: newFlexIndex(), titles: newFlexIndex() };
    for (const field of FIELDS) for (const [key, chunk] of Object.entries(data.flex[field])) flex[field].import(key, chunk);
    const index = new SearchIndex(new DutchAnalyzer(vocabulary), flex);
    const byId = new Map(documents.map((document) => [document.id, document]));
    for (const id of data.documents) {
      const document = byId.get(id);
      if (!document) throw new Error(`search index refers to missing document ${id}`);
      index.documentIndex.set(id, index.documents.length);
      index.documents.push(document);
    }
    index.sectionDocument.append(unpackInts(data.sections.document, data.sections.count, true));
    for (let i = 0; i < data.sections.count; i += 1) {
      index.sectionIds.push(data.sections.id[i]!);
      index.sectionHeadings.push(data.sections.heading[i] ?? null);
    }
    const { count } = data.passages;
    const start = unpackInts(data.passages.start, count, true);
    const length = unpackInts(data.passages.length, count);
    const words = unpackInts(data.passages.words, count);
    index.passageSection.append(unpackInts(data.passages.section, count, true));
    index.passageStart.append(start);
    index.passageWords.append(words);
    let at = 0;
    for (let p = 0; p < count; p += 1) {
      index.passageEnd.push(start[p]! + length[p]!);
      index.passageSequence.push(at);
      at += words[p]!;
      index.totalWords += words[p]!;
    }
    index.sequence.assign(unpackInts(data.sequence.terms, data.sequence.count));
    index.wordStart.assign(unpackInts(data.words.start, data.sequence.count));
    index.wordLength.assign(unpackInts(data.words.length, data.sequence.count));
    const parts = unpackInts(data.parts.ids, data.parts.count);
    for (let i = 0; i < parts.length; i += 2 + parts[i + 1]!) index.termParts.set(parts[i]!, parts.slice(i + 2, i + 2 + parts[i + 1]!));
    for (const name of data.names) index.capitalization.set(name, { upper: 1, lower: 0 });
    const frequency = unpackInts(data.terms.passages, data.terms.term.length);
    for (let i = 0; i < data.terms.term.length; i += 1) {
      index.termIds.set(data.terms.term[i]!, i);
      index.termList.push(data.terms.term[i]!);
      index.termFrequency.push(frequency[i]!);
      index.termStamp.push(0);
    }
    return index;
  }
}

/** Passages shorter than this are never treated as repeats (short list items legitimately recur). */
const MIN_REPEATED_LENGTH = 40;

/**
 * Per passage of one document: whether another passage already says all of it (the same text, or a longer
 * passage beginning or ending with it, such as a theme list item that repeats a section's paragraph). Of equal texts the
 * first stands for the others; a passage contained in a longer one is left to the longer one.
 */
export function repeatedPassages(texts: readonly string[]): boolean[] {
  const keys = texts.map((text) => foldText(text).replace(/\s+/g, ' ').trim());
  return keys.map((key, i) => {
    if (key.length < MIN_REPEATED_LENGTH) return false;
    // A repeated paragraph sits at the start or the end of the passage that repeats it (a list item "Title. Text").
    return keys.some((other, j) => j !== i && (other.length > key.length ? other.startsWith(key) || other.endsWith(key) : other === key && j < i));
  });
}

const CAPITALIZED_WORD = /[\p{L}][\p{L}\p{M}]*/gu;
/** Characters that may stand between a sentence end and the next word. */
const OPENERS = new Set([' ', '\t', '"', "'", '‘', '’', '“', '”', '(', '[', '–', '—', '-', '•', '*']);
/** Characters that end a sentence or a line. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '…', '\n']);

/** Whether the word at `at` starts a sentence, a line or the text, so its capital says nothing. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.has(text[i]!)) i -= 1;
  if (i < 0 || SENTENCE_ENDS.has(text[i]!)) return true;
  // A numbered list item: "2. Samenwerking".
  while (i >= 0 && text[i]! >= '0' && text[i]! <= '9') i -= 1;
  return i < at - 1 && (i < 0 || text[i] === '\n' || text[i] === ' ');
}

/** Counts, per folded word of 3+ letters, its capitalized occurrences outside sentence starts and its lowercase ones. */
function countCapitalization(text: string, counts: Map<string, { upper: number; lower: number }>): void {
  const raw = new Map<string, { upper: number; lower: number }>();
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    const word = match[0];
    if (word.length < 3) continue;
    const first = word.charCodeAt(0);
    const upper = (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0]!.toLowerCase());
    if (upper && startsSentence(text, match.index)) continue;
    const key = upper ? word : word.toLowerCase();
    const entry = raw.get(key) ?? { upper: 0, lower: 0 };
    if (upper) entry.upper += 1;
    else entry.lower += 1;
    raw.set(key, entry);
  }
  for (const [word, { upper, lower }] of raw) {
    const folded = foldText(word);
    const entry = counts.get(folded) ?? { upper: 0, lower: 0 };
    entry.upper += upper;
    entry.lower += lower;
    counts.set(folded, entry);
  }
}

/** The folded words never written lowercase. */
function* namesOf(counts: ReadonlyMap<string, { upper: number; lower: number }>): Iterable<string> {
  for (const [word, { upper, lower }] of counts) if (upper > 0 && lower === 0) yield word;
}

function documentText(document: IndexableDocument): string {
  return document.text;
}

/** Builds the search index of a corpus (at corpus build time). */
export function buildSearchIndex(documents: readonly IndexableDocument[]): SearchIndex {
  const index = new SearchIndex(new DutchAnalyzer());
  index.addDocuments(documents);
  return index;
}

/** Exports an index for embedding in the corpus bundle. */
export function exportIndex(index: SearchIndex): ExportedSearchIndex {
  return index.export();
}

/** Loads an index from the bundle without re-analyzing any text. */
export function importIndex(data: ExportedSearchIndex, documents: readonly IndexableDocument[]): SearchIndex {
  return SearchIndex.import(data, documents);
}
