import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { corpusFilesIn } from '../paths.js';
import { hashFolder } from '../../tests/support/hashFolder.js';
import { runCli } from './cli.js';

const fixtures = resolve('tests/fixtures/import');
let bundleFile: string;
const scratch = mkdtempSync(join(tmpdir(), 'werkplaats-cli-import-files-'));

async function cli(dataDir: string, ...words: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await runCli(['--data-dir', dataDir, '--bundle', bundleFile, ...words], { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
  return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'werkplaats-cli-import-'));
function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
});

describe('werkplaats import / remove', () => {
  it('imports pages, prints their ids, and list, show, search, themes and theme include them', async () => {
    const dataDir = freshDir();
    const imported = await cli(dataDir, 'import', join(fixtures, 'werkplaats-groningen.txt'), join(fixtures, 'werkplaats-twente.html'));
    expect(imported).toMatchObject({ exitCode: 0, stderr: '' });
    expect(imported.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual(['werkplaats-groningen', 'werkplaats-twente']);
    const list = JSON.parse((await cli(dataDir, 'list', '--json')).stdout) as { id: string; region: string }[];
    expect(list).toHaveLength(7);
    expect(list).toContainEqual(expect.objectContaining({ id: 'werkplaats-twente', region: 'Twente' }));
    expect((await cli(dataDir, 'show', 'werkplaats-groningen')).stdout).toContain('# Werkplaats Sociaal Domein Groningen');
    expect(JSON.parse((await cli(dataDir, 'search', 'schuldhulpverlening', '--json')).stdout)[0]).toMatchObject({ docId: 'werkplaats-groningen' });
    const themes = JSON.parse((await cli(dataDir, 'themes', '--json')).stdout) as { id: string; docs: string[] }[];
    expect(themes.find((theme) => theme.id === 'youth')!.docs).toEqual(expect.arrayContaining(['werkplaats-twente', 'werkplaats-flevoland']));
    const passages = JSON.parse((await cli(dataDir, 'theme', 'intellectual-disability', '--json')).stdout) as { docId: string }[];
    expect(passages.map((passage) => passage.docId)).toContain('werkplaats-twente');
  });

  it('refuses a whole import when one file is bad: exit 2, every reason on stderr, no stack trace, folder unchanged', async () => {
    for (const dataDir of [freshDir(), join(freshDir(), 'nog-niet-aangemaakt')]) {
      const before = hashFolder(dataDir);
      const binary = scratchFile('foto.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
      const empty = scratchFile('leeg.md', '');
      const result = await cli(dataDir, 'import', join(fixtures, 'werkplaats-groningen.txt'), binary, empty, join(scratch, 'bestaat-niet.html'));
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/foto\.txt: dit is geen tekstbestand/);
      expect(result.stderr).toMatch(/leeg\.md: het bestand is leeg/);
      expect(result.stderr).toMatch(/bestaat-niet\.html: dit bestand bestaat niet/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(hashFolder(dataDir)).toBe(before);
    }
  });

  it('removes an imported page, and refuses to remove a bundled one', async () => {
    const dataDir = freshDir();
    await cli(dataDir, 'import', join(fixtures, 'werkplaats-twente.html'));
    expect(await cli(dataDir, 'remove', 'werkplaats-twente')).toMatchObject({ exitCode: 0, stdout: 'Verwijderd: werkplaats-twente' });
    expect(JSON.parse((await cli(dataDir, 'list', '--json')).stdout)).toHaveLength(5);
    const before = hashFolder(dataDir);
    const bundled = await cli(dataDir, 'remove', 'werkplaats-flevoland');
    expect(bundled.exitCode).toBe(2);
    expect(bundled.stderr).toMatch(/meegeleverde verzameling/);
    expect(hashFolder(dataDir)).toBe(before);
  });
});

describe('werkplaats notes import', () => {
  const flevolandText = () => JSON.parse(readFileSync(bundleFile, 'utf8')).documents.find((document: { id: string }) => document.id === 'werkplaats-flevoland').text as string;
  const annotation = (id: string, exact: string) => ({
    type: 'Annotation',
    id: `https://hypothes.is/a/${id}`,
    created: '2026-11-30T09:00:00Z',
    modified: '2026-11-30T09:00:00Z',
    body: [{ type: 'TextualBody', value: 'Vraag voor de werkgroep', format: 'text/markdown' }],
    target: [{ source: 'https://www.example.org/flevoland', selector: [{ type: 'TextQuoteSelector', exact }] }],
  });

  it('prints the reasons of a refusal in English with --language en, and in Dutch without it', async () => {
    const dataDir = freshDir();
    const file = scratchFile('kapot.json', '[{"type": "Annotation",');
    const english = await cli(dataDir, 'notes', 'import', file, '--language', 'en');
    expect(english.exitCode).toBe(2);
    expect(english.stderr).toMatch(/Import refused; nothing was changed \(1 reason\):\n- line 1, column \d+: this is not valid JSON/);
    const page = await cli(dataDir, 'import', scratchFile('leeg.txt', ''), '--language=en');
    expect(page.stderr).toMatch(/leeg\.txt: the file is empty/);
    expect((await cli(dataDir, 'notes', 'import', file)).stderr).toMatch(/regel 1, kolom \d+: dit is geen geldige JSON/);
  });

  it('imports a Hypothesis file as a layer, reports what it did, and a second import adds nothing', async () => {
    const dataDir = freshDir();
    const text = flevolandText();
    const file = scratchFile('docent.json', JSON.stringify([annotation('a', text.slice(300, 340)), annotation('b', 'een zin die nergens staat')]));
    const first = await cli(dataDir, 'notes', 'import', file, '--as-layer', 'Docent Jansen');
    expect(first).toMatchObject({ exitCode: 0 });
    expect(first.stdout).toMatch(/2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 niet teruggevonden.*laag "Docent Jansen" \(docent\.json\)/);
    expect((await cli(dataDir, 'notes', 'import', file, '--as-layer', 'Docent Jansen')).stdout).toMatch(/0 nieuw, 0 bijgewerkt, 2 ongewijzigd/);
    // Layers stay apart: the reader's own list is still empty.
    expect(JSON.parse((await cli(dataDir, 'notes', 'list', '--json')).stdout)).toEqual([]);
  });

  it.each([
    ['a prototype key', '{"type": "Annotation", "id": "x", "target": "s", "__proto__": {"admin": true}}', /__proto__: de sleutel "__proto__" is niet toegestaan/],
    ['broken JSON', '[{"type": "Annotation",', /regel 1, kolom \d+: dit is geen geldige JSON/],
    ['an unknown field', '[{"type": "Annotation", "id": "x", "target": "s", "kwaad": 1}]', /\[0\]: onbekend veld "kwaad"/],
  ])('refuses %s: exit 2, the reason with its place, no stack trace, folder byte-for-byte unchanged', async (_name, content, reason) => {
    const dataDir = freshDir();
    const own = scratchFile('eigen.json', JSON.stringify([annotation('c', flevolandText().slice(500, 530))]));
    await cli(dataDir, 'notes', 'import', own);
    const before = hashFolder(dataDir);
    const result = await cli(dataDir, 'notes', 'import', scratchFile('kwaad.json', content));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(hashFolder(dataDir)).toBe(before);
  });
});
