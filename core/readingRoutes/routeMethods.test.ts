import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { callTestApi, openTestApi } from '../../tests/support/testApi.js';
import { dispatch } from '../api/dispatch.js';
import { describeApiError } from '../../common/apiError.js';
import type { WerkplaatsApi } from '../api/contract.js';
import type { CorpusBundle } from '../corpus/types.js';
import type { ThemeArtifact } from '../library/buildLibrary.js';

let bundle: CorpusBundle;
let themes: ThemeArtifact;
beforeAll(() => ({ bundle, themes } = testLibrary()));

const text = (value: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] });

const openApi = () => openTestApi({ bundle, themes });

const call = callTestApi;

/** A teacher's three-step route across two Werkplaatsen, with a question on two steps. */
async function buildRoute(api: WerkplaatsApi) {
  const [first, second] = bundle.documents;
  const section = first!.sections.find((candidate) => candidate.heading !== null)!;
  const quote = second!.sections[0]!.blocks[0]!;
  const route: { id: string } = await call(api, 'createRoute', { title: 'Mantelzorg vergeleken', audience: 'jaar 2', goals: ['Vergelijk twee regio’s'] });
  await call(api, 'addRouteStep', { routeId: route.id, target: { kind: 'section', docId: first!.id, sectionId: section.id }, instruction: text('Lees eerst dit.'), questions: [text('Wie werkt hier samen?')] });
  await call(api, 'addRouteStep', { routeId: route.id, target: { kind: 'quote', docId: second!.id, quote: second!.text.slice(quote.start, quote.start + 60) }, questions: [text('Wat valt op?')] });
  await call(api, 'addRouteStep', { routeId: route.id, target: { kind: 'theme', themeId: themes.index.themes[0]!.id } });
  return route.id;
}

