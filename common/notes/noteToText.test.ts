import { describe, expect, it } from 'vitest';
import type { NoteDocument } from './noteDocument.js';
import { noteParagraphs, noteToText } from './noteToText.js';

const note: NoteDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'een' }, { type: 'hardBreak' }, { type: 'text', text: 'twee', marks: [{ type: 'bold' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punt' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citaat' }] }] },
    { type: 'paragraph' },
    { type: 'paragraph' },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: 'slot' }] },
  ],
};

describe('noteToText', () => {
  it('gives one line per paragraph, heading and list item, in reading order, without markup', () => {
    expect(noteToText(note)).toBe('Kop\neen\ntwee\npunt\ncitaat\n\nslot');
  });

  it('gives an empty string for no note or an empty one', () => {
    expect(noteToText(null)).toBe('');
    expect(noteToText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});

describe('noteParagraphs', () => {
  it('reads a hard break as the given separator, so a quote block can be matched as one line', () => {
    expect(noteParagraphs(note.content.slice(1, 2), ' ')).toEqual(['een twee']);
    expect(noteParagraphs(note.content.slice(1, 4))).toEqual(['een\ntwee', 'punt', 'citaat']);
  });
});
