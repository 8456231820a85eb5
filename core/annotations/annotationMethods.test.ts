import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUserData } from '../../node/storage/openUserData.js';
import { ApiError } from '../../common/apiError.js';
import type { WerkplaatsApi } from '../api/contract.js';
import { bindMethods } from '../api/createApi.js';
import type { Services } from '../api/createServices.js';
import type { CorpusDocument } from '../corpus/types.js';
import { annotationMethods } from './annotationMethods.js';
import { notebookMethods } from './notebookMethods.js';
import { DutchAnalyzer } from '../search/dutchAnalyzer.js';

const analyzer = new DutchAnalyzer();

const corpusText = readFileSync(new URL('../../data/corpus/000_634bf5b25a85aaec.txt', import.meta.url), 'utf8');
/** A lead of 500 characters, then one section named "Aanpak". */
function sectionsOf(text: string) {
  return [
    { id: 'inleiding', heading: null, start: 0, end: 500 },
    { id: 'aanpak', heading: 'Aanpak', start: 500, end: text.length },
  ];
}

const documents = new Map(
  ['flevoland', 'zwolle'].map((id, index) => [id, { id, text: index === 0 ? corpusText : corpusText.slice(1000), sections: sectionsOf(index === 0 ? corpusText : corpusText.slice(1000)) } as unknown as CorpusDocument]),
);

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The API over the real data file in `dir` and the documents above, which a test may change in place. */
async function openService(dir: string, counter: { id: number; time: number }): Promise<WerkplaatsApi> {
  const { store } = await openUserData(dir, { now: () => new Date(counter.time) });
  const services: Partial<Services> = {
    bundle: { version: 'v1', documents: [...documents.values()], removed: [], boilerplate: [] } as unknown as Services['bundle'],
    store,
    findDocument: (docId) => documents.get(docId),
    requireDocument(docId) {
      const document = documents.get(docId);
      if (!document) throw new ApiError('document-not-found', { id: docId });
      return document;
    },
    searchIndex: async () => ({ analyzer }) as unknown as Awaited<ReturnType<Services['searchIndex']>>,
    now: () => new Date((counter.time += 1000)),
    newId: () => `a${(counter.id += 1)}`,
  };
  return bindMethods(services as Services);
}

