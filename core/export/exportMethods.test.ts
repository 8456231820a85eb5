import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../api/dispatch.js';
import { createApi } from '../api/createApi.js';
import type { WerkplaatsApi } from '../api/contract.js';
import type { ExportHost } from './exportHost.js';
import type { ExportFile, ExportJobStatus } from './exportMethods.js';
import { openUserData } from '../../node/storage/openUserData.js';
import { writeExportFile } from '../../node/export/writeExportFile.js';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { buildSearchIndex } from '../search/searchIndex.js';

const fixture = exportFixture();

async function openApi(exportHost: ExportHost): Promise<WerkplaatsApi> {
  const library = testLibrary();
  const { store } = await openUserData(mkdtempSync(join(tmpdir(), 'werkplaats-export-api-')));
  await store.update((data) => {
    data.annotations.push(...fixture.annotations);
    data.notebook.push(...fixture.notebook);
  });
  let id = 0;
  return createApi({
    bundle: library.bundle,
    themes: library.themes,
    store,
    now: () => new Date('2026-12-02T12:00:00Z'),
    loadSearchIndex: async () => buildSearchIndex(library.bundle.documents),
    newId: () => `job-${(id += 1)}`,
    exportHost,
  });
}

async function call<T>(api: WerkplaatsApi, method: string, input: unknown): Promise<T> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value as T;
}

/** A yield that really lets other calls in, as the Node host's does. */
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

async function finish(api: WerkplaatsApi, job: ExportJobStatus): Promise<ExportJobStatus> {
  let status = job;
  while (status.state === 'running') {
    await yieldToHost();
    status = await call<ExportJobStatus>(api, 'getExportJob', { id: status.id });
  }
  return status;
}

describe('export methods', () => {
  it('previews the first part with the counts and proposed file name', async () => {
    const api = await openApi({ appVersion: '9.9.9' });
    const preview = await call<{ preview: string; annotationCount: number; notebookCount: number; fileName: string; canSave: boolean }>(api, 'previewExport', { request: { scope: { kind: 'all' } }, format: 'docx' });
    expect(preview.annotationCount).toBe(fixture.annotations.filter((annotation) => annotation.deleted === null).length);
    expect(preview.notebookCount).toBe(3);
    expect(preview.fileName).toBe('aantekeningen-alles-2026-12-02.docx');
    expect(preview.preview.startsWith('---\ntitle: "Aantekeningen — alles"')).toBe(true);
    expect(preview.preview).toContain('app_version: "9.9.9"');
    expect(preview.canSave).toBe(false);
  });

  it('runs a download job with progress to the end and hands the file over once', async () => {
    const api = await openApi({ appVersion: '1', yieldToHost });
    const started = await call<ExportJobStatus>(api, 'startExport', { request: { scope: { kind: 'all' } }, format: 'csv', destination: 'download' });
    expect(started.state).toBe('running');
    const done = await finish(api, started);
    expect(done).toMatchObject({ state: 'done', hasResult: true, progress: { phase: 'done', fraction: 1 } });
    const file = await call<ExportFile>(api, 'takeExportResult', { id: done.id });
    expect(file).toMatchObject({ fileName: 'aantekeningen-alles-2026-12-02.csv', encoding: 'utf8' });
    expect(file.content.split('\r\n').length).toBeGreaterThan(10);
    const again = await dispatch(api, 'takeExportResult', { id: done.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'export-job-not-found' } });
  });

  it('stops a cancelled job between pieces and writes nothing', async () => {
    const written: string[] = [];
    const api = await openApi({
      appVersion: '1',
      yieldToHost,
      chooseSavePath: async (name) => join(tmpdir(), name),
      writeFile: async (path) => {
        written.push(path);
      },
    });
    const started = await call<ExportJobStatus>(api, 'startExport', { request: { scope: { kind: 'all' } }, format: 'docx', destination: 'save' });
    await call(api, 'cancelExport', { id: started.id });
    const done = await finish(api, started);
    expect(done.state).toBe('cancelled');
    expect(written).toEqual([]);
  });

  it('saves through the host’s save dialog, and counts a dismissed dialog as cancelled', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-export-save-'));
    let answer: string | null = join(folder, 'mijn-notities.md');
    const api = await openApi({ appVersion: '1', yieldToHost, chooseSavePath: async () => answer, writeFile: writeExportFile });
    const saved = await finish(api, await call<ExportJobStatus>(api, 'startExport', { request: { scope: { kind: 'tag', tag: 'jeugd' } }, format: 'md', destination: 'save' }));
    expect(saved).toMatchObject({ state: 'done', savedPath: join(folder, 'mijn-notities.md') });
    expect(readFileSync(join(folder, 'mijn-notities.md'), 'utf8')).toContain('#jeugd');
    answer = null;
    const dismissed = await finish(api, await call<ExportJobStatus>(api, 'startExport', { request: { scope: { kind: 'all' } }, format: 'md', destination: 'save' }));
    expect(dismissed.state).toBe('cancelled');
  });

  it('refuses a native save where the host has no save dialog (the browser), and an unknown theme', async () => {
    const api = await openApi({ appVersion: '1' });
    expect(await dispatch(api, 'startExport', { request: { scope: { kind: 'all' } }, format: 'md', destination: 'save' })).toMatchObject({ ok: false, error: { code: 'export-unavailable' } });
    expect(await dispatch(api, 'exportNotes', { request: { scope: { kind: 'theme', themeId: 'nope' } }, format: 'md' })).toMatchObject({ ok: false, error: { code: 'theme-not-found', params: { id: 'nope' } } });
    expect(await dispatch(api, 'exportNotes', { request: { scope: { kind: 'all' } }, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'export-unavailable' } });
  });

  it('follows the overview filter through the Dutch annotation search', async () => {
    const api = await openApi({ appVersion: '1' });
    const file = await call<ExportFile>(api, 'exportNotes', { request: { scope: { kind: 'filter', query: 'verweesde' } }, format: 'json' });
    const ids = JSON.parse(file.content).first.items.map((item: { 'werkplaats:id': string }) => item['werkplaats:id']);
    expect(ids).toEqual(['a-orphan']);
  });
});
