/** A pack that carries the teacher's annotations: they arrive as a layer of their own, never touching the student's annotations. */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { callTestApi, openTestApi } from '../../tests/support/testApi.js';
import { dispatch } from '../api/dispatch.js';
import type { Annotation } from '../annotations/annotation.js';
import type { CorpusBundle } from '../corpus/types.js';
import type { ThemeArtifact } from '../library/buildLibrary.js';
import type { UserDataStore } from '../storage/userDataStore.js';

let bundle: CorpusBundle;
let themes: ThemeArtifact;
beforeAll(() => ({ bundle, themes } = testLibrary()));

const text = (value: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] });

const openApi = () => openTestApi({ bundle, themes });

const call = callTestApi;

const own = (store: UserDataStore) => store.data.annotations.filter((annotation) => (annotation as Annotation & { layerId?: string }).layerId === undefined);
const inLayer = (store: UserDataStore, layerId: string) => store.data.annotations.filter((annotation) => (annotation as Annotation & { layerId?: string }).layerId === layerId);

/** A teacher with a one-step route on the first document, two highlights on it (one with a note) and one on a document the route does not visit. */
async function teacher() {
  const { api, store } = await openApi();
  const [first, second] = bundle.documents;
  const route = await call<{ id: string }>(api, 'createRoute', { title: 'Mantelzorg' });
  await call(api, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId: first!.id }, questions: [text('Wat valt op?')] });
  await call(api, 'createAnnotation', { docId: first!.id, start: 10, end: 40, color: 1, note: text('Let hierop.') });
  await call(api, 'createAnnotation', { docId: first!.id, start: 60, end: 90 });
  await call(api, 'createAnnotation', { docId: second!.id, start: 10, end: 40 });
  return { api, store, routeId: route.id };
}

/** A student with own annotations whose ids are the very ids the teacher's have (both count from id-1). */
async function student() {
  const { api, store } = await openApi();
  const [first] = bundle.documents;
  for (let index = 0; index < 5; index += 1) await call(api, 'createAnnotation', { docId: first!.id, start: 10 + index, end: 30 + index, color: 2, note: text(`Mijn notitie ${index}`) });
  return { api, store };
}

