import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createApi } from '../../core/api/createApi.js';
import type { CorpusBundle } from '../../core/corpus/types.js';
import { openUserData } from '../storage/openUserData.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { corpusFilesIn } from '../paths.js';
import { exitCodeOf } from './callApi.js';
import { runCli } from './cli.js';

let bundleFile: string;
const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-cli-'));

async function cli(...words: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await runCli(['--data-dir', dataDir, '--bundle', bundleFile, ...words], {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
});

describe('runCli', () => {
  it('list --json prints every document with its id, source, title, region, kind, themes and section count', async () => {
    const { exitCode, stdout, stderr } = await cli('list', '--json');
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const documents = JSON.parse(stdout);
    expect(documents).toHaveLength(5);
    for (const document of documents) {
      expect(Object.keys(document).sort()).toEqual(['id', 'kind', 'region', 'sections', 'source', 'themes', 'title']);
      expect(document.sections).toBeGreaterThan(0);
      expect(document.themes.every((theme: unknown) => typeof theme === 'string')).toBe(true);
    }
    expect(documents.map((document: { source: string }) => document.source).sort()).toEqual([
      '000_634bf5b25a85aaec.txt',
      '001_2b68e9315a163ccf.txt',
      '002_6be9bfadb7a4ecc6.txt',
      '003_0bfff3f53aeb27db.txt',
      '004_dd9c58226ff89e9a.txt',
    ]);
    const flevoland = documents.find((document: { source: string }) => document.source === '000_634bf5b25a85aaec.txt');
    expect(flevoland).toMatchObject({ title: 'Werkplaats Sociaal Domein Flevoland', region: 'Flevoland', kind: 'profile' });
  });

  it('list prints one readable line per document', async () => {
    const { exitCode, stdout } = await cli('list');
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')).toHaveLength(5);
    expect(stdout).toContain('Werkplaats Sociaal Domein Noord-Holland');
  });

  it('show --json includes the metadata and every section with its text', async () => {
    const listed = JSON.parse((await cli('list', '--json')).stdout);
    const id = listed.find((document: { region: string }) => document.region === 'Noord-Holland').id;
    const { exitCode, stdout } = await cli('show', id, '--json');
    expect(exitCode).toBe(0);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ id, region: 'Noord-Holland', hogeschool: 'Hogeschool Inholland' });
    expect(document.municipalities).toContain('Haarlem');
    expect(document.sections.length).toBeGreaterThan(3);
    expect(document.sections.every((section: { text: string }) => section.text.length > 0)).toBe(true);
    expect(document.sections.map((section: { heading: string }) => section.heading)).toContain('Verbinden met informele hulpbronnen');
  });

  it('show prints the document as readable text', async () => {
    const listed = JSON.parse((await cli('list', '--json')).stdout);
    const { exitCode, stdout } = await cli('show', listed[0].id);
    expect(exitCode).toBe(0);
    expect(stdout.startsWith(`# ${listed[0].title}`)).toBe(true);
  });

  it('search --json prints ranked hits with the documented fields, best first', async () => {
    const { exitCode, stdout } = await cli('search', 'mantelzorgers', '--json', '--limit', '5');
    expect(exitCode).toBe(0);
    const hits = JSON.parse(stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['docId', 'docTitle', 'score', 'sectionId', 'sectionTitle', 'snippet', 'source']);
    const scores = hits.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[0].docId).toBe('werkplaats-zuid-holland-zuid');
  });

  it('search filters by region and kind', async () => {
    const byRegion = JSON.parse((await cli('search', 'jeugd', '--json', '--region', 'Flevoland')).stdout);
    expect(byRegion.length).toBeGreaterThan(0);
    expect(new Set(byRegion.map((hit: { docId: string }) => hit.docId)).has('werkplaats-regio-zwolle')).toBe(false);
    const news = JSON.parse((await cli('search', 'jeugd', '--json', '--kind', 'news')).stdout);
    expect(news.every((hit: { docId: string }) => hit.docId.startsWith('nieuws-'))).toBe(true);
  });

  it('search corrects a typo and says so on stderr', async () => {
    const { exitCode, stdout, stderr } = await cli('search', 'mantelzrog');
    expect(exitCode).toBe(0);
    expect(stderr).toMatch(/Bedoelde je: mantelzorg/);
    expect(stdout).toMatch(/»/);
  });

  it('themes --json lists each theme with its documents and passage count', async () => {
    const { exitCode, stdout } = await cli('themes', '--json');
    expect(exitCode).toBe(0);
    const themes = JSON.parse(stdout);
    expect(themes.length).toBeGreaterThanOrEqual(12);
    for (const theme of themes) expect(Object.keys(theme).sort()).toEqual(['docs', 'id', 'label', 'passages']);
    const informalCare = themes.find((theme: { id: string }) => theme.id === 'informal-care');
    expect(informalCare.docs).toEqual(expect.arrayContaining(['werkplaats-flevoland', 'werkplaats-regio-zwolle', 'werkplaats-zuid-holland-zuid', 'werkplaats-noord-holland']));
  });

  it('theme --json prints passages with their evidence', async () => {
    const { exitCode, stdout } = await cli('theme', 'neighbourhood-teams', '--json');
    expect(exitCode).toBe(0);
    const passages = JSON.parse(stdout);
    expect(new Set(passages.map((passage: { docId: string }) => passage.docId))).toEqual(new Set(['werkplaats-regio-zwolle', 'werkplaats-zuid-holland-zuid']));
    for (const passage of passages) {
      expect(Object.keys(passage).sort()).toEqual(['docId', 'evidence', 'sectionId', 'snippet']);
      expect(passage.evidence.length).toBeGreaterThan(0);
    }
  });

  it('notes list --json prints annotations with quote, plain-text note and orphan flag', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-notes-'));
    const { store } = await openUserData(folder);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as CorpusBundle;
    const document = bundle.documents.find((candidate) => candidate.id === 'werkplaats-flevoland')!;
    const start = document.text.indexOf('informele zorg');
    const api = createApi({ bundle, themes: JSON.parse(readFileSync(join(bundleFile, '..', 'themes.json'), 'utf8')), store, now: () => new Date('2026-11-23T10:00:00Z'), loadSearchIndex: () => Promise.reject(new Error('not used')), newId: () => 'a1' });
    await api.createAnnotation({ docId: document.id, start, end: start + 'informele zorg'.length, color: 2, tags: ['vraag'], note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wie doet dit?' }] }] } });
    await store.update((data) => {
      data.annotations.push({ ...data.annotations[0]!, id: 'weg', selectors: [{ type: 'TextQuoteSelector', exact: 'Deze zin staat nergens in het corpus', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 5, end: 40 }] });
    });
    const stdout: string[] = [];
    const exitCode = await runCli(['--data-dir', folder, '--bundle', bundleFile, 'notes', 'list', '--json', '--doc', document.id], { stdout: (text) => stdout.push(text), stderr: () => undefined });
    expect(exitCode).toBe(0);
    const rows = JSON.parse(stdout.join(''));
    expect(rows.map((row: { id: string }) => row.id).sort()).toEqual(['a1', 'weg']);
    const first = rows.find((row: { id: string }) => row.id === 'a1');
    expect(first).toEqual({ id: 'a1', docId: document.id, quote: 'informele zorg', color: 2, tags: ['vraag'], note: 'Wie doet dit?', created: '2026-11-23T10:00:00.000Z', modified: '2026-11-23T10:00:00.000Z', orphan: false });
    expect(rows.find((row: { id: string }) => row.id === 'weg').orphan).toBe(true);
  });

  it.each([
    [['notes', 'wis'], /Onbekende opdracht "notes wis"/],
    [['notes'], /Onvolledige opdracht "notes"/],
    [['notes', 'list', '--doc', 'nergens'], /geen document met id "nergens"/],
    [['theme', 'onbekend'], /geen thema met id "onbekend"/],
    [['theme'], /Geef een thema-id op/],
    [['search'], /Geef een zoekvraag op/],
    [['search', 'zorg', '--kind', 'blog'], /Ongeldige invoer/],
    [['search', 'zorg', '--limit', 'veel'], /Ongeldige invoer/],
    [['show', 'bestaat-niet'], /geen document met id "bestaat-niet"/],
    [['show'], /Geef een document-id op/],
    [['verwijder'], /Onbekende opdracht "verwijder"/],
    [['list', '--data-dir'], /--data-dir heeft een waarde nodig/],
    [['list', '--json=ja'], /--json neemt geen waarde/],
  ])('%j fails with a clear message on stderr and exit code 2', async (words, message) => {
    const { exitCode, stdout, stderr } = await cli(...words);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('notes list refuses to print an empty list when the data file is damaged', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-damaged-'));
    writeFileSync(join(folder, 'werkplaats-reader.json'), '{"schemaVersion":2,"annotations":[{');
    const stderr: string[] = [];
    const exitCode = await runCli(['--data-dir', folder, '--bundle', bundleFile, 'notes', 'list'], { stdout: () => undefined, stderr: (text) => stderr.push(text) });
    expect(exitCode).toBe(1);
    expect(stderr.join('\n')).toMatch(/beschadigd/);
    expect(readFileSync(join(folder, 'werkplaats-reader.json'), 'utf8')).toBe('{"schemaVersion":2,"annotations":[{');
  });

  it('notes list prints every valid annotation and says on stderr how many records it skipped, leaving the file as it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-odd-'));
    const valid = { id: 'goed', docId: 'x', corpusVersion: 'v', selectors: [{ type: 'TextQuoteSelector', exact: 'woord', prefix: '', suffix: '' }], color: 0, tags: [], note: null, noteText: '', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', deleted: null };
    const content = JSON.stringify({ schemaVersion: 3, annotations: [null, valid, { id: 'half' }], notebook: [] });
    writeFileSync(join(folder, 'werkplaats-reader.json'), content);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const exitCode = await runCli(['--data-dir', folder, '--bundle', bundleFile, 'notes', 'list', '--json', '--language', 'nl'], { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout.join('\n')).map((note: { id: string }) => note.id)).toEqual(['goed']);
    expect(stderr.join('\n')).toMatch(/2 aantekeningen in werkplaats-reader\.json konden niet worden gelezen/);
    expect(stderr.join('\n')).toContain(`(map: ${folder})`);
    expect(readFileSync(join(folder, 'werkplaats-reader.json'), 'utf8')).toBe(content);

    const english: string[] = [];
    await runCli(['--data-dir', folder, '--bundle', bundleFile, 'notes', 'list', '--language', 'en'], { stdout: () => undefined, stderr: (text) => english.push(text) });
    expect(english.join('\n')).toMatch(/2 annotations in werkplaats-reader\.json could not be read and are skipped here/);
    expect(english.join('\n')).toContain(`(folder: ${folder})`);
  });

  it('says on stderr when the corpus has not been built', async () => {
    const stderr: string[] = [];
    const exitCode = await runCli(['--data-dir', dataDir, '--bundle', join(dataDir, 'missing.json'), 'list'], { stdout: () => undefined, stderr: (text) => stderr.push(text) });
    expect(exitCode).toBe(1);
    expect(stderr.join('')).toMatch(/npm run build/);
  });

  it.each([
    ['document-not-found', 2],
    ['theme-not-found', 2],
    ['invalid-input', 2],
    ['unknown-method', 2],
    ['internal', 1],
    ['unreachable', 1],
  ] as const)('exits with the code the API error maps to: %s → %i', (code, exitCode) => {
    expect(exitCodeOf(code)).toBe(exitCode);
  });
});
