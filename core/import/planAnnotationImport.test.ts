import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { createAnnotation, type Annotation } from '../annotations/annotation.js';
import { emptyUserData, type UserData } from '../storage/userData.js';
import { createNotebookNote, type NotebookNote } from '../annotations/notebookNote.js';
import { planAnnotationImport, type AnnotationImportContext } from './planAnnotationImport.js';
import { describePlace, describeReason, type ImportProblem } from '../../common/import/importProblem.js';

/** A problem as the Dutch UI shows it. */
const inDutch = (problem: ImportProblem) => ({ place: describePlace(problem, 'nl'), message: describeReason(problem, 'nl') });

const { bundle } = testLibrary();
const flevoland = bundle.documents.find((document) => document.id.includes('flevoland'))!;
const other = bundle.documents.find((document) => document !== flevoland)!;
let ids = 0;
const context = (extra: Partial<AnnotationImportContext> = {}): AnnotationImportContext => ({
  documents: bundle.documents,
  corpusVersion: bundle.version,
  now: new Date('2026-12-02T12:00:00Z'),
  fileName: 'pakket.json',
  newId: () => `layer${(ids += 1)}`,
  ...extra,
});

/** A Hypothesis-style annotation (JSON-LD export): a URL target, a quote and a markdown note with a tag. */
function hypothesis(id: string, exact: string, text = 'Interessant', source = 'https://example.org/werkplaatsen/flevoland') {
  const at = flevoland.text.indexOf(exact);
  const prefix = at < 0 ? 'xx' : flevoland.text.slice(Math.max(0, at - 32), at);
  const suffix = at < 0 ? 'yy' : flevoland.text.slice(at + exact.length, at + exact.length + 32);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `https://hypothes.is/a/${id}`,
    created: '2026-11-30T09:00:00.000Z',
    modified: '2026-11-30T09:05:00.000Z',
    creator: 'acct:docent@hypothes.is',
    body: [
      { type: 'TextualBody', value: text, format: 'text/markdown' },
      { type: 'TextualBody', value: 'jeugd', purpose: 'tagging' },
    ],
    target: [{ source, selector: [{ type: 'RangeSelector', startContainer: '/div[1]/p[3]', startOffset: 0, endContainer: '/div[1]/p[3]', endOffset: 20 }, { type: 'TextQuoteSelector', exact, prefix, suffix }] }],
  };
}

function own(start: number, length: number, id: string, modified = '2026-11-01T10:00:00.000Z'): Annotation {
  const annotation = createAnnotation({ docId: flevoland.id, start, end: start + length, color: 2, tags: ['eigen'] }, { id, now: new Date(modified), corpusVersion: bundle.version, text: flevoland.text });
  return annotation;
}

/**
 * The app's export shape (core/export/webAnnotationCollection.ts on the export branch), written out here until that
 * module is on main; the round trip below then runs against the real writer.
 */
function toW3c(annotations: readonly Annotation[], notebook: readonly NotebookNote[] = []) {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { werkplaats: 'urn:werkplaats-reader:ns:', 'werkplaats:tiptap': { '@type': '@json' } }],
    id: 'urn:werkplaats-reader:export:2026-12-02T12:00:00.000Z',
    type: 'AnnotationCollection',
    label: 'Aantekeningen — alles',
    total: annotations.length,
    generator: { id: 'urn:werkplaats-reader:app', type: 'Software', name: 'Werkplaats Reader', 'werkplaats:version': '0.1.0' },
    generated: '2026-12-02T12:00:00.000Z',
    'werkplaats:format': 1,
    'werkplaats:corpusVersion': bundle.version,
    'werkplaats:scope': { kind: 'all' },
    'werkplaats:colorLabels': ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'],
    'werkplaats:notebook': notebook.map(({ id, scope, content, text, created, modified }) => ({ id, scope, content, text, created, modified })),
    first: {
      id: 'urn:werkplaats-reader:export:2026-12-02T12:00:00.000Z#page-1',
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((annotation) => {
        const body: unknown[] = [];
        if (annotation.note !== null) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/html', value: '<p>…</p>', 'werkplaats:tiptap': annotation.note });
        for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
        return {
          id: `urn:werkplaats-reader:annotation:${encodeURIComponent(annotation.id)}`,
          type: 'Annotation',
          motivation: 'highlighting',
          created: annotation.created,
          modified: annotation.modified,
          ...(body.length > 0 ? { body } : {}),
          target: { type: 'SpecificResource', source: `werkplaats://doc/${encodeURIComponent(annotation.docId)}`, selector: annotation.selectors, 'werkplaats:docId': annotation.docId, 'werkplaats:documentTitle': 'Titel', 'werkplaats:sourceFile': null },
          'werkplaats:id': annotation.id,
          'werkplaats:color': annotation.color,
          'werkplaats:colorLabel': 'belangrijk',
          'werkplaats:corpusVersion': annotation.corpusVersion,
          'werkplaats:orphan': false,
          'werkplaats:section': { id: 'inleiding', heading: null },
        };
      }),
    },
  };
}

