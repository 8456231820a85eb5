/** Why: search and export need a note's words without its markup. */
import type { NoteBlock, NoteDocument, NoteInline } from './sanitizeNote.js';

function inlineText(content: NoteInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

function blockLines(block: NoteBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.content)];
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap((item) => item.content.flatMap(blockLines));
    case 'blockquote':
      return block.content.flatMap(blockLines);
  }
}

/** The plain text of a (sanitized) note: one line per paragraph, heading or list item, trimmed. */
export function noteToText(note: NoteDocument | null): string {
  if (note === null) return '';
  return note.content
    .flatMap(blockLines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