describe('route packs with the teacher’s annotations', () => {
  it('carries only the teacher’s annotations on the route’s documents, and only when asked', async () => {
    const { api, routeId } = await teacher();
    const plain = await call<{ content: string; annotations: number }>(api, 'exportRoutePack', { id: routeId });
    expect(JSON.parse(plain.content)).not.toHaveProperty('annotations');
    const withNotes = await call<{ content: string; annotations: number }>(api, 'exportRoutePack', { id: routeId, author: 'Docent Jansen', withAnnotations: true });
    const pack = JSON.parse(withNotes.content);
    expect(pack.formatVersion).toBe(2);
    expect(withNotes.annotations).toBe(2);
    expect(pack.annotations.map((annotation: { target: { 'werkplaats:docId': string } }) => annotation.target['werkplaats:docId'])).toEqual([bundle.documents[0]!.id, bundle.documents[0]!.id]);
  });

  it('imports them as a layer named after the teacher and the route, leaves the student’s own alone, and a newer pack replaces the layer and keeps the answers', async () => {
    const teacherSide = await teacher();
    const pack = await call<{ content: string }>(teacherSide.api, 'exportRoutePack', { id: teacherSide.routeId, author: 'Docent Jansen', withAnnotations: true });
    const { api, store } = await student();
    const before = structuredClone(own(store));

    const preview = await call<{ layer: { name: string; annotations: number } }>(api, 'previewRoutePack', { content: pack.content, file: 'mantelzorg.json' });
    expect(preview.layer).toMatchObject({ name: 'Docent Jansen — Mantelzorg', annotations: 2 });
    expect(store.data.layers).toEqual([]);
    await call(api, 'importRoutePack', { content: pack.content, file: 'mantelzorg.json' });
    const [layer] = store.data.layers;
    expect(layer).toMatchObject({ name: 'Docent Jansen — Mantelzorg', file: 'mantelzorg.json', routeId: teacherSide.routeId });
    expect(inLayer(store, layer!.id)).toHaveLength(2);
    expect(inLayer(store, layer!.id).find((annotation) => annotation.note !== null)?.noteText).toBe('Let hierop.');
    expect(own(store)).toEqual(before);

    // The student answers; the teacher removes a highlight, adds a step and hands out a newer pack.
    const detail = await call<{ route: { steps: { id: string; questions: { id: string }[] }[] } }>(api, 'getRoute', { id: teacherSide.routeId });
    const step = detail.route.steps[0]!;
    await call(api, 'saveRouteAnswer', { routeId: teacherSide.routeId, stepId: step.id, questionId: step.questions[0]!.id, content: text('Mijn antwoord.') });
    const teacherAnnotations = own(teacherSide.store);
    await call(teacherSide.api, 'deleteAnnotation', { id: teacherAnnotations[1]!.id });
    await call(teacherSide.api, 'addRouteStep', { routeId: teacherSide.routeId, target: { kind: 'document', docId: bundle.documents[1]!.id } });
    const newer = await call<{ content: string }>(teacherSide.api, 'exportRoutePack', { id: teacherSide.routeId, author: 'Docent Jansen', withAnnotations: true });
    const report = await call<{ outcome: string }>(api, 'importRoutePack', { content: newer.content, file: 'mantelzorg-v2.json' });

    expect(report.outcome).toBe('updated');
    expect(store.data.layers).toHaveLength(1);
    expect(store.data.layers[0]).toMatchObject({ id: layer!.id, file: 'mantelzorg-v2.json' });
    // The teacher's second document now counts too, so its highlight comes along; the removed one is gone.
    expect(inLayer(store, layer!.id).map((annotation) => annotation.docId).sort()).toEqual([bundle.documents[0]!.id, bundle.documents[1]!.id].sort());
    expect(own(store)).toEqual(before);
    const after = await call<{ answers: { text: string }[]; route: { steps: unknown[] } }>(api, 'getRoute', { id: teacherSide.routeId });
    expect(after.route.steps).toHaveLength(2);
    expect(after.answers.map((answer) => answer.text)).toEqual(['Mijn antwoord.']);
  });

  it('refuses a pack whole when one of its annotations is bad, naming the place, and writes nothing', async () => {
    const teacherSide = await teacher();
    const pack = JSON.parse((await call<{ content: string }>(teacherSide.api, 'exportRoutePack', { id: teacherSide.routeId, withAnnotations: true })).content);
    pack.annotations[1].target.selector = [{ type: 'TextPositionSelector', start: 50, end: 10 }];
    const { api, store } = await student();
    const before = JSON.stringify(store.data);
    const result = await dispatch(api, 'importRoutePack', { content: JSON.stringify(pack), file: 'kapot.json' });
    expect(result).toMatchObject({ ok: false, error: { code: 'pack-refused' } });
    expect(JSON.stringify(result)).toContain('annotations[1]');
    expect(JSON.stringify(store.data)).toBe(before);
  });

  it('still reads a version 1 pack, which has no annotations', async () => {
    const teacherSide = await teacher();
    const pack = JSON.parse((await call<{ content: string }>(teacherSide.api, 'exportRoutePack', { id: teacherSide.routeId })).content);
    pack.formatVersion = 1;
    const { api, store } = await student();
    const report = await call<{ outcome: string; layer: unknown }>(api, 'importRoutePack', { content: JSON.stringify(pack), file: 'oud.json' });
    expect(report).toMatchObject({ outcome: 'added', layer: null });
    expect(store.data.layers).toEqual([]);
    pack.annotations = [];
    expect(await dispatch(api, 'previewRoutePack', { content: JSON.stringify(pack), file: 'oud.json' })).toMatchObject({ ok: false, error: { code: 'pack-refused' } });
  });

  it('never changes the student’s own annotations, whatever annotations a pack carries (property)', async () => {
    const teacherSide = await teacher();
    const base = JSON.parse((await call<{ content: string }>(teacherSide.api, 'exportRoutePack', { id: teacherSide.routeId, withAnnotations: true })).content);
    const template = base.annotations[0];
    const { api, store } = await student();
    const ownIds = own(store).map((annotation) => annotation.id);
    const annotation = fc.record({
      id: fc.oneof(fc.constantFrom(...ownIds), fc.string({ minLength: 1, maxLength: 120 })),
      // Mostly good values, now and then one that refuses the whole pack.
      color: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 4 }), weight: 19 }, { arbitrary: fc.constant(7), weight: 1 }),
      modified: fc.oneof({ arbitrary: fc.constantFrom('2020-01-01T00:00:00Z', '2099-01-01T00:00:00Z'), weight: 19 }, { arbitrary: fc.constant('gisteren'), weight: 1 }),
      note: fc.string({ maxLength: 40 }),
      layerId: fc.oneof({ arbitrary: fc.constant(undefined), weight: 19 }, { arbitrary: fc.constantFrom('id-1', 'eigen'), weight: 1 }),
    });
    let imported = 0;
    let revision = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(annotation, { minLength: 1, maxLength: 6 }), async (items) => {
        const before = structuredClone(own(store));
        const pack = structuredClone(base);
        // Always newer, so each pack that passes its checks replaces the route and its layer.
        pack.route.revision = base.route.revision + (revision += 1);
        pack.annotations = items.map((item) => ({
          ...structuredClone(template),
          id: `urn:werkplaats-reader:annotation:${encodeURIComponent(item.id)}`,
          'werkplaats:id': item.id,
          'werkplaats:color': item.color,
          modified: item.modified,
          body: [{ type: 'TextualBody', purpose: 'commenting', value: item.note }],
          ...(item.layerId === undefined ? {} : { layerId: item.layerId }),
        }));
        const result = await dispatch(api, 'importRoutePack', { content: JSON.stringify(pack), file: 'eigenschap.json' });
        if (result.ok && ['added', 'updated'].includes((result.value as { outcome: string }).outcome)) imported += 1;
        expect(own(store)).toEqual(before);
      }),
      { numRuns: 60 },
    );
    // The property is only worth something when many of those packs went in, colliding ids and all.
    expect(imported).toBeGreaterThan(5);
  });
});
