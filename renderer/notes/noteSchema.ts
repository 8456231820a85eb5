/**
 * Why: the editor must offer exactly what `sanitizeNote` keeps (paragraphs, headings 1–3, lists, quotes, hard breaks;
 * bold, italic and http(s)/mailto links), so nothing a user writes is silently dropped on save and nothing hostile is
 * ever shown. The link rule and the sanitizer are the server's own, from `common/notes/`.
 */
import type { Extensions, JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { isSafeHref } from '../../common/notes/isSafeHref.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { sanitizeNote } from '../../common/notes/sanitizeNote.js';

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

/** The editor's JSON in the stored shape, through the same sanitizer the server keeps notes with. */
export function toNoteDocument(json: JSONContent): NoteDocument {
  return sanitizeNote(json) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A note in the shape the API's input schema names (any object with `type: 'doc'`; the server sanitizes it). */
export type NoteInput = { type: 'doc'; [key: string]: unknown };

export function asNoteInput(note: NoteDocument): NoteInput;
export function asNoteInput(note: NoteDocument | null): NoteInput | null;
export function asNoteInput(note: NoteDocument | null): NoteInput | null {
  return note as unknown as NoteInput | null;
}
