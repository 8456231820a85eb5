/** Why: search, export, previews and quote matching all need a note's words without its markup; this is the one walk that gives them. */
import type { NoteBlock, NoteDocument, NoteInline } from './noteDocument.js';

function inlineText(content: readonly NoteInline[] | undefined, lineBreak: string): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : lineBreak)).join('');
}

/**
 * The text of every paragraph and heading in `blocks`, in reading order, descending into lists and quotes;
 * a hard break inside a paragraph becomes `lineBreak`.
 */
export function noteParagraphs(blocks: readonly NoteBlock[], lineBreak = '\n'): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [inlineText(block.content, lineBreak)];
      case 'bulletList':
      case 'orderedList':
        return block.content.flatMap((item) => noteParagraphs(item.content, lineBreak));
      case 'blockquote':
        return noteParagraphs(block.content, lineBreak);
    }
  });
}

/** The plain text of a (sanitized) note: one line per paragraph, heading or list item, trimmed. */
export function noteToText(note: NoteDocument | null): string {
  if (note === null) return '';
  return noteParagraphs(note.content)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
