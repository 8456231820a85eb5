import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeApiError } from '../../common/apiError.js';
import { dispatch } from '../../core/api/dispatch.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { createNodeApi } from '../createNodeApi.js';
import { corpusFilesIn } from '../paths.js';
import { hashFolder } from '../../tests/support/hashFolder.js';

let bundleFile: string;
beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
});

const open = async (dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-layers-'))) => ({ dataDir, api: (await createNodeApi({ dataDir, bundleFile })).api });
async function call<T>(api: WerkplaatsApi, method: string, input: unknown): Promise<T> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${describeApiError(result.error, 'nl')}`);
  return result.value as T;
}

const pack = (text: string) =>
  JSON.stringify([
    { type: 'Annotation', id: 'https://hypothes.is/a/l1', created: '2026-11-30T09:00:00Z', body: [{ type: 'TextualBody', value: 'Lees dit goed' }], target: { source: 'https://example.org/x', selector: [{ type: 'TextQuoteSelector', exact: text }] } },
  ]);

describe('annotation layers through the API', () => {
  it('keeps a layer read-only and apart, lets the reader copy from it, hide it and remove it whole', async () => {
    const { api } = await open();
    const document = await call<{ text: string }>(api, 'getDocument', { id: 'werkplaats-flevoland' });
    const own = await call<{ id: string }>(api, 'createAnnotation', { docId: 'werkplaats-flevoland', start: 10, end: 40 });
    const report = await call<{ added: number }>(api, 'importAnnotations', { content: pack(document.text.slice(400, 460)), fileName: 'docent.json', layerName: 'Docent' });
    expect(report.added).toBe(1);
    const [layer] = await call<{ id: string; name: string; file: string; annotationCount: number }[]>(api, 'listLayers', {});
    expect(layer).toMatchObject({ name: 'Docent', file: 'docent.json', annotationCount: 1 });
    expect(await call<unknown[]>(api, 'listAnnotations', {})).toHaveLength(1);
    const placed = await call<{ anchored: { id: string; start: number }[] }>(api, 'getDocumentAnnotations', { docId: 'werkplaats-flevoland' });
    const theirs = placed.anchored.find((annotation) => annotation.id !== own.id)!;
    expect(theirs.start).toBe(400);
    const refused = await dispatch(api, 'updateAnnotation', { id: theirs.id, color: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'annotation-in-layer', params: { layer: 'Docent' } } });
    const copy = await call<{ id: string; noteText: string }>(api, 'copyAnnotationToOwn', { id: theirs.id });
    expect(copy.noteText).toBe('Lees dit goed');
    expect(await call(api, 'updateAnnotation', { id: copy.id, color: 3 })).toMatchObject({ color: 3 });
    await call(api, 'setLayerHidden', { id: layer!.id, hidden: true });
    expect((await call<{ anchored: unknown[] }>(api, 'getDocumentAnnotations', { docId: 'werkplaats-flevoland' })).anchored).toHaveLength(2);
    await call(api, 'removeLayer', { id: layer!.id });
    expect(await call<unknown[]>(api, 'listLayers', {})).toEqual([]);
    expect((await call<{ id: string }[]>(api, 'listAnnotations', {})).map((annotation) => annotation.id).sort()).toEqual([own.id, copy.id].sort());
  });

  it('changes no byte of the data folder when a fuzzed file is refused', async () => {
    const { api, dataDir } = await open();
    await call(api, 'createAnnotation', { docId: 'werkplaats-flevoland', start: 10, end: 40 });
    const before = hashFolder(dataDir);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.constant({ type: 'Annotation', __proto__: null })), async (value) => {
        const result = await dispatch(api, 'importAnnotations', { content: JSON.stringify(value) ?? 'null', fileName: 'x.json' });
        if (!result.ok) expect(hashFolder(dataDir)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
