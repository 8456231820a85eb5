/** Why: summaries, titles and call-to-action detection all need the same notion of where a sentence ends. */

const SENTENCE_BOUNDARY = /(?<=[.!?][’”'"]?)\s+(?=[\p{Lu}\p{N}‘“'"(])/u;

/** Splits prose after `.`, `!` or `?` (optionally followed by a closing quote) where the next sentence starts with a capital, digit or quote. */
export function splitSentences(text: string): string[] {
  return text
    .trim()
    .split(SENTENCE_BOUNDARY)
    .filter((sentence) => sentence !== '');
}
