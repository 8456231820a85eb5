/** Why: document and section ids must be readable, URL-safe and stable for the same words. */
import { foldText } from './foldText.js';

/** Lowercase ASCII slug of `text`: diacritics folded, apostrophes dropped, other runs of non-alphanumerics become one hyphen. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
