/** Why: quotes, headings and attributions all need to agree on which marks open and close a quotation and which are apostrophes. */

/** Opening quotation marks and the mark that closes each. */
export const CLOSING_MARK: Readonly<Record<string, string>> = {
  '‘': '’',
  '“': '”',
  '„': '”',
  '‚': '’',
  '«': '»',
  "'": "'",
  '"': '"',
};

/** Whether `character` opens a quotation. */
export function isOpeningMark(character: string): boolean {
  return Object.prototype.hasOwnProperty.call(CLOSING_MARK, character);
}

/**
 * Index of the mark that closes a quotation opened just before `from`, or -1.
 * A closing mark followed by a letter is an apostrophe ("thema’s", "z’n") and is skipped.
 */
export function findClosingMark(text: string, from: number, closer: string): number {
  for (let index = from; index < text.length; index += 1) {
    if (text[index] !== closer || index === from) continue;
    const next = text[index + 1] ?? '';
    const previous = text[index - 1] ?? '';
    if (/\p{L}/u.test(next) || /\s/.test(previous)) continue;
    return index;
  }
  return -1;
}
