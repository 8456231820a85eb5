/** Why: the cleaning stages hand a page to each other as one ordered stream, so removals keep their place in the page. */
import type { ListItemDraft } from './parseListLines.js';
import type { RemovedChrome } from './types.js';

/**
 * One piece of a page on its way from raw units to sections. `lines` is a unit not yet classified;
 * `removed` marks chrome taken out at that place, with the reason.
 */
export type PageSegment =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItemDraft[] }
  | { kind: 'removed'; text: string; reason: RemovedChrome['reason'] };

/** A removal marker for `text`. */
export function removedSegment(text: string, reason: RemovedChrome['reason']): PageSegment {
  return { kind: 'removed', text, reason };
}

/** Joins a unit's lines into one line of prose. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
