import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeHref } from './isSafeHref.js';
import { allowedMarkTypes, allowedNodeTypes } from './noteDocument.js';
import { noteToText } from './noteToText.js';
import { sanitizeNote } from './sanitizeNote.js';

const hostileHref = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://ok.example/\njavascript:alert(1)',
  'http:javascript:alert(1)',
  'https://',
  'mailto://x',
);
const fineHref = fc.constantFrom('https://www.werkplaatsensociaaldomein.nl/', 'http://example.org/a?b=c#d', 'mailto:l.vanderwurff@windesheim.nl');
const anyType = fc.constantFrom(
  ...allowedNodeTypes,
  ...allowedMarkTypes,
  'script',
  'image',
  'iframe',
  'codeBlock',
  'textStyle',
  '__proto__',
  'constructor',
  'html',
  '',
);
const anyValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), hostileHref, fineHref);
const attrs = fc.dictionary(fc.constantFrom('href', 'level', 'start', 'onclick', 'style', 'class', 'src', '__proto__', 'target'), fc.oneof(anyValue, hostileHref, fineHref), {
  maxKeys: 4,
});
const mark = fc.record({ type: anyType, attrs }, { requiredKeys: ['type'] });

const { node } = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: anyType,
        text: fc.oneof(fc.string(), fc.constant('<script>alert(1)</script>'), fc.integer()),
        marks: fc.oneof(fc.array(mark, { maxLength: 4 }), anyValue),
        attrs,
        extra: anyValue,
      },
      { requiredKeys: ['type'] },
    ),
    fc.record(
      {
        type: anyType,
        attrs,
        content: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), anyValue),
        onclick: anyValue,
      },
      { requiredKeys: ['type'] },
    ),
    anyValue,
  ),
}));
const hostileDocument = fc.record({ type: fc.constantFrom('doc', 'doc', 'paragraph'), content: fc.array(node, { maxLength: 6 }), attrs });

const allowedKeys: Record<string, string[]> = {
  doc: ['type', 'content'],
  paragraph: ['type', 'content'],
  heading: ['type', 'attrs', 'content'],
  bulletList: ['type', 'content'],
  orderedList: ['type', 'attrs', 'content'],
  listItem: ['type', 'content'],
  blockquote: ['type', 'content'],
  text: ['type', 'text', 'marks'],
  hardBreak: ['type'],
};

/** Throws when `value` contains anything outside the allowed subset. */
function assertSafe(value: unknown): void {
  const node = value as Record<string, unknown>;
  expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
  expect(allowedNodeTypes).toContain(node.type);
  for (const key of Object.keys(node)) expect(allowedKeys[node.type as string]).toContain(key);
  if (node.type === 'heading') expect([1, 2, 3]).toContain((node.attrs as { level: number }).level);
  if (node.type === 'orderedList' && node.attrs) expect(Object.keys(node.attrs)).toEqual(['start']);
  if (node.type === 'text') {
    expect(typeof node.text).toBe('string');
    for (const mark of (node.marks as Record<string, unknown>[] | undefined) ?? []) {
      expect(allowedMarkTypes).toContain(mark.type);
      if (mark.type === 'link') {
        expect(Object.keys(mark.attrs as object)).toEqual(['href']);
        const href = (mark.attrs as { href: string }).href;
        expect(href).toMatch(/^(https?:\/\/[^\s/?#@]+|mailto:[^\s/])/i);
        expect(href).not.toMatch(/javascript:|data:|vbscript:/i);
      } else {
        expect(Object.keys(mark)).toEqual(['type']);
      }
    }
  }
  if (Array.isArray(node.content)) node.content.forEach(assertSafe);
}

describe('sanitizeNote', () => {
  it('lets no hostile node, mark, attribute or link survive', () => {
    fc.assert(
      fc.property(hostileDocument, (input) => {
        const output = sanitizeNote(input);
        if (input.type !== 'doc') {
          expect(output).toBeNull();
        } else {
          assertSafe(output);
          expect(JSON.stringify(output)).not.toMatch(/onclick|style|__proto__|script"|iframe|image|javascript:/i);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: a sanitized note passes through unchanged', () => {
    fc.assert(
      fc.property(hostileDocument, (input) => {
        const once = sanitizeNote(input);
        expect(sanitizeNote(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a well-formed note with headings, lists, quotes and safe links intact', () => {
    const note = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Vraag' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Zie ', marks: [{ type: 'italic' }] },
            { type: 'text', text: 'de site', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.nl/a' } }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'regel twee' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punt' }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citaat' }] }] },
      ],
    };
    expect(sanitizeNote(note)).toEqual(note);
    expect(noteToText(sanitizeNote(note))).toBe('Vraag\nZie de site\nregel twee\npunt\ndrie\ncitaat');
  });

  it('stores the no-break space a browser types before a formatting change as a plain space', () => {
    const typed = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een\u00a0' }, { type: 'text', text: 'vet', marks: [{ type: 'bold' }] }] }] };
    expect(sanitizeNote(typed)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een ' }, { type: 'text', text: 'vet', marks: [{ type: 'bold' }] }] }] });
  });

  it('drops a javascript link but keeps its text', () => {
    const output = sanitizeNote({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', onclick: 'x' } }] }] }],
    });
    expect(output).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik' }] }] });
  });

  it('survives absurdly deep nesting without throwing', () => {
    let deep: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'diep' }] };
    for (let level = 0; level < 10_000; level += 1) deep = { type: 'blockquote', content: [deep] };
    expect(sanitizeNote({ type: 'doc', content: [deep] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('isSafeHref', () => {
  it('accepts http, https and mailto and nothing else', () => {
    expect(isSafeHref('https://a.nl')).toBe(true);
    expect(isSafeHref('HTTP://a.nl/x')).toBe(true);
    expect(isSafeHref('mailto:a@b.nl')).toBe(true);
    for (const href of ['javascript:alert(1)', ' https://a.nl', 'https://a.nl/ x', 'ftp://a.nl', '/relatief', '#anker', '']) {
      expect(isSafeHref(href)).toBe(false);
    }
  });
});
