/** Why: cards and previews need one or two sentences of the page's own prose, never a quote or a fragment. */
import type { SectionDraft } from './composeDocument.js';
import { splitSentences } from './splitSentences.js';
import { truncateText } from './truncateText.js';

/** Longest summary, in characters. */
export const MAX_SUMMARY_LENGTH = 220;

/**
 * The first sentence or two of the lead's first prose paragraph (one ending in sentence punctuation), within 220 characters;
 * falls back to any first paragraph, then an empty string. A first sentence that is too long is cut at a word boundary.
 */
export function deriveSummary(sections: readonly Pick<SectionDraft, 'heading' | 'blocks'>[]): string {
  const paragraphs = sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'paragraph' ? [{ lead: section.heading === null, text: block.text }] : [])));
  const chosen =
    paragraphs.find((paragraph) => paragraph.lead && isProse(paragraph.text)) ?? paragraphs.find((paragraph) => isProse(paragraph.text)) ?? paragraphs[0];
  return chosen === undefined ? '' : firstSentences(chosen.text);
}

function isProse(text: string): boolean {
  return /[.!?][’”'"]?$/u.test(text.trim());
}

function firstSentences(text: string): string {
  const [first = '', ...rest] = splitSentences(text);
  let summary = first;
  for (const sentence of rest.slice(0, 1)) {
    if (summary.length + 1 + sentence.length <= MAX_SUMMARY_LENGTH) summary = `${summary} ${sentence}`;
  }
  return truncateText(summary, MAX_SUMMARY_LENGTH);
}
