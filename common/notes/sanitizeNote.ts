/**
 * Why: notes are rich text from an editor and may come from a tampered file or request, so only a known-safe subset of
 * tiptap JSON is ever stored or rendered. The server keeps what this returns, and the editor saves what it returns too.
 */
import { isSafeHref } from './isSafeHref.js';
import type { NoteBlock, NoteDocument, NoteInline, NoteListItem, NoteMark } from './noteDocument.js';

/** Deeper nesting than this is cut off, so hostile input cannot exhaust the stack. */
const maxDepth = 24;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const childrenOf = (node: Record<string, unknown>): unknown[] => (Array.isArray(node.content) ? node.content : []);

function sanitizeMarks(value: unknown): NoteMark[] {
  if (!Array.isArray(value)) return [];
  const marks: NoteMark[] = [];
  const seen = new Set<string>();
  for (const mark of value) {
    if (!isRecord(mark) || typeof mark.type !== 'string' || seen.has(mark.type)) continue;
    if (mark.type === 'bold' || mark.type === 'italic') marks.push({ type: mark.type });
    else if (mark.type === 'link' && isRecord(mark.attrs) && isSafeHref(mark.attrs.href)) marks.push({ type: 'link', attrs: { href: mark.attrs.href } });
    else continue;
    seen.add(mark.type);
  }
  return marks;
}

function sanitizeInline(nodes: unknown[]): NoteInline[] {
  const result: NoteInline[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    if (node.type === 'hardBreak') result.push({ type: 'hardBreak' });
    else if (node.type === 'text' && typeof node.text === 'string' && node.text.length > 0) {
      const marks = sanitizeMarks(node.marks);
      // Browsers type a space before a formatting change as a no-break space; a plain one is kept.
      const text = node.text.replace(/\u00a0/g, ' ');
      result.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
    }
  }
  return result;
}

function sanitizeListItems(nodes: unknown[], depth: number): NoteListItem[] {
  const items: NoteListItem[] = [];
  for (const node of nodes) {
    if (!isRecord(node) || node.type !== 'listItem') continue;
    const content = sanitizeBlocks(childrenOf(node), depth + 1);
    items.push({ type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] });
  }
  return items;
}

function sanitizeBlocks(nodes: unknown[], depth: number): NoteBlock[] {
  if (depth > maxDepth) return [];
  const blocks: NoteBlock[] = [];
  for (const node of nodes) {
    if (!isRecord(node)) continue;
    switch (node.type) {
      case 'paragraph': {
        const content = sanitizeInline(childrenOf(node));
        blocks.push(content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
        break;
      }
      case 'heading': {
        const requested = isRecord(node.attrs) ? node.attrs.level : undefined;
        const level = requested === 1 || requested === 2 || requested === 3 ? requested : 3;
        const content = sanitizeInline(childrenOf(node));
        blocks.push(content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const content = sanitizeListItems(childrenOf(node), depth + 1);
        if (content.length === 0) break;
        if (node.type === 'bulletList') {
          blocks.push({ type: 'bulletList', content });
          break;
        }
        const start = isRecord(node.attrs) ? node.attrs.start : undefined;
        blocks.push(
          typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= 1_000_000
            ? { type: 'orderedList', attrs: { start }, content }
            : { type: 'orderedList', content },
        );
        break;
      }
      case 'blockquote': {
        const content = sanitizeBlocks(childrenOf(node), depth + 1);
        if (content.length > 0) blocks.push({ type: 'blockquote', content });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/**
 * Rebuilds `value` from scratch as a note, keeping only allowed node types in allowed places, allowed
 * marks, heading levels 1–3 and http(s)/mailto link hrefs; every other key, attribute, node and mark is
 * dropped. Returns null when `value` is not a tiptap document at all. Never throws.
 */
export function sanitizeNote(value: unknown): NoteDocument | null {
  if (!isRecord(value) || value.type !== 'doc') return null;
  const content = sanitizeBlocks(childrenOf(value), 0);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