function apply(json: unknown, data: UserData, extra: Partial<AnnotationImportContext> = {}) {
  const plan = planAnnotationImport(typeof json === 'string' ? json : JSON.stringify(json), data, context(extra));
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return plan.apply(data);
}

describe('planAnnotationImport', () => {
  it('places Hypothesis annotations by their quote when the document id is unknown, and keeps the unplaceable as orphans', () => {
    const exact = flevoland.text.slice(flevoland.text.indexOf('De lerende professional'), flevoland.text.indexOf('De lerende professional') + 23);
    const data = emptyUserData();
    const report = apply([hypothesis('a1', exact), hypothesis('a2', 'deze zin staat nergens in het corpus')], data);
    expect(report).toMatchObject({ total: 2, added: 2, updated: 0, unchanged: 0, orphaned: 1 });
    const placed = data.annotations.find((annotation) => annotation.id === 'https://hypothes.is/a/a1')!;
    expect(placed).toMatchObject({ docId: flevoland.id, tags: ['jeugd'], noteText: 'Interessant' });
    expect(placed.selectors).toContainEqual(expect.objectContaining({ type: 'TextPositionSelector', start: flevoland.text.indexOf(exact) }));
    const orphan = data.annotations.find((annotation) => annotation.id === 'https://hypothes.is/a/a2')!;
    expect(orphan.docId).toBe('https://example.org/werkplaatsen/flevoland');
  });

  it('adds nothing when the same file is imported twice', () => {
    const data = emptyUserData();
    const file = toW3c([own(200, 30, 'x1'), own(400, 12, 'x2')]);
    expect(apply(file, data)).toMatchObject({ added: 2 });
    const before = JSON.stringify(data);
    expect(apply(file, data)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(JSON.stringify(data)).toBe(before);
  });

  it('brings back notebook pages by id, without duplicates', () => {
    const page = createNotebookNote({ kind: 'document', docId: flevoland.id }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mijn samenvatting' }] }] }, 'n1', new Date('2026-11-02'));
    const data = emptyUserData();
    expect(apply(toW3c([], [page]), data)).toMatchObject({ notebookAdded: 1 });
    expect(data.notebook).toEqual([page]);
    expect(apply(toW3c([], [page]), data)).toMatchObject({ notebookAdded: 0, notebookUpdated: 0 });
    expect(data.notebook).toHaveLength(1);
  });

  it('lets the newer version win a conflict and keeps the other as history', () => {
    const mine = own(200, 30, 'x1', '2026-11-01T10:00:00.000Z');
    const newer = { ...mine, color: 4, modified: '2026-11-20T10:00:00.000Z' };
    const data: UserData = { ...emptyUserData(), annotations: [mine] };
    expect(apply(toW3c([newer]), data)).toMatchObject({ updated: 1, added: 0 });
    expect(data.annotations).toHaveLength(1);
    expect(data.annotations[0]).toMatchObject({ color: 4, history: [{ color: 2, modified: mine.modified }] });
    // An older version from a file is kept as history, without replacing the newer one.
    const older = { ...mine, tags: ['oud'], modified: '2026-10-01T10:00:00.000Z' };
    expect(apply(toW3c([older]), data)).toMatchObject({ keptNewer: 1 });
    expect(data.annotations[0]).toMatchObject({ color: 4, tags: ['eigen'] });
    expect((data.annotations[0] as Annotation & { history: unknown[] }).history).toHaveLength(2);
    expect(apply(toW3c([older]), data)).toMatchObject({ unchanged: 1 });
  });

  it('puts another person\'s set in a labelled layer that never replaces the reader\'s own annotations', () => {
    const mine = own(200, 30, 'x1');
    const data: UserData = { ...emptyUserData(), annotations: [mine] };
    const theirs = { ...mine, color: 1, modified: '2026-11-30T10:00:00.000Z' };
    const report = apply(toW3c([theirs]), data, { layerName: 'Docent Jansen', fileName: 'jansen.json' });
    expect(report).toMatchObject({ added: 1, layer: { name: 'Docent Jansen', file: 'jansen.json' } });
    expect(data.annotations[0]).toEqual(mine);
    expect(data.layers).toEqual([expect.objectContaining({ name: 'Docent Jansen', file: 'jansen.json', hidden: false })]);
    expect(data.annotations[1]).toMatchObject({ color: 1, layerId: data.layers[0]!.id });
    expect(data.annotations[1]!.id).not.toBe(mine.id);
  });

  it('sends notes through the same sanitiser as typed notes', () => {
    const data = emptyUserData();
    const item = hypothesis('h1', 'De lerende professional');
    item.body[0] = { type: 'TextualBody', value: '<p onclick="x()">Zie <a href="javascript:alert(1)">dit</a> <strong>nu</strong></p><script>alert(1)</script>', format: 'text/html' };
    apply([item], data);
    const stored = JSON.stringify(data.annotations[0]!.note);
    expect(stored).not.toMatch(/script|javascript|onclick|alert/);
    expect(data.annotations[0]!.noteText).toBe('Zie dit nu');
    expect(stored).toContain('"bold"');
  });

  it.each([
    ['an unknown field', [{ ...hypothesis('a', 'De lerende professional'), evil: 1 }], '[0]', /onbekend veld "evil"/],
    ['a prototype key', JSON.parse('[{"__proto__": {"polluted": true}}]'), '[0].__proto__', /niet toegestaan/],
    ['a constructor key deep inside', [{ ...hypothesis('a', 'x'), target: { source: 's', constructor: { prototype: 1 } } }], '[0].target.constructor', /niet toegestaan/],
    ['a missing target', [{ type: 'Annotation', id: 'a' }], '[0].target', /verwacht/],
    ['a target without a quote or position', [{ type: 'Annotation', id: 'a', target: 'https://x' }], '[0].target', /niet te zeggen/],
    ['two annotations with one id', [hypothesis('a', 'De lerende professional'), hypothesis('a', 'Flevoland')], '[1]', /dezelfde id/],
    ['something that is not annotations', { hello: 'world' }, '(bestand)', /geen W3C-annotaties/],
  ])('refuses %s, saying where', (_name, json, place, message) => {
    const plan = planAnnotationImport(JSON.stringify(json), emptyUserData(), context());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems.map(inDutch)).toContainEqual({ place, message: expect.stringMatching(message) });
  });

  it('refuses broken JSON and deep nesting with a line and column', () => {
    const broken = planAnnotationImport('[\n  {"type": "Annotation",,}\n]', emptyUserData(), context());
    expect(broken.ok ? [] : broken.problems.map(inDutch)).toMatchObject([{ place: expect.stringMatching(/^regel 2, kolom/), message: 'dit is geen geldige JSON' }]);
    const deep = planAnnotationImport('['.repeat(100_000) + ']'.repeat(100_000), emptyUserData(), context());
    expect(deep.ok ? [] : deep.problems.map(inDutch)).toMatchObject([{ place: 'regel 1, kolom 65', message: expect.stringMatching(/dieper genest/) }]);
  });

  it('reports every problem of a file, not just the first', () => {
    const items = [1, 2, 3].map((index) => ({ ...hypothesis(`a${index}`, 'x'), [`extra${index}`]: true }));
    const plan = planAnnotationImport(JSON.stringify(items), emptyUserData(), context());
    expect(plan.ok ? [] : plan.problems.map((problem) => problem.place)).toEqual(['[0]', '[1]', '[2]']);
  });

  describe('fuzzing', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'id', 'target', 'items', 'first', 'body', 'werkplaats');
    const hostile = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.string({ maxLength: 50_000, size: 'max' }),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('value'), { maxKeys: 6 }),
        fc.record({ type: fc.constantFrom('Annotation', 'AnnotationPage', 'AnnotationCollection'), id: fc.string(), target: tie('value'), items: fc.array(tie('value'), { maxLength: 3 }) }),
      ),
    }));

    it('never throws, never pollutes prototypes and never changes the data on arbitrary JSON', () => {
      const data: UserData = { ...emptyUserData(), annotations: [own(200, 30, 'x1')] };
      const before = JSON.stringify(data);
      fc.assert(
        fc.property(fc.oneof(hostile.value, fc.integer({ min: 60, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth))), (value) => {
          const text = typeof value === 'string' && value.startsWith('[[') ? value : JSON.stringify(value) ?? 'null';
          const plan = planAnnotationImport(text.replace(/"(constructor|prototype)"/, '"__proto__"'), data, context());
          expect(JSON.stringify(data)).toBe(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.getPrototypeOf({})).toBe(Object.prototype);
          if (!plan.ok) expect(plan.problems.length).toBeGreaterThan(0);
        }),
        { numRuns: 200 },
      );
    });

    it('round-trips the app\'s own annotations through W3C JSON into an empty folder unchanged', () => {
      const text = flevoland.text;
      const annotation = fc
        .record({
          start: fc.integer({ min: 0, max: text.length - 2 }),
          length: fc.integer({ min: 1, max: 300 }),
          color: fc.integer({ min: 0, max: 4 }),
          tags: fc.array(fc.string({ minLength: 1, maxLength: 20 }).filter((tag) => tag.trim() !== ''), { maxLength: 4 }),
          note: fc.option(fc.string({ minLength: 1, maxLength: 80 }).filter((value) => value.trim() !== '')),
          time: fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2026-12-01') }),
        })
        .filter(({ start, length }) => text.slice(start, Math.min(text.length, start + length)).trim() !== '');
      fc.assert(
        fc.property(fc.uniqueArray(annotation, { maxLength: 12, selector: (item) => item.start }), (drafts) => {
          const original = drafts.map((draft, index) =>
            createAnnotation(
              { docId: flevoland.id, start: draft.start, end: Math.min(text.length, draft.start + draft.length), color: draft.color, tags: draft.tags, note: draft.note === null ? null : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: draft.note }] }] } },
              { id: `id-${index}`, now: new Date(draft.time), corpusVersion: bundle.version, text },
            ),
          );
          const empty = emptyUserData();
          apply(toW3c(original), empty);
          expect(empty.annotations).toEqual(original);
          expect(apply(toW3c(original), empty)).toMatchObject({ added: 0, unchanged: original.length });
        }),
        { numRuns: 60 },
      );
    });
  });
});

describe('other documents', () => {
  it('matches by document id when the target names one', () => {
    const data = emptyUserData();
    const start = other.text.length > 100 ? 50 : 0;
    const annotation = createAnnotation({ docId: other.id, start, end: start + 20 }, { id: 'o1', now: new Date('2026-11-01'), corpusVersion: bundle.version, text: other.text });
    expect(apply(toW3c([annotation]), data)).toMatchObject({ added: 1, orphaned: 0 });
    expect(data.annotations[0]!.docId).toBe(other.id);
  });
});
