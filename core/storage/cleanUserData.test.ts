import { describe, expect, it } from 'vitest';
import { cleanAnnotation, cleanCollections, cleanNotebookNote, findForbiddenKey } from './cleanUserData.js';
import { normalizeUserData, UserDataError } from './userData.js';

const annotation = {
  id: 'a1',
  docId: 'doc',
  corpusVersion: 'v',
  selectors: [{ type: 'TextQuoteSelector', exact: 'woord', prefix: '', suffix: '' }],
  color: 1,
  tags: [],
  note: null,
  noteText: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  deleted: null,
};
const page = {
  id: 'n1',
  scope: { kind: 'general' },
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tekst' }] }] },
  text: 'tekst',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  deleted: null,
};
const headingNote = (level: unknown) => ({ type: 'doc', content: [{ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'Kop' }] }] });

describe('cleanAnnotation', () => {
  it.each([
    ['null', null],
    ['a number', 3],
    ['a missing id', { ...annotation, id: undefined }],
    ['colour 9', { ...annotation, color: 9 }],
    ['no selectors', { ...annotation, selectors: [] }],
    ['a nested __proto__ key', JSON.parse(JSON.stringify(annotation).replace('"tags":[]', '"tags":[],"extra":{"__proto__":{"x":1}}'))],
  ])('refuses %s', (_name, value) => {
    expect(cleanAnnotation(value).ok).toBe(false);
  });

  it('keeps a valid annotation as it is, unchanged', () => {
    expect(cleanAnnotation(annotation)).toEqual({ ok: true, record: annotation, changed: false });
  });

  it('cleans a heading of level 4 to one the note view can render, and says it changed', () => {
    const result = cleanAnnotation({ ...annotation, note: headingNote(4), noteText: 'Kop' });
    expect(result).toMatchObject({ ok: true, changed: true, record: { note: headingNote(3), noteText: 'Kop' } });
  });

  it('drops a script node and a javascript: link from a stored note', () => {
    const note = { type: 'doc', content: [{ type: 'script', text: 'x' }, { type: 'paragraph', content: [{ type: 'text', text: 'hier', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const result = cleanAnnotation({ ...annotation, note, noteText: 'hier' });
    expect(result).toMatchObject({ ok: true, changed: true, record: { note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hier' }] }] } } });
  });
});

describe('cleanNotebookNote', () => {
  it('refuses a page with an unknown scope and keeps a valid one', () => {
    expect(cleanNotebookNote({ ...page, scope: { kind: 'elders' } }).ok).toBe(false);
    expect(cleanNotebookNote(page)).toEqual({ ok: true, record: page, changed: false });
  });

  it('cleans a page whose content has a level 4 heading', () => {
    expect(cleanNotebookNote({ ...page, content: headingNote(4), text: 'Kop' })).toMatchObject({ ok: true, changed: true, record: { content: headingNote(3) } });
  });
});

describe('cleanCollections', () => {
  it('keeps every valid record and sets apart each invalid one with its place and the original', () => {
    const result = cleanCollections({ schemaVersion: 3, annotations: [annotation, null, { ...annotation, id: 'a2' }], notebook: [null, page], colorLabels: ['a', 'b', 'c', 'd', 'e'], future: { kept: true } });
    expect(result.annotations.map((record) => record.id)).toEqual(['a1', 'a2']);
    expect(result.notebook).toEqual([page]);
    expect(result.fields).toEqual({ schemaVersion: 3, future: { kept: true } });
    expect(result.quarantined).toEqual([
      { place: 'annotations[1]', reason: 'leeg (null)', action: 'removed', record: null },
      { place: 'notebook[0]', reason: 'leeg (null)', action: 'removed', record: null },
    ]);
  });

  it('sets apart a top-level __proto__ key instead of dropping it silently', () => {
    const parsed = JSON.parse('{"schemaVersion":3,"annotations":[],"__proto__":{"polluted":true}}');
    const result = cleanCollections(parsed);
    expect(result.quarantined).toEqual([{ place: '__proto__', reason: 'verboden sleutel "__proto__"', action: 'removed', record: { polluted: true } }]);
    expect(Object.keys(result.fields)).toEqual(['schemaVersion']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sets apart a collection that is not a list, and starts it empty', () => {
    expect(cleanCollections({ annotations: 'kapot' })).toMatchObject({ annotations: [], quarantined: [{ place: 'annotations', reason: 'geen lijst', record: 'kapot' }] });
  });
});

describe('normalizeUserData', () => {
  it('refuses a JSON null file as damage rather than treating it as empty', () => {
    expect(() => normalizeUserData(null)).toThrow(UserDataError);
    expect(() => normalizeUserData(null)).toThrow(/null/);
  });
});

describe('findForbiddenKey', () => {
  it('finds a key nested ten thousand levels deep without overflowing the stack', () => {
    let value: unknown = JSON.parse('{"__proto__":1}');
    for (let depth = 0; depth < 10_000; depth += 1) value = { child: value };
    expect(findForbiddenKey(value)).toBe('__proto__');
    expect(findForbiddenKey({ a: [{ b: 'constructor' }] })).toBeNull();
  });
});
