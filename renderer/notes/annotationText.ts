/** Reading an annotation's quote and place, and making and recognising the notebook's citation blocks. */
import type { JSONContent } from '@tiptap/core';
import type { Annotation } from '../../core/annotations/annotation.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import type { NoteBlock } from '../../common/notes/noteDocument.js';
import { noteParagraphs } from '../../common/notes/noteToText.js';

/** Collapses whitespace so a quote matches however it was wrapped. */
export function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A quote block for the notebook: the highlighted words, then a line naming where they come from. */
export function citationContent(quote: string, citation: string): JSONContent[] {
  const lines = quote.split(/\n+/).filter((line) => line.trim() !== '');
  return [
    {
      type: 'blockquote',
      content: [
        ...lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
        { type: 'paragraph', content: [{ type: 'text', text: citation }] },
      ],
    },
    // A fresh paragraph after the quote, so typing goes on outside it and without its marks.
    { type: 'paragraph' },
  ];
}

/** The text of a quote block without its citation line, for matching against annotations. */
export function quotedText(paragraphs: string[]): string {
  const lines = paragraphs.length > 1 && /^—\s/.test(paragraphs[paragraphs.length - 1]!.trim()) ? paragraphs.slice(0, -1) : paragraphs;
  return normalizeQuote(lines.join(' '));
}

/** The paragraphs of a stored quote block, as plain text (a line break reads as a space). */
export function blockParagraphs(block: NoteBlock): string[] {
  return noteParagraphs([block], ' ');
}

/** The annotation whose quote a quote block holds, if any. */
export function findQuotedAnnotation<T extends Annotation>(paragraphs: string[], annotations: readonly T[]): T | undefined {
  const text = quotedText(paragraphs);
  if (text === '') return undefined;
  return annotations.find((annotation) => normalizeQuote(quoteOf(annotation)) === text);
}
