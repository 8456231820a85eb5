/** A passage's snippet with the words that made a theme apply marked, so a list shows at a glance why each passage is there. */
import type { ReactNode } from 'react';
import type { ThemeEvidence } from '../../core/themes/types.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ranges of `snippet` covered by the evidence words (matched as whole words, whitespace-insensitive). */
export function evidenceRanges(snippet: string, evidence: readonly ThemeEvidence[]): { start: number; end: number }[] {
  const words = [...new Set(evidence.map((item) => item.text.trim()).filter(Boolean))];
  if (words.length === 0) return [];
  // Longest first, so "sociale wijkteams" wins over "wijkteams".
  words.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((word) => escape(word).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const ranges: { start: number; end: number }[] = [];
  for (const match of snippet.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

export function EvidenceSnippet({ snippet, evidence }: { snippet: string; evidence: readonly ThemeEvidence[] }) {
  const ranges = evidenceRanges(snippet, evidence);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push(snippet.slice(at, range.start));
    parts.push(
      <mark key={range.start} className="theme-evidence">
        {snippet.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  if (at < snippet.length) parts.push(snippet.slice(at));
  return (
    <span className="evidence-snippet" lang="nl">
      {parts}
    </span>
  );
}