describe('routeMethods', () => {
  it('builds a route across two Werkplaatsen with a reading time and the documents and themes it covers', async () => {
    const { api } = await openApi();
    const id = await buildRoute(api);
    const detail: { route: { steps: unknown[] }; minutes: number; placements: { status: string }[]; coverage: { docIds: string[]; themeIds: string[] } } = await call(api, 'getRoute', { id });
    expect(detail.route.steps).toHaveLength(3);
    expect(detail.placements.map((placement) => placement.status)).toEqual(['placed', 'placed', 'theme']);
    expect(detail.minutes).toBeGreaterThan(0);
    expect(detail.coverage.docIds).toEqual([bundle.documents[0]!.id, bundle.documents[1]!.id]);
    expect(detail.coverage.themeIds).toContain(themes.index.themes[0]!.id);
    const list: { id: string; steps: number }[] = await call(api, 'listRoutes', {});
    expect(list).toMatchObject([{ id, steps: 3 }]);
  });

  it.each([
    ['an unknown document', { kind: 'document', docId: 'bestaat-niet' }, 'document-not-found'],
    ['a quote that is not in the document', { kind: 'quote', docId: 'DOC', quote: 'deze zin staat er echt niet in' }, 'quote-not-in-document'],
    ['an unknown section', { kind: 'section', docId: 'DOC', sectionId: 'nergens' }, 'section-not-found'],
    ['an unknown theme', { kind: 'theme', themeId: 'nergens' }, 'theme-not-found'],
  ])('refuses a step at %s with a clear code', async (_, target, code) => {
    const { api } = await openApi();
    const route: { id: string } = await call(api, 'createRoute', { title: 'x' });
    const withDoc = JSON.parse(JSON.stringify(target).replace('DOC', bundle.documents[0]!.id));
    expect(await dispatch(api, 'addRouteStep', { routeId: route.id, target: withDoc })).toMatchObject({ ok: false, error: { code } });
  });

  it('reorders steps, removes one and puts it back with undo', async () => {
    const { api } = await openApi();
    const id = await buildRoute(api);
    const before: { route: { steps: { id: string }[] } } = await call(api, 'getRoute', { id });
    const ids = before.route.steps.map((step) => step.id);
    const moved: { steps: { id: string }[] } = await call(api, 'moveRouteStep', { routeId: id, stepId: ids[2], index: 0 });
    expect(moved.steps.map((step) => step.id)).toEqual([ids[2], ids[0], ids[1]]);
    const removed: { removed: { step: unknown; index: number } } = await call(api, 'removeRouteStep', { routeId: id, stepId: ids[0] });
    const restored: { steps: { id: string }[] } = await call(api, 'restoreRouteStep', { routeId: id, step: removed.removed.step, index: removed.removed.index });
    expect(restored.steps.map((step) => step.id)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it('hands a route to a student: the pack imports into a fresh folder, answers are kept when a newer version arrives', async () => {
    const teacher = await openApi();
    const id = await buildRoute(teacher.api);
    const pack: { content: string } = await call(teacher.api, 'exportRoutePack', { id, author: 'Docent' });

    const student = await openApi();
    const preview: { outcome: string; steps: number } = await call(student.api, 'previewRoutePack', { content: pack.content, file: 'route.json' });
    expect(preview).toMatchObject({ outcome: 'added', steps: 3 });
    expect(student.store.data.routes).toHaveLength(0);
    expect(await call(student.api, 'importRoutePack', { content: pack.content, file: 'route.json' })).toMatchObject({ outcome: 'added', lostSteps: 0, origin: { name: 'Docent' } });

    const detail: { route: { steps: { id: string; questions: { id: string }[] }[] } } = await call(student.api, 'getRoute', { id });
    const [firstStep] = detail.route.steps;
    await call(student.api, 'saveRouteAnswer', { routeId: id, stepId: firstStep!.id, questionId: firstStep!.questions[0]!.id, content: text('De gemeente en de hogeschool.') });
    await call(student.api, 'markRouteStep', { routeId: id, stepId: firstStep!.id, read: true });

    await call(teacher.api, 'updateRoute', { id, title: 'Mantelzorg vergeleken (herzien)' });
    const newer: { content: string } = await call(teacher.api, 'exportRoutePack', { id, author: 'Docent' });
    expect(await call(student.api, 'importRoutePack', { content: newer.content, file: 'route-v2.json' })).toMatchObject({ outcome: 'updated' });
    expect(await call(student.api, 'importRoutePack', { content: newer.content, file: 'route-v2.json' })).toMatchObject({ outcome: 'unchanged' });
    const after: { route: { title: string }; answers: { text: string }[]; progress: { read: boolean; answered: number }[] } = await call(student.api, 'getRoute', { id });
    expect(after.route.title).toBe('Mantelzorg vergeleken (herzien)');
    expect(after.answers.map((answer) => answer.text)).toEqual(['De gemeente en de hogeschool.']);
    expect(after.progress[0]).toMatchObject({ read: true, answered: 1 });
  });

  it('hands a route over as one werkplaats://pack/ link that imports like the pack file, and says why a bad link is refused', async () => {
    const teacher = await openApi();
    const id = await buildRoute(teacher.api);
    const { link }: { link: string } = await call(teacher.api, 'routePackLink', { id, author: 'Docent' });
    expect(link).toMatch(/^werkplaats:\/\/pack\/[A-Za-z0-9_-]+$/);

    const student = await openApi();
    const opened: { content: string; file: string } = await call(student.api, 'readRoutePackLink', { link });
    expect(await call(student.api, 'importRoutePack', opened)).toMatchObject({ outcome: 'added', origin: { name: 'Docent', file: 'werkplaats://pack' } });
    const detail: { route: { title: string; steps: unknown[] } } = await call(student.api, 'getRoute', { id });
    expect(detail.route).toMatchObject({ title: 'Mantelzorg vergeleken', steps: expect.any(Array) });
    expect(detail.route.steps).toHaveLength(3);

    const damaged = await dispatch(student.api, 'readRoutePackLink', { link: `${link.slice(0, 40)}` });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'pack-link-invalid', params: { problem: 'damaged' } } });
    const other = await dispatch(student.api, 'readRoutePackLink', { link: 'https://example.org/route.json' });
    expect(other).toMatchObject({ ok: false, error: { code: 'pack-link-invalid', params: { problem: 'not-a-pack-link' } } });
  });

  it('says why a pack is refused in the reader\'s language, each reason with its place', async () => {
    const { api } = await openApi();
    const newer = await dispatch(api, 'previewRoutePack', { content: JSON.stringify({ format: 'werkplaats-leesroute', formatVersion: 99 }), file: 'nieuw.json' });
    expect(newer).toMatchObject({ ok: false, error: { code: 'pack-refused', params: { count: 1, problems: [{ place: 'formatVersion', reason: 'newer-pack-format', params: { version: 99 } }] } } });
    if (newer.ok) return;
    expect(describeApiError(newer.error, 'en')).toContain('formatVersion: this pack was made with a newer version of the app (format 99); update the app');
    expect(describeApiError(newer.error, 'nl')).toContain('formatVersion: dit pakket is gemaakt met een nieuwere versie van de app (formaat 99)');
    const hostile = await dispatch(api, 'previewRoutePack', { content: '{"format":"werkplaats-leesroute","__proto__":{"x":1}}', file: 'x.json' });
    expect(hostile.ok).toBe(false);
    if (hostile.ok) return;
    expect(describeApiError(hostile.error, 'en')).toMatch(/__proto__: the key "__proto__" is not allowed/);
  });

  it('refuses a hostile or broken pack whole and changes nothing (property)', async () => {
    const { api, store } = await openApi();
    const before = JSON.stringify(store.data);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.constant('{"format":"werkplaats-leesroute","formatVersion":1,"__proto__":{"polluted":true}}'),
          fc.nat(5000).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
        ),
        async (content) => {
          const result = await dispatch(api, 'importRoutePack', { content, file: 'x.json' });
          expect(result).toMatchObject({ ok: false, error: { code: 'pack-refused' } });
        },
      ),
      { numRuns: 200 },
    );
    expect(JSON.stringify(store.data)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes a syllabus whose hostile title, goals and questions stay text, under a CSP that forbids script', async () => {
    const { api } = await openApi();
    const route: { id: string } = await call(api, 'createRoute', { title: '<script>alert(1)</script>', goals: ['<img src=x onerror=alert(2)>'] });
    await call(api, 'addRouteStep', { routeId: route.id, target: { kind: 'document', docId: bundle.documents[0]!.id }, questions: [text('<svg onload=alert(3)>')] });
    const file: { content: string; encoding: string; fileName: string } = await call(api, 'exportRoute', { id: route.id, kind: 'syllabus', format: 'html' });
    expect(file.encoding).toBe('utf8');
    expect(file.fileName).not.toMatch(/[<>/\\]/);
    expect(file.content).toContain('script-src &#39;none&#39;');
    expect(file.content).not.toMatch(/<script|<img|<svg/i);
    expect(file.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
