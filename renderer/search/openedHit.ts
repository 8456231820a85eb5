/** Why: opening a search hit hands its match offsets to the reader, so the reader marks them without searching again. */
import type { Span } from '../../core/search/makeSnippet.js';

let opened: { docId: string; query: string; matches: Span[] } | null = null;

/** Remembers the matches of the hit being opened (one at a time: the newest wins). */
export function rememberOpenedHit(docId: string, query: string, matches: readonly Span[]): void {
  opened = { docId, query: query.trim(), matches: [...matches] };
}

/** The matches handed over for this document and query, or null (a reload or a shared link searches instead). */
export function openedHitMatches(docId: string, query: string): Span[] | null {
  return opened && opened.docId === docId && opened.query === query.trim() ? opened.matches : null;
}
