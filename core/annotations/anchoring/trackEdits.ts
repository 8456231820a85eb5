/** Why: anchoring is judged against where the annotated text truly went, so edits must move a known range exactly. */
import type { TextSpan } from '../../corpus/types.js';

/** One character edit at `position`: insert before it, delete it, or replace it. */
export type CharacterEdit =
  | { kind: 'insert'; position: number; character: string }
  | { kind: 'delete'; position: number }
  | { kind: 'replace'; position: number; character: string };

/**
 * Applies `edit` to `text` and moves every range in `ranges` with it: an insertion strictly inside a range
 * grows it, one at or before its start shifts it; deleting a character inside a range shrinks it; a replacement
 * by a longer string ("ij", CRLF) counts as inside when the replaced character was.
 */
export function applyEdit(text: string, edit: CharacterEdit, ranges: TextSpan[]): string {
  if (edit.kind !== 'insert' && text.length === 0) return text;
  const position = Math.max(0, Math.min(edit.position, edit.kind === 'insert' ? text.length : text.length - 1));
  const removed = edit.kind === 'insert' ? 0 : 1;
  const added = edit.kind === 'delete' ? 0 : edit.character.length;
  for (const range of ranges) {
    if (edit.kind === 'insert' ? position <= range.start : position < range.start) {
      range.start += added - removed;
      range.end += added - removed;
    } else if (position < range.end) {
      range.end += added - removed;
    }
  }
  return text.slice(0, position) + (edit.kind === 'delete' ? '' : edit.character) + text.slice(position + removed);
}

/** Length of the overlap of two ranges. */
export function overlapLength(a: TextSpan, b: TextSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * An anchor is in the right place when it overlaps the true range by at least half of the longer of the two:
 * it then covers most of the annotated words and little else.
 */
export function isRightPlace(found: TextSpan, truth: TextSpan): boolean {
  const longer = Math.max(found.end - found.start, truth.end - truth.start);
  return longer > 0 && overlapLength(found, truth) >= 0.5 * longer;
}