describe('annotation and notebook methods', () => {
  it('creates an annotation that anchors where it was made, and survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkplaats-annotations-'));
    const counter = { id: 0, time: Date.parse('2026-11-23T10:00:00Z') };
    const service = await openService(dir, counter);
    const start = corpusText.indexOf('De lerende professional');
    const created = await service.createAnnotation({ docId: 'flevoland', start, end: start + 23, color: 2, tags: [' jeugd ', 'jeugd'], note: note('Goed punt') });
    expect(created).toMatchObject({ color: 2, tags: ['jeugd'], noteText: 'Goed punt', deleted: null });
    const reopened = await openService(dir, counter);
    const { anchored, orphans } = await reopened.getDocumentAnnotations({ docId: 'flevoland' });
    expect(orphans).toEqual([]);
    expect(anchored).toMatchObject([{ id: created.id, start, end: start + 23, anchorMethod: 'position' }]);
  });

  it('keeps annotations that no longer fit the text as orphans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkplaats-annotations-'));
    const counter = { id: 0, time: 0 };
    const service = await openService(dir, counter);
    await service.createAnnotation({ docId: 'flevoland', start: 100, end: 160 });
    documents.set('flevoland', { id: 'flevoland', text: 'Een heel andere tekst.', sections: [] } as unknown as CorpusDocument);
    try {
      const { anchored, orphans } = await service.getDocumentAnnotations({ docId: 'flevoland' });
      expect(anchored).toEqual([]);
      expect(orphans).toHaveLength(1);
    } finally {
      documents.set('flevoland', { id: 'flevoland', text: corpusText, sections: sectionsOf(corpusText) } as unknown as CorpusDocument);
    }
  });

  it('rejects unknown documents and ids, and ranges outside the text, with a code that names them', async () => {
    const service = await openService(mkdtempSync(join(tmpdir(), 'werkplaats-annotations-')), { id: 0, time: 0 });
    await expect(service.createAnnotation({ docId: 'nergens', start: 0, end: 3 })).rejects.toMatchObject({ code: 'document-not-found', params: { id: 'nergens' } });
    await expect(service.updateAnnotation({ id: 'x', color: 1 })).rejects.toMatchObject({ code: 'annotation-not-found', params: { id: 'x' } });
    await expect(service.deleteNotebookNote({ id: 'y' })).rejects.toMatchObject({ code: 'note-not-found', params: { id: 'y' } });
    await expect(service.createAnnotation({ docId: 'flevoland', start: 0, end: corpusText.length + 1 })).rejects.toMatchObject({ code: 'selection-outside-text', params: { docId: 'flevoland' } });
  });

  it('has strict input schemas that refuse unknown fields and empty ranges', () => {
    expect(annotationMethods.createAnnotation.input.safeParse({ docId: 'a', start: 3, end: 3 }).success).toBe(false);
    expect(annotationMethods.createAnnotation.input.safeParse({ docId: 'a', start: 1, end: 3, evil: 1 }).success).toBe(false);
    expect(annotationMethods.updateAnnotation.input.safeParse({ id: 'a', color: 5 }).success).toBe(false);
    expect(notebookMethods.saveNotebookNote.input.safeParse({ scope: { kind: 'theme', themeId: 'jeugd' }, content: note('x') }).success).toBe(true);
  });

  it('stores notebook notes per scope, sanitized, and lists them newest first', async () => {
    const service = await openService(mkdtempSync(join(tmpdir(), 'werkplaats-annotations-')), { id: 0, time: 0 });
    const general = await service.saveNotebookNote({ scope: { kind: 'general' }, content: { type: 'doc', content: [{ type: 'script', text: 'x' }, ...note('Algemeen').content] } });
    await service.saveNotebookNote({ scope: { kind: 'document', docId: 'flevoland' }, content: note('Over Flevoland') });
    expect(general.content).toEqual(note('Algemeen'));
    expect((await service.listNotebookNotes({ scope: { kind: 'general' } })).map((item) => item.text)).toEqual(['Algemeen']);
    expect((await service.listNotebookNotes({})).map((item) => item.text)).toEqual(['Over Flevoland', 'Algemeen']);
    await service.deleteNotebookNote({ id: general.id });
    expect(await service.listNotebookNotes({ scope: { kind: 'general' } })).toEqual([]);
    await service.restoreNotebookNote({ id: general.id });
    expect(await service.listNotebookNotes({ scope: { kind: 'general' } })).toHaveLength(1);
    const edited = await service.saveNotebookNote({ id: general.id, scope: { kind: 'document', docId: 'flevoland' }, content: note('Herzien') });
    expect(edited.scope).toEqual({ kind: 'general' });
    expect(edited.text).toBe('Herzien');
  });

  it('lists and finds annotations with the heading of the section they start in', async () => {
    const service = await openService(mkdtempSync(join(tmpdir(), 'werkplaats-annotations-')), { id: 0, time: 0 });
    const lead = await service.createAnnotation({ docId: 'flevoland', start: 10, end: 40 });
    const later = await service.createAnnotation({ docId: 'flevoland', start: 600, end: 640, note: note('Samenwerking met gemeenten') });
    const listed = await service.listAnnotations({});
    expect(listed.map(({ id, section }) => [id, section])).toEqual([
      [lead.id, null],
      [later.id, 'Aanpak'],
    ]);
    const found = await service.searchAnnotations({ query: 'gemeente' });
    expect(found).toMatchObject([{ id: later.id, section: 'Aanpak', matchedWords: ['gemeenten'] }]);
  });

  it('renames colour labels and keeps the others', async () => {
    const service = await openService(mkdtempSync(join(tmpdir(), 'werkplaats-annotations-')), { id: 0, time: 0 });
    expect(await service.setColorLabel({ color: 1, label: ' open vraag ' })).toEqual(['belangrijk', 'open vraag', 'definitie', 'voorbeeld', 'kritiek']);
  });
});

interface ModelAnnotation {
  id: string;
  docId: string;
  start: number;
  end: number;
  color: number;
  tags: string[];
  noteText: string;
  deleted: boolean;
}
interface Model {
  annotations: ModelAnnotation[];
  labels: string[];
}
interface Real {
  dir: string;
  counter: { id: number; time: number };
  service: WerkplaatsApi;
}

