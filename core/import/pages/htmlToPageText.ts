/**
 * Why: a saved web page is parsed with a real HTML parser and reduced to the plain text structure the corpus pipeline
 * reads (headings, paragraphs, list lines); scripts, styles, handlers and links never get past this point, because
 * only text is kept.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never text for the reader. */
const skippedTags = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'form', 'button', 'input', 'select', 'textarea', 'nav', 'footer', 'aside', 'dialog', 'img', 'picture', 'map',
]);
/** Page chrome recognised by its role, id or class. */
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
const chromeNames = /(^|[\s_-])(cookie|cookies|consent|gdpr|avg|banner|breadcrumbs?|menu|navbar|nav|sidebar|share|social|skip|popup|modal|newsletter)([\s_-]|$)/i;
const blockTags = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'pre', 'address', 'body', 'html']);

/** What a page reads as: its text in the dump format, and the title its markup names. */
export interface PageText {
  /** Blocks separated by blank lines; list items as "  1. …" or "  • …" lines. */
  text: string;
  /** The first `<h1>`, else the `<title>`; null when neither has text. */
  title: string | null;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value ?? '';

function isChrome(element: Element): boolean {
  if (skippedTags.has(element.tagName)) return true;
  if (chromeRoles.has(attribute(element, 'role').toLowerCase())) return true;
  if (attribute(element, 'aria-hidden') === 'true' || element.attrs.some((item) => item.name === 'hidden')) return true;
  // A site header holds the menu; a header with the page's h1 is the article's own and stays.
  if (element.tagName === 'header' && !containsTag(element, 'h1')) return true;
  return chromeNames.test(`${attribute(element, 'id')} ${attribute(element, 'class')}`);
}

function containsTag(root: Node, tag: string): boolean {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.tagName === tag) return true;
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return false;
}

function textOf(node: Node, depth = 0): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (depth > 200 || (isElement(node) && isChrome(node))) return '';
  if (isElement(node) && node.tagName === 'br') return ' ';
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child, depth + 1)).join('') : '';
}

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

function findFirst(root: Node, tag: string): Element | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (isElement(node) && node.tagName === tag) return node;
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return null;
}

/** Reads `html` into the dump format: one unit per heading, paragraph or list, chrome left out. */
export function htmlToPageText(html: string): PageText {
  const document = parse(html);
  const blocks: string[] = [];
  const walk = (node: Node, depth: number): void => {
    if (depth > 200 || !isElement(node)) return;
    if (isChrome(node)) return;
    const tag = node.tagName;
    if (/^h[1-6]$/.test(tag) || tag === 'p' || tag === 'figcaption' || tag === 'dt' || tag === 'dd' || tag === 'pre' || tag === 'address') {
      const text = clean(textOf(node));
      if (text !== '') blocks.push(text);
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = node.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'li' && !isChrome(child));
      const lines = items.map((item) => clean(textOf(item))).map((text, index) => (text === '' ? '' : `  ${tag === 'ol' ? `${index + 1}.` : '•'} ${text}`)).filter(Boolean);
      if (lines.length > 0) blocks.push(lines.join('\n'));
      return;
    }
    if (tag === 'blockquote') {
      const text = clean(textOf(node));
      if (text !== '') blocks.push(/^[‘'“"]/.test(text) ? text : `‘${text}’`);
      return;
    }
    // Inline text directly inside a container (a div holding words) is a paragraph of its own.
    let inline = '';
    const flush = () => {
      const text = clean(inline);
      if (text !== '') blocks.push(text);
      inline = '';
    };
    for (const child of node.childNodes) {
      if (isElement(child) && blockTags.has(child.tagName)) {
        flush();
        walk(child, depth + 1);
      } else if (!isElement(child) || !isChrome(child)) inline += textOf(child, depth + 1);
    }
    flush();
  };
  const root = findFirst(document, 'main') ?? findFirst(document, 'article') ?? findFirst(document, 'body');
  if (root !== null) walk(root, 0);
  const heading = findFirst(document, 'h1');
  const titleElement = findFirst(document, 'title');
  const title = (heading && clean(textOf(heading))) || (titleElement && clean(textOf(titleElement))) || null;
  return { text: blocks.join('\n\n'), title };
}
