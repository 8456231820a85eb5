import { beforeAll, describe, expect, it } from 'vitest';
import { Memory } from 'lowdb';
import type { ThemeArtifact } from '../library/buildLibrary.js';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import type { CorpusBundle } from '../corpus/types.js';
import { openUserDataStore } from '../storage/userDataStore.js';
import { buildSearchIndex } from '../search/searchIndex.js';
import { createApi } from './createApi.js';
import { dispatch } from './dispatch.js';

let bundle: CorpusBundle;
let themes: ThemeArtifact;
let counter = 0;
const newId = () => `id-${(counter += 1)}`;

beforeAll(() => {
  const library = testLibrary();
  bundle = library.bundle;
  themes = library.themes;
});

function clock(start: string) {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

describe('createApi', () => {
  it('lists every document as a summary without its body', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const summaries = await api.listDocuments({});
    expect(summaries.map((summary) => summary.id)).toEqual(bundle.documents.map((document) => document.id));
    expect(summaries.every((summary) => !('text' in summary) && !('sections' in summary))).toBe(true);
  });

  it('returns a whole document by id and a not-found error otherwise', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const first = bundle.documents[0]!;
    expect((await api.getDocument({ id: first.id })).text).toBe(first.text);
    expect(await dispatch(api, 'getDocument', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'document-not-found' } });
  });

  it('remembers the reading position per document and which was read last', async () => {
    const store = await openUserDataStore(new Memory());
    const api = createApi({ bundle, themes, store, now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const [first, second] = bundle.documents;
    expect(await api.getReadingState({})).toBeNull();
    await api.setReadingState({ docId: first!.id, offset: 120 });
    await api.setReadingState({ docId: second!.id, offset: 40 });
    expect(await api.getReadingState({ docId: first!.id })).toMatchObject({ docId: first!.id, offset: 120, corpusVersion: bundle.version });
    expect((await api.getReadingState({}))?.docId).toBe(second!.id);
    await api.setReadingState({ docId: first!.id, offset: 300 });
    expect((await api.getReadingState({}))?.docId).toBe(first!.id);
  });

  it('keeps a position inside the document and refuses unknown documents', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const document = bundle.documents[0]!;
    expect((await api.setReadingState({ docId: document.id, offset: 9_999_999 })).offset).toBe(document.text.length);
    expect(await dispatch(api, 'setReadingState', { docId: 'weg', offset: 1 })).toMatchObject({ ok: false, error: { code: 'document-not-found' } });
  });

  it('ignores saved positions of documents the corpus no longer has', async () => {
    const store = await openUserDataStore(new Memory());
    await store.updateReadingStates((states) => {
      states.verdwenen = { docId: 'verdwenen', offset: 5, corpusVersion: 'old', updatedAt: '2030-01-01T00:00:00.000Z' };
    });
    const api = createApi({ bundle, themes, store, now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    expect(await api.getReadingState({})).toBeNull();
    expect(store.readingStates.verdwenen).toBeDefined();
  });

  it('serves every valid record although a notebook entry and a reading state in the file are null', async () => {
    const document = bundle.documents[0]!;
    const page = { id: 'n1', scope: { kind: 'document', docId: document.id }, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bewaard' }] }] }, text: 'bewaard', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', deleted: null };
    const position = { docId: document.id, offset: 12, corpusVersion: bundle.version, updatedAt: '2026-01-02T00:00:00.000Z' };
    const main = new Memory<unknown>();
    await main.write({ schemaVersion: 3, annotations: [null], notebook: [null, page, null], colorLabels: ['a', 'b', 'c', 'd', 'e'] });
    const reading = new Memory<unknown>();
    await reading.write({ schemaVersion: 1, readingStates: { kapot: null, [document.id]: position } });
    const store = await openUserDataStore(main, { readingAdapter: reading });
    const api = createApi({ bundle, themes, store, now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    expect((await api.listNotebookNotes({ scope: { kind: 'document', docId: document.id } })).map((note) => note.text)).toEqual(['bewaard']);
    expect(await api.getReadingState({})).toEqual(position);
    expect(await api.getReadingState({ docId: document.id })).toEqual(position);
    expect(await api.listAnnotations({})).toEqual([]);
    expect(store.quarantined.map((record) => record.place)).toEqual(['annotations[0]', 'notebook[0]', 'notebook[2]', 'readingFile.readingStates["kapot"]']);
  });

  it('reports the corpus version and start-up notices', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId, notices: [{ code: 'newer-version', params: {} }] });
    expect(await api.getAppInfo({})).toEqual({ corpusVersion: bundle.version, documentCount: 5, readOnly: false, notices: [{ code: 'newer-version', params: {} }], canTakeOver: false });
  });
});

describe('createApi search', () => {
  it('loads the index once, on the first search, and answers with ranked passages', async () => {
    let loads = 0;
    const api = createApi({
      bundle,
      themes,
      store: await openUserDataStore(new Memory()),
      now: () => new Date(),
      loadSearchIndex: async () => {
        loads += 1;
        return buildSearchIndex(bundle.documents);
      },
      newId,
    });
    await api.listDocuments({});
    expect(loads).toBe(0);
    const [first, second] = await Promise.all([api.search({ query: 'mantelzorgers' }), api.search({ query: 'wijkteams' })]);
    expect(loads).toBe(1);
    expect(first.hits.length).toBeGreaterThan(0);
    expect(second.hits[0]!.docId).toBe('werkplaats-zuid-holland-zuid');
  });

  it('finds every match in one document, in reading order, through stemming and folding', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const document = bundle.documents.find((candidate) => candidate.id === 'werkplaats-flevoland')!;
    const { matches } = await api.findInDocument({ docId: document.id, query: 'client' });
    const words = matches.map((match) => document.text.slice(match.start, match.end).toLowerCase());
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.every((word) => word.includes('cliënt'))).toBe(true);
    expect(matches.map((match) => match.start)).toEqual([...matches.map((match) => match.start)].sort((a, b) => a - b));
    expect((await api.findInDocument({ docId: document.id, query: 'zzzqqq' })).matches).toEqual([]);
  });

  it('counts matches per theme and filters by theme', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const all = await api.search({ query: 'vrijwilligers' });
    expect(all.counts.themes['informal-care']).toBeGreaterThan(0);
    const filtered = await api.search({ query: 'vrijwilligers', themeId: 'informal-care' });
    expect(filtered.hits.length).toBe(Math.min(20, all.counts.themes['informal-care']!));
    const tagged = new Set(themes.index.documents.flatMap((entry) => entry.passages.filter((passage) => passage.themes.some((tag) => tag.themeId === 'informal-care')).map((passage) => `${entry.docId}:${passage.start}`)));
    for (const hit of filtered.hits) expect(tagged.has(`${hit.docId}:${hit.passageStart}`)).toBe(true);
    expect((await api.search({ query: 'vrijwilligers', themeId: 'sport-exercise' })).hits.every((hit) => hit.docId !== 'nieuws-2017-06-12-project-uitstroom-24-uurszorg')).toBe(true);
  });

  it('expands a query with thesaurus synonyms: LVB finds "licht verstandelijke beperking"', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    const { hits } = await api.search({ query: 'LVB' });
    expect(hits.some((hit) => hit.docId === 'werkplaats-noord-holland')).toBe(true);
    expect(hits.some((hit) => hit.docId === 'werkplaats-regio-zwolle')).toBe(true);
  });

  it('validates search input at the boundary', async () => {
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId });
    expect(await dispatch(api, 'search', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(api, 'search', { query: 'zorg', kind: 'blog' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(api, 'search', { query: 'zorg', limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
