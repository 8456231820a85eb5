/** Why: dumps lose heading markup, so headings are recognised by shape: short, capitalised, not a sentence. */
import { isListMarkerLine } from './parseListLines.js';
import { isWhollyQuoted } from './isWhollyQuoted.js';
import { CLOSING_MARK } from './quoteMarks.js';

const MAX_HEADING_LENGTH = 90;
const MAX_HEADING_WORDS = 12;
const SENTENCE_END = /[.!?:;,…]$/;

/**
 * Whether a line has the shape of a heading: at most 90 characters and 12 words, starting with a capital or digit,
 * not ending in sentence punctuation. A closing quotation mark ends a heading only when it closes a quotation
 * opened inside the line ("Werken met en in ‘de sociale basis’"); a wholly quoted line is speech.
 */
export function isHeadingLike(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_HEADING_LENGTH || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/^[‘“'"]?[\p{Lu}\p{N}]/u.test(text) || !/\p{L}/u.test(text)) return false;
  if (isWhollyQuoted(text) || isListMarkerLine(line)) return false;
  return !SENTENCE_END.test(withoutInnerClosingQuote(text));
}

/** Drops a final closing mark that closes a quotation opened earlier in the line; returns other text unchanged (or empty, if it cannot end a heading). */
function withoutInnerClosingQuote(text: string): string {
  const last = text[text.length - 1] ?? '';
  const closers = Object.entries(CLOSING_MARK).filter(([, closer]) => closer === last);
  if (closers.length === 0) return text;
  const body = text.slice(0, -1);
  const opened = closers.some(([opener]) => body.slice(1).includes(opener));
  return opened ? body : '.';
}
