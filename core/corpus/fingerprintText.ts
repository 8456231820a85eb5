/** Why: repeated site blocks differ in quote marks, case and spacing between pages, so they are compared on a normalized form. */
import { foldText } from './foldText.js';
import { hashText } from './hashText.js';

/** Hash of `text` with case, diacritics, punctuation and spacing ignored; null when no letters or digits remain. */
export function fingerprintText(text: string): string | null {
  const normalized = foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normalized === '' ? null : hashText(normalized);
}
