/** Why: a line that is one quotation is speech, never a heading, even when short. */
import { CLOSING_MARK, findClosingMark } from './quoteMarks.js';

/** Whether `text` opens with a quotation mark whose closing mark is its last character. */
export function isWhollyQuoted(text: string): boolean {
  const closer = CLOSING_MARK[text[0] ?? ''];
  return closer !== undefined && findClosingMark(text, 1, closer) === text.length - 1;
}
