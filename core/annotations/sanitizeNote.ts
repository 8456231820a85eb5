/** Why: notes are rich text from an editor and may come from a tampered file or request, so only a known-safe subset of tiptap JSON is ever stored or rendered. */

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

/** Deeper nesting than this is cut off, so hostile input cannot exhaust the stack. */
const maxDepth = 24;
/** Longest href kept. */
const maxHrefLength = 2048;

/** True for `http://host…`, `https://host…` and `mailto:…` links without control characters or spaces. */
export function isSafeHref(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxHrefLength) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\s]/.test(value)) return false;
  return /^https?:\/\/[^/?#@]+/i.test(value) || /^mailto:[^/]/i.test(value);
}

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
      result.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
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
