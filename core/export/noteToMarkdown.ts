/** Why: Obsidian and other Markdown tools should get a note with its bold, italic, lists, links and headings intact, and nothing that turns into markup by accident. */
import { isSafeHref } from '../../common/notes/isSafeHref.js';
import type { NoteBlock, NoteDocument, NoteInline } from '../../common/notes/noteDocument.js';

/** Escapes characters that Markdown (CommonMark and Obsidian) would read as markup, so user text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|~=$^]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2')
    .replace(/\r\n?/g, '\n');
}

function inlineMarkdown(content: readonly NoteInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n';
      // Emphasis markers must hug the words, so surrounding spaces move outside them.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text) ?? [];
      if (core === '') return node.text;
      let markdown = escapeMarkdown(core);
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') markdown = `**${markdown}**`;
        else if (mark.type === 'italic') markdown = `*${markdown}*`;
        else if (mark.type === 'link' && isSafeHref(mark.attrs.href)) markdown = `[${markdown}](<${mark.attrs.href.replace(/[<>]/g, encodeURIComponent)}>)`;
      }
      return lead + markdown + trail;
    })
    .join('');
}

function indent(text: string, prefix: string, first: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first + line : line === '' ? '' : prefix + line))
    .join('\n');
}

function blockMarkdown(block: NoteBlock): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.content);
    case 'heading':
      // Note headings sit under the export's own headings (up to ###), so they start at ####.
      return `${'#'.repeat(Math.min(6, block.attrs.level + 3))} ${inlineMarkdown(block.content)}`;
    case 'bulletList':
      return block.content.map((item) => indent(item.content.map(blockMarkdown).join('\n\n'), '  ', '- ')).join('\n');
    case 'orderedList': {
      const start = typeof block.attrs?.start === 'number' ? block.attrs.start : 1;
      return block.content
        .map((item, index) => {
          const marker = `${start + index}. `;
          return indent(item.content.map(blockMarkdown).join('\n\n'), ' '.repeat(marker.length), marker);
        })
        .join('\n');
    }
    case 'blockquote':
      return block.content
        .map(blockMarkdown)
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    default:
      return '';
  }
}

/** Markdown for a sanitized note, blocks separated by blank lines; empty paragraphs are skipped. */
export function noteToMarkdown(note: NoteDocument): string {
  return note.content
    .map(blockMarkdown)
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}