/** Reads the real state in the model's shape. */
async function observe(real: Real): Promise<ModelAnnotation[]> {
  const all = await real.service.listAnnotations({ includeDeleted: true });
  return all
    .map((annotation) => {
      const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector')!;
      return {
        id: annotation.id,
        docId: annotation.docId,
        start: position.start,
        end: position.end,
        color: annotation.color,
        tags: annotation.tags,
        noteText: annotation.noteText,
        deleted: annotation.deleted !== null,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function compare(model: Model, real: Real): Promise<void> {
  expect(await observe(real)).toEqual([...model.annotations].sort((a, b) => a.id.localeCompare(b.id)));
  expect(await real.service.getColorLabels({})).toEqual(model.labels);
  const visible = (await real.service.listAnnotations({})).map((annotation) => annotation.id).sort();
  expect(visible).toEqual(model.annotations.filter((annotation) => !annotation.deleted).map((annotation) => annotation.id).sort());
}

type Command = fc.AsyncCommand<Model, Real>;

const tag = fc.constantFrom('jeugd', 'zorg', 'wijkteam', 'later');
const commands: fc.Arbitrary<Command>[] = [
  fc
    .record({ docId: fc.constantFrom('flevoland', 'zwolle'), at: fc.nat(2000), length: fc.integer({ min: 1, max: 300 }), color: fc.integer({ min: 0, max: 4 }), tags: fc.array(tag, { maxLength: 3 }), note: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== '')) })
    .map(
      (input): Command => ({
        check: () => true,
        async run(model, real) {
          const created = await real.service.createAnnotation({ docId: input.docId, start: input.at, end: input.at + input.length, color: input.color, tags: input.tags, note: input.note === null ? null : note(input.note) });
          model.annotations.push({ id: created.id, docId: input.docId, start: input.at, end: input.at + input.length, color: input.color, tags: [...new Set(input.tags)], noteText: input.note?.trim() ?? '', deleted: false });
          await compare(model, real);
        },
        toString: () => `create(${JSON.stringify(input)})`,
      }),
    ),
  fc
    .record({ pick: fc.nat(), color: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), tags: fc.option(fc.array(tag, { maxLength: 3 }), { nil: undefined }), note: fc.option(fc.option(fc.constantFrom('nieuw', 'nog een')), { nil: undefined }) })
    .map(
      (input): Command => ({
        check: (model) => model.annotations.length > 0,
        async run(model, real) {
          const target = model.annotations[input.pick % model.annotations.length]!;
          await real.service.updateAnnotation({ id: target.id, color: input.color, tags: input.tags, note: input.note === undefined ? undefined : input.note === null ? null : note(input.note) });
          if (input.color !== undefined) target.color = input.color;
          if (input.tags !== undefined) target.tags = [...new Set(input.tags)];
          if (input.note !== undefined) target.noteText = input.note ?? '';
          await compare(model, real);
        },
        toString: () => `edit(${JSON.stringify(input)})`,
      }),
    ),
  fc.nat().map(
    (pick): Command => ({
      check: (model) => model.annotations.length > 0,
      async run(model, real) {
        const target = model.annotations[pick % model.annotations.length]!;
        await real.service.deleteAnnotation({ id: target.id });
        target.deleted = true;
        await compare(model, real);
      },
      toString: () => `delete(${pick})`,
    }),
  ),
  fc.nat().map(
    (pick): Command => ({
      check: (model) => model.annotations.length > 0,
      async run(model, real) {
        const target = model.annotations[pick % model.annotations.length]!;
        await real.service.restoreAnnotation({ id: target.id });
        target.deleted = false;
        await compare(model, real);
      },
      toString: () => `restore(${pick})`,
    }),
  ),
  fc.record({ color: fc.integer({ min: 0, max: 4 }), label: fc.constantFrom('eigen', 'later lezen', 'twijfel') }).map(
    (input): Command => ({
      check: () => true,
      async run(model, real) {
        await real.service.setColorLabel(input);
        model.labels[input.color] = input.label;
        await compare(model, real);
      },
      toString: () => `label(${JSON.stringify(input)})`,
    }),
  ),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      real.service = await openService(real.dir, real.counter);
      await compare(model, real);
    },
    toString: () => 'restart',
  }),
];

describe('annotation store (model-based)', () => {
  it('never diverges from a simple in-memory model across create, edit, delete, restore and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (sequence) => {
        const dir = mkdtempSync(join(tmpdir(), 'werkplaats-model-'));
        const counter = { id: 0, time: Date.parse('2026-11-23T10:00:00Z') };
        const real: Real = { dir, counter, service: await openService(dir, counter) };
        const model: Model = { annotations: [], labels: ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'] };
        await fc.asyncModelRun(() => ({ model, real }), sequence);
      }),
      { numRuns: 60 },
    );
  });
});
