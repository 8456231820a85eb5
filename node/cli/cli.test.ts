import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpusBundle } from '../corpus/buildCorpusFiles.js';
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
  bundleFile = join(mkdtempSync(join(tmpdir(), 'werkplaats-bundle-')), 'bundle.json');
  await writeCorpusBundle(resolve('.'), bundleFile);
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

  it.each([
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

  it('says on stderr when the corpus has not been built', async () => {
    const stderr: string[] = [];
    const exitCode = await runCli(['--data-dir', dataDir, '--bundle', join(dataDir, 'missing.json'), 'list'], { stdout: () => undefined, stderr: (text) => stderr.push(text) });
    expect(exitCode).toBe(1);
    expect(stderr.join('')).toMatch(/npm run build/);
  });
});
