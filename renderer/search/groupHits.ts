/** Pure helpers for the results panel: hits grouped per document, and a snippet cut into plain and highlighted runs. */
import type { SearchHit } from '../../core/search/searchQuery.js';

export interface HitGroup {
  docId: string;
  docTitle: string;
  hits: { hit: SearchHit; index: number }[];
}

/** Groups ranked hits per document, documents in the order of their best hit; `index` is the hit's place in the flat list. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  hits.forEach((hit, index) => {
    let group = groups.get(hit.docId);
    if (!group) {
      group = { docId: hit.docId, docTitle: hit.docTitle, hits: [] };
      groups.set(hit.docId, group);
    }
    group.hits.push({ hit, index });
  });
  return [...groups.values()];
}

/** The hits in the order the groups show them, so ↑ ↓ follow the screen. */
export function hitsInDisplayOrder(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits.map((entry) => entry.hit));
}

export interface SnippetRun {
  text: string;
  highlighted: boolean;
}

/** Cuts `snippet` at the `highlights` (offsets into it; overlapping or out-of-range ones are tolerated). */
export function snippetRuns(snippet: string, highlights: readonly { start: number; end: number }[]): SnippetRun[] {
  const spans = highlights
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(snippet.length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const runs: SnippetRun[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(at, span.start);
    if (span.end <= start) continue;
    if (start > at) runs.push({ text: snippet.slice(at, start), highlighted: false });
    runs.push({ text: snippet.slice(start, span.end), highlighted: true });
    at = span.end;
  }
  if (at < snippet.length) runs.push({ text: snippet.slice(at), highlighted: false });
  return runs;
}
