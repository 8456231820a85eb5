/** Why: other tools and exports carry notes as HTML; it is read with a real parser into the note shape, then sanitized like a typed note. */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Json = Record<string, unknown>;

const blockTags = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'li', 'pre', 'section', 'article']);
const droppedTags = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math']);

function attribute(node: Node, name: string): string | undefined {
  return 'attrs' in node ? node.attrs.find((item) => item.name === name)?.value : undefined;
}

function inline(nodes: readonly Node[], marks: Json[], depth: number): Json[] {
  if (depth > 40) return [];
  const result: Json[] = [];
  for (const node of nodes) {
    if (node.nodeName === '#text' && 'value' in node) {
      const text = node.value.replace(/\s+/g, ' ');
      if (text !== '') result.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
      continue;
    }
    if (!('tagName' in node) || droppedTags.has(node.tagName)) continue;
    if (node.tagName === 'br') {
      result.push({ type: 'hardBreak' });
      continue;
    }
    const mark =
      node.tagName === 'strong' || node.tagName === 'b'
        ? { type: 'bold' }
        : node.tagName === 'em' || node.tagName === 'i'
          ? { type: 'italic' }
          : node.tagName === 'a' && attribute(node, 'href') !== undefined
            ? { type: 'link', attrs: { href: attribute(node, 'href') } }
            : null;
    result.push(...inline(node.childNodes, mark === null ? marks : [...marks, mark], depth + 1));
  }
  return result;
}

function blocks(nodes: readonly Node[], depth: number): Json[] {
  if (depth > 40) return [];
  const result: Json[] = [];
  let pending: Node[] = [];
  const flush = () => {
    const content = inline(pending, [], depth);
    if (content.some((node) => node.type !== 'text' || String(node.text).trim() !== '')) result.push({ type: 'paragraph', content });
    pending = [];
  };
  for (const node of nodes) {
    if (!('tagName' in node) || !blockTags.has(node.tagName)) {
      if (!('tagName' in node) || !droppedTags.has(node.tagName)) pending.push(node);
      continue;
    }
    flush();
    const tag = node.tagName;
    if (tag === 'ul' || tag === 'ol') {
      const items = node.childNodes.filter((child) => 'tagName' in child && child.tagName === 'li').map((item) => ({ type: 'listItem', content: blocks('childNodes' in item ? item.childNodes : [], depth + 1) }));
      result.push({ type: tag === 'ul' ? 'bulletList' : 'orderedList', content: items });
    } else if (tag === 'blockquote') result.push({ type: 'blockquote', content: blocks(node.childNodes, depth + 1) });
    else if (/^h[1-6]$/.test(tag)) result.push({ type: 'heading', attrs: { level: Math.min(3, Number(tag[1])) }, content: inline(node.childNodes, [], depth) });
    else if (tag === 'p' || tag === 'pre' || tag === 'li') result.push({ type: 'paragraph', content: inline(node.childNodes, [], depth) });
    else result.push(...blocks(node.childNodes, depth + 1));
  }
  flush();
  return result;
}

/** Tiptap-shaped JSON for an HTML fragment; unsafe or unknown parts are left for `sanitizeNote` to drop. */
export function htmlToNote(html: string): Json {
  return { type: 'doc', content: blocks(parseFragment(html).childNodes, 0) };
}

/** Tiptap-shaped JSON for plain text: one paragraph per line. */
export function textToNote(text: string): Json {
  return {
    type: 'doc',
    content: text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}
