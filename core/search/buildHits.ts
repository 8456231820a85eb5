// Why: only the ranked few passages get snippets and highlight offsets, found by re-analyzing just those passages with the index's analyzer.

import type { CompiledUnit } from './compileQuery.js';
import { makeSnippet, type Span } from './makeSnippet.js';
import type { PassageTokens } from './queryCaches.js';
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

/** The analysis of a passage for highlighting (cached per index). */
export function passageTokens(index: SearchIndex, state: QueryState, passage: number): PassageTokens {
  let compact = state.caches.passageTokens.get(passage);
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
    state.caches.passageTokens.set(passage, compact);
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

/** Spans of the words whose term ids are marked in `marks`, in text order, one per word. */
export function highlightSpans(tokens: PassageTokens, marks: Uint8Array): Span[] {
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
  } finally {
    for (let u = 0; u < units.length; u += 1) {
      markTerms(units[u]!.highlightIds!, highlightMarks, 0);
      markTerms(units[u]!.partIds!, partMarks, 0);
    }
  }
  return hits;
}
