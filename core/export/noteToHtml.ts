/** Why: a note is stored as sanitized tiptap JSON; exports and the W3C backup carry it as HTML built only from that allow-list, never from stored markup. */
import { isSafeHref } from '../../common/notes/isSafeHref.js';
import type { NoteBlock, NoteDocument, NoteInline } from '../../common/notes/noteDocument.js';
import { escapeHtml } from './escapeHtml.js';

function inlineHtml(content: readonly NoteInline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      let html = escapeHtml(node.text);
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') html = `<strong>${html}</strong>`;
        else if (mark.type === 'italic') html = `<em>${html}</em>`;
        // The href is checked again here: the export must be safe even for a note that bypassed the store.
        else if (mark.type === 'link' && isSafeHref(mark.attrs.href)) html = `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer">${html}</a>`;
      }
      return html;
    })
    .join('');
}

function blockHtml(block: NoteBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      const level = block.attrs.level === 1 || block.attrs.level === 2 || block.attrs.level === 3 ? block.attrs.level : 3;
      return `<h${level + 3}>${inlineHtml(block.content)}</h${level + 3}>`;
    }
    case 'bulletList':
      return `<ul>${block.content.map((item) => `<li>${item.content.map(blockHtml).join('')}</li>`).join('')}</ul>`;
    case 'orderedList': {
      const start = block.attrs?.start;
      return `<ol${typeof start === 'number' && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${block.content.map((item) => `<li>${item.content.map(blockHtml).join('')}</li>`).join('')}</ol>`;
    }
    case 'blockquote':
      return `<blockquote>${block.content.map(blockHtml).join('')}</blockquote>`;
    default:
      return '';
  }
}

/**
 * HTML for a sanitized note: paragraphs, headings (levels 1–3 shifted to h4–h6 so they sit under the
 * export's own headings), lists, quotes, bold, italic and http(s)/mailto links. All text is escaped.
 */
export function noteToHtml(note: NoteDocument): string {
  return note.content.map(blockHtml).join('');
}
