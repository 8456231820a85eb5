import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readPdfText } from '../../tests/support/readPdfText.js';
import { dispatch } from '../../core/api/dispatch.js';
import { writeLibrary } from '../corpus/buildCorpusFiles.js';
import { findChromium } from '../export/chromiumPdfRenderer.js';
import { createNodeApi } from '../createNodeApi.js';
import { corpusFilesIn } from '../paths.js';
import { runCli } from './cli.js';

let bundleFile: string;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundle-'));
  bundleFile = join(folder, 'bundle.json');
  await writeLibrary(resolve('.'), corpusFilesIn(folder));
});

function cliIn(dataDir: string) {
  return async (...words: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const exitCode = await runCli(['--data-dir', dataDir, '--bundle', bundleFile, ...words], { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
    return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  };
}

/** A hash of every file in a folder, to prove a refused command changed nothing. */
function folderHash(folder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort()) {
    hash.update(name).update(readFileSync(name));
  }
  return hash.digest('hex');
}

describe('werkplaats routes', () => {
  it('builds a route, shows it, exports it as a pack and a fresh folder imports it', async () => {
    const teacher = cliIn(mkdtempSync(join(tmpdir(), 'werkplaats-teacher-')));
    const created = await teacher('routes', 'new', '--title', 'Wijkteams in twee regio’s', '--audience', 'jaar 2', '--goal', 'Vergelijken', '--goal', 'Benoemen');
    expect(created.exitCode).toBe(0);
    const routeId = created.stdout.trim();
    const step = await teacher('routes', 'add-step', routeId, '--doc', 'werkplaats-flevoland', '--quote', 'Flevoland', '--instruction', 'Lees dit.', '--question', 'Wie doet mee?', '--question', 'Waarom?');
    expect(step).toMatchObject({ exitCode: 0, stderr: '' });
    expect((await teacher('routes', 'add-step', routeId, '--doc', 'werkplaats-regio-zwolle')).exitCode).toBe(0);

    const shown = await teacher('routes', 'show', routeId, '--json');
    const detail = JSON.parse(shown.stdout);
    expect(detail.route).toMatchObject({ title: 'Wijkteams in twee regio’s', audience: 'jaar 2', goals: ['Vergelijken', 'Benoemen'] });
    expect(detail.route.steps[0].questions.map((question: { promptText: string }) => question.promptText)).toEqual(['Wie doet mee?', 'Waarom?']);
    expect((await teacher('routes', 'show', routeId)).stdout).toContain('? Wie doet mee?');

    const list = JSON.parse((await teacher('routes', 'list', '--json')).stdout);
    expect(list).toEqual([{ id: routeId, title: 'Wijkteams in twee regio’s', audience: 'jaar 2', steps: 2, origin: null }]);

    const packFile = join(mkdtempSync(join(tmpdir(), 'werkplaats-pack-')), 'route.json');
    expect((await teacher('routes', 'export', routeId, '--format', 'pack', '--out', packFile, '--author', 'Docent')).exitCode).toBe(0);
    const student = cliIn(mkdtempSync(join(tmpdir(), 'werkplaats-student-')));
    const imported = await student('routes', 'import', packFile);
    expect(imported).toMatchObject({ exitCode: 0 });
    expect(imported.stdout).toContain('toegevoegd');
    expect(JSON.parse((await student('routes', 'list', '--json')).stdout)[0]).toMatchObject({ id: routeId, origin: { name: 'Docent', file: 'route.json' } });
  });

  it('export --with-annotations carries the teacher’s notes, and import puts them in a layer beside the student’s own', async () => {
    const teacher = cliIn(mkdtempSync(join(tmpdir(), 'werkplaats-teacher-')));
    const routeId = (await teacher('routes', 'new', '--title', 'Met aantekeningen')).stdout.trim();
    await teacher('routes', 'add-step', routeId, '--doc', 'werkplaats-flevoland');
    const notes = join(mkdtempSync(join(tmpdir(), 'werkplaats-notes-')), 'notes.json');
    const highlight = (id: string, text: string) => ({
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: text }],
      target: { source: 'werkplaats-flevoland', selector: { type: 'TextQuoteSelector', exact: 'Flevoland' } },
    });
    writeFileSync(notes, JSON.stringify([highlight('3f0c6a1e-0000-4000-8000-000000000001', 'Let op de regio.')]));
    expect((await teacher('notes', 'import', notes)).exitCode).toBe(0);
    const refused = await teacher('routes', 'export', routeId, '--format', 'md', '--with-annotations');
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('--format pack');
    const packFile = join(mkdtempSync(join(tmpdir(), 'werkplaats-pack-')), 'route.json');
    expect((await teacher('routes', 'export', routeId, '--format', 'pack', '--out', packFile, '--author', 'Docent', '--with-annotations')).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(packFile, 'utf8'))).toMatchObject({ formatVersion: 2, annotations: [{ body: [{ value: '<p>Let op de regio.</p>' }] }] });

    const student = cliIn(mkdtempSync(join(tmpdir(), 'werkplaats-student-')));
    writeFileSync(notes, JSON.stringify([highlight('3f0c6a1e-0000-4000-8000-000000000001', 'Mijn eigen notitie.')]));
    expect((await student('notes', 'import', notes)).exitCode).toBe(0);
    const imported = await student('routes', 'import', packFile);
    expect(imported).toMatchObject({ exitCode: 0 });
    expect(imported.stdout).toContain('Aantekeningen van de docent: 1 in de laag "Docent — Met aantekeningen"');
    // `notes list` shows the reader's own annotations: still only the student's, unchanged.
    const listed: { note: string }[] = JSON.parse((await student('notes', 'list', '--json')).stdout);
    expect(listed.map((annotation) => annotation.note)).toEqual(['Mijn eigen notitie.']);
  });

  it.each([
    ['an unknown document', ['--doc', 'bestaat-niet'], 'bestaat-niet'],
    ['a quote that is not in the document', ['--doc', 'werkplaats-flevoland', '--quote', 'deze woorden staan er niet'], 'staat niet in document'],
  ])('add-step with %s exits 2 with a clear message', async (_, flags, message) => {
    const run = cliIn(mkdtempSync(join(tmpdir(), 'werkplaats-routes-')));
    const routeId = (await run('routes', 'new', '--title', 'x')).stdout.trim();
    const result = await run('routes', 'add-step', routeId, ...flags);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a broken pack with its reasons, exit 2, and leaves the data folder byte for byte unchanged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-routes-'));
    const run = cliIn(dataDir);
    await run('routes', 'new', '--title', 'bestaande route');
    const before = folderHash(dataDir);
    const bad = join(mkdtempSync(join(tmpdir(), 'werkplaats-bad-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'werkplaats-leesroute', formatVersion: 1, route: { id: 'x', __proto__: { polluted: true } } }));
    const result = await run('routes', 'import', bad);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('niet ingelezen');
    expect(folderHash(dataDir)).toBe(before);
  });
});

describe('werkplaats routes answers and export', () => {
  const chromium = findChromium();
  if (chromium === null) console.log('routes answers: no Chromium here, so the PDF hand-in test is skipped.');

  async function answeredRoute() {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-answers-'));
    const run = cliIn(dataDir);
    const routeId = (await run('routes', 'new', '--title', 'Mantelzorg', '--goal', 'Vergelijken')).stdout.trim();
    await run('routes', 'add-step', routeId, '--doc', 'werkplaats-flevoland', '--quote', 'Flevoland', '--instruction', 'Lees goed.', '--question', 'Wie doet mee?');
    const { api } = await createNodeApi({ dataDir, bundleFile });
    const detail = await dispatch(api, 'getRoute', { id: routeId });
    if (!detail.ok) throw new Error('route not found');
    const step = (detail.value as { route: { steps: { id: string; questions: { id: string }[] }[] } }).route.steps[0]!;
    const answer = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'De gemeente Almere' }, { type: 'text', text: ' en de hogeschool', marks: [{ type: 'bold' }] }] }] };
    expect(await dispatch(api, 'saveRouteAnswer', { routeId, stepId: step.id, questionId: step.questions[0]!.id, content: answer })).toMatchObject({ ok: true });
    return { run, routeId };
  }

  it('hands in the answers as Markdown with the question, the quoted passage with its source, and the answer', async () => {
    const { run, routeId } = await answeredRoute();
    const { exitCode, stdout } = await run('routes', 'answers', routeId, '--format', 'md');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('# Mantelzorg — Antwoorden');
    expect(stdout).toContain('Wie doet mee?');
    expect(stdout).toMatch(/^> Flevoland/m);
    expect(stdout).toMatch(/bronbestand 000\\?_634bf5b25a85aaec\.txt/);
    expect(stdout).toContain('De gemeente Almere **en de hogeschool**');
    const syllabus = await run('routes', 'export', routeId, '--format', 'md');
    expect(syllabus.stdout).toContain('Wie doet mee?');
    expect(syllabus.stdout).not.toContain('De gemeente Almere');
  });

  it('hands in the answers as Word with real headings and the answer text', async () => {
    const { run, routeId } = await answeredRoute();
    const out = join(mkdtempSync(join(tmpdir(), 'werkplaats-docx-')), 'antwoorden.docx');
    expect((await run('routes', 'answers', routeId, '--format', 'docx', '--out', out)).exitCode).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('Wie doet mee?');
    expect(xml).toContain('De gemeente Almere');
  });

  it.skipIf(chromium === null)('hands in the answers as a PDF that holds the question and the answer', async () => {
    const { run, routeId } = await answeredRoute();
    const out = join(mkdtempSync(join(tmpdir(), 'werkplaats-pdf-')), 'antwoorden.pdf');
    const result = await run('routes', 'answers', routeId, '--format', 'pdf', '--out', out);
    expect(result).toMatchObject({ exitCode: 0 });
    const { text } = await readPdfText(new Uint8Array(readFileSync(out)));
    expect(text).toContain('Wie doet mee?');
    expect(text).toContain('De gemeente Almere');
  });

  it('refuses Word or PDF to the screen and an unknown format, with exit 2', async () => {
    const { run, routeId } = await answeredRoute();
    expect((await run('routes', 'answers', routeId, '--format', 'pdf')).exitCode).toBe(2);
    const unknown = await run('routes', 'answers', routeId, '--format', 'odt');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('Onbekend formaat');
  });
});
