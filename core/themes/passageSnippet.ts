/** Why: theme lists show a short excerpt of each passage that includes the words that made the theme apply. */
import { truncateText } from '../corpus/truncateText.js';

/** Default length budget of a snippet, in characters. */
export const SNIPPET_LENGTH = 200;

/**
 * About `limit` characters of `text` that include offset `focus` (relative to `text`): the start of the passage when
 * the focus is near it, otherwise from a word boundary shortly before the focus, with "…" where cut.
 */
export function passageSnippet(text: string, focus: number, limit = SNIPPET_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ');
  if (clean.length <= limit) return clean.trim();
  const lead = Math.floor(limit / 4);
  if (focus <= limit - lead) return truncateText(clean, limit);
  let from = Math.max(0, Math.min(focus - lead, clean.length - limit + 1));
  const space = clean.lastIndexOf(' ', from);
  if (space > 0 && from - space < 20) from = space + 1;
  return `…${truncateText(clean.slice(from), limit - 1)}`;
}
