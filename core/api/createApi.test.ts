import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Memory } from 'lowdb';
import { buildBundle } from '../corpus/buildBundle.js';
import { parseCorpusOverrides } from '../corpus/corpusOverrides.js';
import type { CorpusBundle } from '../corpus/types.js';
import { openUserDataStore } from '../storage/userDataStore.js';
import { createApi } from './createApi.js';
import { dispatch } from './dispatch.js';

let bundle: CorpusBundle;

beforeAll(() => {
  const pages = readdirSync('data/corpus')
    .filter((name) => name.endsWith('.txt'))
    .map((source) => ({ source, content: readFileSync(join('data/corpus', source), 'utf8') }));
  bundle = buildBundle(pages, parseCorpusOverrides(JSON.parse(readFileSync('data/corpus-overrides.json', 'utf8'))));
});

function clock(start: string) {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

describe('createApi', () => {
  it('lists every document as a summary without its body', async () => {
    const api = createApi({ bundle, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z') });
    const summaries = await api.listDocuments({});
    expect(summaries.map((summary) => summary.id)).toEqual(bundle.documents.map((document) => document.id));
    expect(summaries.every((summary) => !('text' in summary) && !('sections' in summary))).toBe(true);
  });

  it('returns a whole document by id and a not-found error otherwise', async () => {
    const api = createApi({ bundle, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z') });
    const first = bundle.documents[0]!;
    expect((await api.getDocument({ id: first.id })).text).toBe(first.text);
    expect(await dispatch(api, 'getDocument', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('remembers the reading position per document and which was read last', async () => {
    const store = await openUserDataStore(new Memory());
    const api = createApi({ bundle, store, now: clock('2026-11-23T10:00:00Z') });
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
    const api = createApi({ bundle, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z') });
    const document = bundle.documents[0]!;
    expect((await api.setReadingState({ docId: document.id, offset: 9_999_999 })).offset).toBe(document.text.length);
    expect(await dispatch(api, 'setReadingState', { docId: 'weg', offset: 1 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('ignores saved positions of documents the corpus no longer has', async () => {
    const store = await openUserDataStore(new Memory());
    await store.update((data) => {
      data.readingStates.verdwenen = { docId: 'verdwenen', offset: 5, corpusVersion: 'old', updatedAt: '2030-01-01T00:00:00.000Z' };
    });
    const api = createApi({ bundle, store, now: clock('2026-11-23T10:00:00Z') });
    expect(await api.getReadingState({})).toBeNull();
    expect(store.data.readingStates.verdwenen).toBeDefined();
  });

  it('reports the corpus version and start-up notices', async () => {
    const api = createApi({ bundle, store: await openUserDataStore(new Memory()), now: clock('2026-11-23T10:00:00Z'), notices: ['bestand hersteld'] });
    expect(await api.getAppInfo({})).toEqual({ corpusVersion: bundle.version, documentCount: 5, readOnly: false, notices: ['bestand hersteld'] });
  });
});
