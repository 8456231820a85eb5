/**
 * Why: the editor must offer exactly what the server's `sanitizeNote` keeps (paragraphs, headings 1–3, lists,
 * quotes, hard breaks; bold, italic and http(s)/mailto links), so nothing a user writes is silently dropped on save
 * and nothing hostile is ever shown. The renderer may import only types from core, so the href rule is mirrored here.
 */
import type { Extensions, JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { NoteBlock, NoteDocument, NoteInline, NoteMark } from '../../core/annotations/sanitizeNote.js';

import { isSafeHref } from './safeHref.js';

export { isSafeHref };

/** What a user types in the link field, made into a safe href, or null: "example.nl" becomes "https://example.nl". */
export function normalizeHref(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
  if (isSafeHref(value)) return value;
  if (/^[^\s:/?#@]+@[^\s:/?#@]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
  // A bare host ("example.nl/pad") gets https; anything with another scheme ("javascript:") stays refused.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+([/?#].*)?$/i.test(value)) {
    const candidate = `https://${value}`;
    return isSafeHref(candidate) ? candidate : null;
  }
  return null;
}

/** The tiptap extensions of every note editor: StarterKit trimmed to the sanitizer's schema. */
export function noteExtensions(): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        isAllowedUri: (url) => isSafeHref(url),
        shouldAutoLink: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank', class: null },
      },
    }),
  ];
}

/**
 * Pasted HTML before tiptap parses it: scripts, styles, frames, forms and event handlers removed and links with
 * a disallowed href unwrapped (their text stays). Tiptap's schema then drops every other unknown element.
 */
export function cleanPastedHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script, style, iframe, object, embed, link, meta, template, noscript, form, svg, math').forEach((element) => element.remove());
  parsed.querySelectorAll('*').forEach((element) => {
    for (const attribute of [...element.attributes]) {
      if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'srcdoc') element.removeAttribute(attribute.name);
    }
  });
  parsed.querySelectorAll('a').forEach((anchor) => {
    if (!isSafeHref(anchor.getAttribute('href'))) anchor.replaceWith(...anchor.childNodes);
  });
  return parsed.body.innerHTML;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function toMarks(marks: JSONContent['marks']): NoteMark[] {
  const result: NoteMark[] = [];
  for (const mark of marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic') result.push({ type: mark.type });
    else if (mark.type === 'link' && isRecord(mark.attrs) && isSafeHref(mark.attrs.href)) result.push({ type: 'link', attrs: { href: mark.attrs.href } });
  }
  return result;
}

function toInline(nodes: JSONContent[] | undefined): NoteInline[] {
  const result: NoteInline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') result.push({ type: 'hardBreak' });
    else if (node.type === 'text' && node.text) {
      // Browsers type a space before a formatting change as a no-break space; store a plain one.
      const text = node.text.replace(/\u00a0/g, ' ');
      const marks = toMarks(node.marks);
      result.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
    }
  }
  return result;
}

function toBlocks(nodes: JSONContent[] | undefined): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const node of nodes ?? []) {
    const inline = toInline(node.content);
    switch (node.type) {
      case 'paragraph':
        blocks.push(inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' });
        break;
      case 'heading': {
        const level = node.attrs?.level === 1 || node.attrs?.level === 2 ? node.attrs.level : 3;
        blocks.push(inline.length > 0 ? { type: 'heading', attrs: { level }, content: inline } : { type: 'heading', attrs: { level } });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? []).filter((item) => item.type === 'listItem').map((item) => ({ type: 'listItem' as const, content: toBlocks(item.content) }));
        if (items.length === 0) break;
        const start = node.attrs?.start;
        if (node.type === 'orderedList' && typeof start === 'number' && start !== 1) blocks.push({ type: 'orderedList', attrs: { start }, content: items });
        else blocks.push({ type: node.type, content: items });
        break;
      }
      case 'blockquote': {
        const content = toBlocks(node.content);
        if (content.length > 0) blocks.push({ type: 'blockquote', content });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** The editor's JSON in the stored shape (extra link attributes such as `target` dropped), as the server will keep it. */
export function toNoteDocument(json: JSONContent): NoteDocument {
  const content = toBlocks(json.content);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** The plain text of a note, one line per block, for previews and "is it empty?". */
export function noteText(note: NoteDocument | null): string {
  if (!note) return '';
  const lines: string[] = [];
  const walk = (blocks: NoteBlock[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push((block.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join(''));
      else if (block.type === 'blockquote') walk(block.content);
      else for (const item of block.content) walk(item.content);
    }
  };
  walk(note.content);
  return lines.join('\n').trim();
}

/** A note in the shape the API's input schema names (any object with `type: 'doc'`; the server sanitizes it). */
export type NoteInput = { type: 'doc'; [key: string]: unknown };

export function asNoteInput(note: NoteDocument): NoteInput;
export function asNoteInput(note: NoteDocument | null): NoteInput | null;
export function asNoteInput(note: NoteDocument | null): NoteInput | null {
  return note as unknown as NoteInput | null;
}
