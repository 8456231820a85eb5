/** Why: slugs and fingerprints must treat "coördinatie" and "coordinatie", or ‘quotes’ and 'quotes', as the same text. */

/** Removes diacritics and lowercases, so comparisons ignore accents and case. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
