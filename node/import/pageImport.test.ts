import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../../core/api/dispatch.js';
import { describeApiError } from '../../common/apiError.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { createNodeApi } from '../createNodeApi.js';
import { corpusFilesIn } from '../paths.js';
import { hashFolder } from '../../tests/support/hashFolder.js';
import { makePdf } from '../../tests/support/makePdf.js';
import { decodePageFile } from './decodePageFile.js';
import { importedPagesFileName } from './importedPagesFile.js';
import { ImportRefusedError } from '../../core/import/importRefusedError.js';

const fixtures = resolve('tests/fixtures/import');
let bundleFile: string;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
});

const freshDir = () => mkdtempSync(join(tmpdir(), 'werkplaats-pages-'));
const open = async (dataDir: string) => (await createNodeApi({ dataDir, bundleFile })).api;
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

async function call(api: WerkplaatsApi, method: string, input: unknown) {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${describeApiError(result.error, 'nl')}`);
  return result.value as never;
}

async function importFixture(api: WerkplaatsApi, name: string) {
  return call(api, 'importPage', { fileName: name, data: base64(readFileSync(join(fixtures, name))) }) as Promise<{ id: string; title: string; region: string; imported: true }>;
}

describe('importing own pages', () => {
  it.each([
    ['werkplaats-groningen.txt', 'werkplaats-groningen', 'Werkplaats Sociaal Domein Groningen', 'Groningen', 'poverty-debt'],
    ['werkplaats-twente.html', 'werkplaats-twente', 'Werkplaats Sociaal Domein Twente', 'Twente', 'intellectual-disability'],
  ])('imports %s with its title and region, without chrome, themes linked to the bundled pages', async (name, id, title, region, theme) => {
    const api = await open(freshDir());
    const summary = await importFixture(api, name);
    expect(summary).toMatchObject({ id, title, region, kind: 'profile', imported: true });
    const document = (await call(api, 'getDocument', { id })) as { text: string };
    for (const chrome of ['Menu Zoeken', 'cookies', 'Alles accepteren', 'Home', 'Naar de inhoud', 'Meer nieuws', '©', 'tracking', 'gtag']) expect(document.text).not.toContain(chrome);
    const themePage = (await call(api, 'getTheme', { id: theme })) as { theme: { docIds: string[] } };
    expect(themePage.theme.docIds).toContain(id);
    const documentThemes = (await call(api, 'getDocumentThemes', { docId: id })) as { passages: { sectionId: string }[] };
    const related = (await call(api, 'getRelatedPassages', { docId: id, sectionId: documentThemes.passages[0]!.sectionId })) as { docId: string }[];
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((passage) => passage.docId !== id)).toBe(true);
  });

  it('makes an imported page searchable at once, and keeps it (with its themes) across a restart', async () => {
    const dataDir = freshDir();
    const api = await open(dataDir);
    await call(api, 'search', { query: 'mantelzorg' });
    await importFixture(api, 'werkplaats-groningen.txt');
    const hits = (await call(api, 'search', { query: 'schuldhulpverlening' })) as { hits: { docId: string }[] };
    expect(hits.hits[0]?.docId).toBe('werkplaats-groningen');
    const reopened = await open(dataDir);
    const list = (await call(reopened, 'listDocuments', {})) as { id: string; imported?: true }[];
    expect(list.filter((summary) => summary.imported)).toMatchObject([{ id: 'werkplaats-groningen' }]);
    expect(((await call(reopened, 'search', { query: 'eenzaamheid ouderen dorpen' })) as { hits: { docId: string }[] }).hits[0]?.docId).toBe('werkplaats-groningen');
  });

  it('renames, re-files and removes an imported page, counting the annotations that pointed at it', async () => {
    const api = await open(freshDir());
    await importFixture(api, 'werkplaats-twente.html');
    expect(await call(api, 'updateImportedPage', { id: 'werkplaats-twente', title: 'Twente: jongeren', region: 'Overijssel' })).toMatchObject({ title: 'Twente: jongeren', region: 'Overijssel' });
    expect(((await call(api, 'search', { query: 'saxion', region: 'Overijssel' })) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    await call(api, 'createAnnotation', { docId: 'werkplaats-twente', start: 30, end: 60 });
    expect(await call(api, 'removeImportedPage', { id: 'werkplaats-twente' })).toEqual({ id: 'werkplaats-twente', annotationCount: 1 });
    expect(((await call(api, 'search', { query: 'saxion' })) as { hits: unknown[] }).hits).toEqual([]);
    expect(await call(api, 'listAnnotations', {})).toHaveLength(1);
    await expect(call(api, 'removeImportedPage', { id: 'werkplaats-flevoland' })).rejects.toThrow(/meegeleverde/);
  });

  it('stores no script, style, event handler or javascript: URL from an HTML page', async () => {
    const dataDir = freshDir();
    await importFixture(await open(dataDir), 'werkplaats-twente.html');
    const stored = readFileSync(join(dataDir, importedPagesFileName), 'utf8');
    for (const unsafe of ['<script', 'script>', 'onclick', 'onload', 'javascript:', 'style', 'gtag', 'dataLayer', 'background:']) expect(stored).not.toContain(unsafe);
  });

  it('reads Dutch text saved as Windows-1252 correctly', async () => {
    const text = 'Ouderen\n\nDrenthe\n\nDe Werkplaats Sociaal Domein Drenthe helpt cliënten en hun mantelzorgers: één aanpak voor ‘eigen kracht’ – coördinatie door de gemeente, €5 per café-bezoek.';
    const decoded = await decodePageFile('drenthe.txt', iconv.encode(text, 'windows-1252'));
    expect(decoded.text).toBe(text);
    const api = await open(freshDir());
    expect(await call(api, 'importPage', { fileName: 'drenthe.txt', data: base64(iconv.encode(text, 'windows-1252')) })).toMatchObject({ region: 'Drenthe' });
  });

  it('imports a PDF with text, and refuses a scan without text clearly', async () => {
    const api = await open(freshDir());
    const lines = ['Werkplaats Sociaal Domein Limburg', '', 'De Werkplaats Sociaal Domein Limburg onderzoekt met gemeenten hoe wijkteams', 'samenwerken met mantelzorgers en vrijwilligers in de informele zorg.'];
    const summary = (await call(api, 'importPage', { fileName: 'limburg.pdf', data: base64(makePdf(lines)) })) as { id: string; title: string };
    expect(summary.title).toBe('Werkplaats Sociaal Domein Limburg');
    expect(((await call(api, 'getDocument', { id: summary.id })) as { text: string }).text).toContain('samenwerken met mantelzorgers');
    await expect(call(api, 'importPage', { fileName: 'scan.pdf', data: base64(makePdf([])) })).rejects.toThrow(/geen tekst.*scan/);
  });

  it.each([
    ['an empty file', 'leeg.txt', new Uint8Array(), /leeg/],
    ['only whitespace', 'wit.md', Buffer.from(' \n\n\t '), /leeg/],
    ['a binary file', 'foto.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), /binaire/],
    ['an unknown kind', 'sheet.xlsx', Buffer.from('a,b'), /soort bestand/],
    ['a PDF that is not one', 'nep.pdf', Buffer.from('hallo wereld'), /geen PDF/],
    ['an unknown encoding', 'vreemd.txt', new Uint8Array([0x44, 0x65, 0x20, 0x81, 0x8d, 0x9d, 0xe9, 0x20, 0x74, 0x65, 0x6b, 0x73, 0x74]), /tekenset/],
    ['a page with no words', 'leeg.html', Buffer.from('<html><body><nav>Home Menu</nav><script>x()</script></body></html>'), /geen leesbare tekst|geen tekst over/],
  ])('refuses %s with a reason and writes nothing', async (_name, fileName, bytes, reason) => {
    const dataDir = freshDir();
    const api = await open(dataDir);
    const before = hashFolder(dataDir);
    const result = await dispatch(api, 'importPage', { fileName, data: base64(bytes) });
    expect(result).toMatchObject({ ok: false, error: { code: 'import-refused' } });
    // The failure carries reason codes; said in Dutch, each names the file.
    expect(result.ok ? '' : describeApiError(result.error, 'nl')).toMatch(new RegExp(`${fileName.replace('.', '\\.')}: .*(${reason.source})`));
    expect(hashFolder(dataDir)).toBe(before);
    expect(await call(api, 'listDocuments', {})).toHaveLength(5);
  });

  it('refuses an oversized file before decoding it', async () => {
    const result = await dispatch(await open(freshDir()), 'importPage', { fileName: 'groot.txt', data: 'A'.repeat(28_000_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('never crashes on arbitrary bytes: it imports a page or refuses it with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.pdf'), async (bytes, fileName) => {
        await decodePageFile(fileName, bytes).then(
          (decoded) => expect(typeof decoded.text).toBe('string'),
          (error: unknown) => expect(error).toBeInstanceOf(ImportRefusedError),
        );
      }),
      { numRuns: 150 },
    );
  });
});
