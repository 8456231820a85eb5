/** Why: a note's stored shape, tiptap JSON restricted to what the app renders, shared by the server that keeps it and the editor that makes it. */

/** A mark on a run of text. Links keep only an `href` that is http(s) or mailto. */
export type NoteMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

/** A text run, optionally marked. */
export interface NoteText {
  type: 'text';
  text: string;
  marks?: NoteMark[];
}

/** A line break inside a paragraph or heading. */
export interface NoteHardBreak {
  type: 'hardBreak';
}

export type NoteInline = NoteText | NoteHardBreak;

export interface NoteParagraph {
  type: 'paragraph';
  content?: NoteInline[];
}

export interface NoteHeading {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 };
  content?: NoteInline[];
}

export interface NoteListItem {
  type: 'listItem';
  content: NoteBlock[];
}

export interface NoteBulletList {
  type: 'bulletList';
  content: NoteListItem[];
}

export interface NoteOrderedList {
  type: 'orderedList';
  attrs?: { start: number };
  content: NoteListItem[];
}

export interface NoteBlockquote {
  type: 'blockquote';
  content: NoteBlock[];
}

export type NoteBlock = NoteParagraph | NoteHeading | NoteBulletList | NoteOrderedList | NoteBlockquote;

/** A note as tiptap JSON, restricted to the node and mark types the app renders. */
export interface NoteDocument {
  type: 'doc';
  content: NoteBlock[];
}

/** Node types a note may contain. */
export const allowedNodeTypes = ['doc', 'paragraph', 'text', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak'] as const;
/** Mark types a note may contain. */
export const allowedMarkTypes = ['bold', 'italic', 'link'] as const;
