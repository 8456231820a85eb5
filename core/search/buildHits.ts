// Why: only the ranked few passages get snippets and highlight offsets, read from the word positions the index keeps for every passage.

import type { CompiledUnit } from './compiledUnit.js';
import { makeSnippet, type Span } from './makeSnippet.js';
import type { QueryState } from './queryState.js';
import type { SearchIndex } from './searchIndex.js';
import type { TopPassages } from './topPassages.js';

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

/** Whether a whole word's term, or one of its compound parts, is marked. */
function wordMarked(index: SearchIndex, term: number, marks: Uint8Array): boolean {
  if (marks[term] === 1) return true;
  const parts = index.termParts.get(term);
  if (parts) for (let i = 0; i < parts.length; i += 1) if (marks[parts[i]!] === 1) return true;
  return false;
}

/**
 * Spans (relative to the passage) of the words whose term or a compound part of it is marked, in text order, one
 * per word: read from the index's word positions, without analyzing the passage again.
 */
export function highlightSpans(index: SearchIndex, passage: number, marks: Uint8Array): Span[] {
  const spans: Span[] = [];
  const from = index.passageSequence.data[passage]!;
  const length = index.passageWords.data[passage]!;
  const sequence = index.sequence.data;
  const starts = index.wordStart.data;
  const lengths = index.wordLength.data;
  for (let position = from; position < from + length; position += 1) {
    const term = sequence[position]! - 1;
    if (term < 0 || !wordMarked(index, term, marks)) continue;
    spans.push({ start: starts[position]!, end: starts[position]! + lengths[position]! });
  }
  return spans;
}

/** The hits of the ranked passages: snippets and highlights are made for these only. */
export function buildHits(index: SearchIndex, state: QueryState, units: readonly CompiledUnit[], top: TopPassages): SearchHit[] {
  // Mark the query's highlight terms by term id (scratch flags, cleared below).
  const { highlightMarks, partMarks, passageDoc, passageSection } = state;
  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u]!;
    markTerms((unit.highlightIds ??= termIdsOf(index, unit.highlightTerms)), highlightMarks, 1);
    markTerms((unit.partIds ??= termIdsOf(index, unit.partTerms)), partMarks, 1);
  }
  const hits: SearchHit[] = [];
  const { passageStart, passageEnd } = index;
  try {
    for (let i = 0; i < top.size; i += 1) {
      const p = top.ids[i]!;
      const section = passageSection[p]!;
      const document = index.documents[passageDoc[p]!]!;
      const start = passageStart.data[p]!;
      const end = passageEnd.data[p]!;
      let spans = highlightSpans(index, p, highlightMarks);
      if (spans.length === 0) spans = highlightSpans(index, p, partMarks);
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
  } finally {
    for (let u = 0; u < units.length; u += 1) {
      markTerms(units[u]!.highlightIds!, highlightMarks, 0);
      markTerms(units[u]!.partIds!, partMarks, 0);
    }
  }
  return hits;
}
