import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { webAnnotationCollectionShape } from '../../core/export/webAnnotationSchema.js';
import { escapeMarkdown } from '../../core/export/noteToMarkdown.js';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { readPdfText } from '../../tests/support/readPdfText.js';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { corpusFilesIn } from '../paths.js';
import { openUserData } from '../storage/openUserData.js';
import { runCli } from './cli.js';

let bundleFile: string;
const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-cli-export-'));
const outDir = mkdtempSync(join(tmpdir(), 'werkplaats-cli-export-out-'));
const fixture = exportFixture();

async function cli(...words: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await runCli(['--data-dir', dataDir, '--bundle', bundleFile, ...words], {
    stdout: (text) => stdout.push(`${text}\n`),
    stderr: (text) => stderr.push(text),
    raw: (text) => stdout.push(text),
  });
  return { exitCode, stdout: stdout.join(''), stderr: stderr.join('\n') };
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
  const { store } = await openUserData(dataDir);
  await store.update((data) => {
    data.annotations.push(...fixture.annotations);
    data.notebook.push(...fixture.notebook);
  });
}, 60_000);

describe('werkplaats notes export', () => {
  const first = fixture.documents[0]!;

  it('writes Markdown to stdout with every quote and note', async () => {
    const { exitCode, stdout, stderr } = await cli('notes', 'export', '--format', 'md');
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout.startsWith('---\ntitle: "Aantekeningen — alles"\n')).toBe(true);
    for (const quote of fixture.quotes.values()) expect(stdout).toContain(`> ${escapeMarkdown(quote)}`);
    expect(stdout).toContain('Dit is **belangrijk**');
    expect(stdout).toContain('*niet teruggevonden in de huidige tekst*');
  });

  it('writes JSON to a file that is a W3C AnnotationCollection, limited to one document', async () => {
    const out = join(outDir, 'flevoland.json');
    const { exitCode, stderr } = await cli('notes', 'export', '--format', 'json', '--doc', first.id, '--out', out);
    expect(exitCode).toBe(0);
    expect(stderr).toContain(`geëxporteerd naar ${out}`);
    const collection = JSON.parse(readFileSync(out, 'utf8'));
    expect(webAnnotationCollectionShape.safeParse(collection).success).toBe(true);
    expect(new Set(collection.first.items.map((item: { target: { 'werkplaats:docId': string } }) => item.target['werkplaats:docId']))).toEqual(new Set([first.id]));
  });

  it('writes CSV for one colour, chosen by its label', async () => {
    const { exitCode, stdout } = await cli('notes', 'export', '--format', 'csv', '--color', 'vraag');
    expect(exitCode).toBe(0);
    const rows = stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const expected = fixture.annotations.filter((annotation) => annotation.deleted === null && annotation.color === 1).length;
    expect(rows).toHaveLength(expected + 1);
    expect(rows.slice(1).every((row) => row.includes(',vraag,'))).toBe(true);
  });

  it('writes a Word file grouped by theme', async () => {
    const out = join(outDir, 'thema.docx');
    const { exitCode } = await cli('notes', 'export', '--format', 'docx', '--group', 'theme', '--out', out);
    expect(exitCode).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toContain('Zonder thema');
    expect(xml).toContain(fixture.quotes.get(`a-${first.id}-0`)!.replace(/&/g, '&amp;'));
  });

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  it.skipIf(!existsSync(chromium))('writes a PDF through Chromium that holds the quotes when read back', async () => {
    const out = join(outDir, 'aantekeningen.pdf');
    const { exitCode, stderr } = await cli('notes', 'export', '--format', 'pdf', '--out', out);
    expect(stderr).toContain('geëxporteerd');
    expect(exitCode).toBe(0);
    const { text, pages } = await readPdfText(new Uint8Array(readFileSync(out)));
    expect(pages).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const quote of fixture.quotes.values()) expect(flat).toContain(quote.replace(/\s+/g, ' '));
    expect(flat).toContain('Verweesde notitie');
  }, 120_000);
  if (!existsSync(chromium)) console.log(`cliExport: no Chromium at ${chromium}, so the PDF test is skipped.`);

  it('says what to do when PDF is asked for and there is no Chromium', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(outDir, 'geen-chromium');
    try {
      const { exitCode, stderr } = await cli('notes', 'export', '--format', 'pdf', '--out', join(outDir, 'nee.pdf'));
      expect(exitCode).toBe(1);
      expect(stderr).toMatch(/Chromium/);
      expect(stderr).toMatch(/apt-get install chromium/);
      expect(stderr).toMatch(/--format html/);
      expect(existsSync(join(outDir, 'nee.pdf'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it.each([
    [['--format', 'rtf'], 2, /Onbekend formaat "rtf"\. Kies uit: md, html, pdf, docx, csv, json/],
    [[], 2, /Geef een formaat op met --format/],
    [['--format', 'md', '--doc', 'nergens'], 2, /geen document met id "nergens"/],
    [['--format', 'md', '--theme', 'geen-thema'], 2, /geen thema met id "geen-thema"/],
    [['--format', 'md', '--color', 'paars'], 2, /Onbekende kleur "paars"/],
    [['--format', 'md', '--group', 'kleur'], 2, /Onbekende groepering "kleur"/],
    [['--format', 'md', '--doc', 'x', '--tag', 'y'], 2, /Kies één bereik/],
    [['--format', 'docx'], 2, /DOCX is geen tekst .* --out/],
    [['--format', 'md', '--out', '/nergens/bestaat/niet/a.md'], 2, /de map \/nergens\/bestaat\/niet bestaat niet/],
    [['--format', 'md', '--out', '/proc/a.md'], 2, /Kan niet schrijven naar \/proc\/a\.md/],
  ])('refuses %j with exit code %i and a clear message', async (words, code, message) => {
    const { exitCode, stderr, stdout } = await cli('notes', 'export', ...words);
    expect(exitCode).toBe(code);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });
});
