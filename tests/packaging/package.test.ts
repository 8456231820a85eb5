import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/makePdf.js';
import { writeStandInElectronDist } from '../support/standInElectron.js';

// `npm run package` with a stand-in Electron (this machine cannot download one): electron-builder does everything
// it does for a real release except running the binary, so what lands in app.asar is exactly what users get.
const root = join(import.meta.dirname, '..', '..');
const isLinux = process.platform === 'linux';
if (!isLinux) console.log(`Packaging test skipped: it packs the Linux layout and runs on Linux only (this is ${process.platform}).`);

const megabyte = 1024 * 1024;
let output = '';
let removeElectron = () => {};
let appDir = '';
let asar = '';
let files: string[] = [];

beforeAll(async () => {
  if (!isLinux) return;
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const electron = await writeStandInElectronDist(electronVersion);
  removeElectron = electron.remove;
  output = mkdtempSync(join(tmpdir(), 'werkplaats-package-'));
  const run = spawnSync('npm', ['run', '-s', 'package', '--', `-c.electronDist=${electron.folder}`, `-c.directories.output=${output}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (run.status !== 0) throw new Error(`npm run package failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  appDir = join(output, 'linux-unpacked');
  asar = join(appDir, 'resources', 'app.asar');
  // listPackage gives paths with a leading separator; compare them without it.
  files = listPackage(asar, { isPack: false }).map((path) => path.replace(/^[\\/]/, '').replaceAll('\\', '/'));
}, 180_000);

afterAll(() => {
  removeElectron();
  if (output) rmSync(output, { recursive: true, force: true });
});

describe.runIf(isLinux)('npm run package', () => {
  it('produces the unpacked app: an executable named after the package, and app.asar', () => {
    expect(() => accessSync(join(appDir, 'werkplaats-reader'), constants.X_OK)).not.toThrow();
    expect(existsSync(asar)).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'default_app.asar'))).toBe(false);
  });

  it('puts the corpus bundle, the renderer and the main and preload bundles in app.asar', () => {
    for (const file of ['dist/corpus/bundle.json', 'dist/corpus/themes.json', 'dist/corpus/search-index.json', 'dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'package.json']) {
      expect(files).toContain(file);
    }
    // Every script and style the page loads is there too.
    const html = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `dist/renderer/${match[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(files).toContain(asset);
  });

  it('carries the PDF reader beside the main bundle, and it reads a PDF with no node_modules anywhere', () => {
    // The main process loads it from ../pdfjs next to dist/electron/main.cjs (node/import/extractPdfText.ts).
    expect(files).toContain('dist/pdfjs/pdf.cjs');
    expect(files).toContain('dist/pdfjs/pdf.worker.cjs');
    const folder = join(output, 'pdf-check');
    mkdirSync(folder);
    for (const name of ['pdf.cjs', 'pdf.worker.cjs']) writeFileSync(join(folder, name), extractFile(asar, `dist/pdfjs/${name}`));
    writeFileSync(join(folder, 'sample.pdf'), makePdf(['Werkplaats Sociaal Domein Limburg', 'Mantelzorgers en wijkteams leren samen.']));
    const script = `
      globalThis.pdfjsWorker = require('./pdf.worker.cjs');
      const { getDocument } = require('./pdf.cjs');
      (async () => {
        const pdf = await getDocument({ data: new Uint8Array(require('fs').readFileSync('sample.pdf')), verbosity: 0 }).promise;
        const content = await (await pdf.getPage(1)).getTextContent();
        process.stdout.write(content.items.map((item) => item.str).join(' '));
      })();`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: folder, encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Mantelzorgers en wijkteams leren samen.');
  });

  it('holds no source maps, tests, TypeScript sources, node_modules or development-only builds', () => {
    const unwanted = files.filter(
      (file) =>
        file.endsWith('.map') ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) ||
        /\.tsx?$/.test(file) ||
        file.split('/').includes('node_modules') ||
        /^(tests|core|node|electron|renderer|scripts|bench|data)\//.test(file) ||
        /^dist\/(node|bench)\//.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('ships a package.json whose main is in the archive, without scripts or devDependencies', () => {
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(files).toContain(manifest.main);
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('has main and preload bundles that need nothing but Node built-ins and electron', () => {
    const allowed = new Set([...builtinModules, 'electron']);
    for (const bundle of ['dist/electron/main.cjs', 'dist/electron/preload.cjs']) {
      const code = extractFile(asar, bundle).toString('utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? match[2]!);
      const outside = required.filter((name) => !allowed.has(name.replace(/^node:/, '')));
      expect(outside, bundle).toEqual([]);
    }
  });

  // pdfjs (1.8 MB minified) joined for the PDF import, and the docx package (about 1 MB) left when Word export began
  // writing its own XML: the whole app fits the original 6 MB again.
  it('keeps app.asar within 6 MB plus the corpus files', () => {
    const corpusBytes = files.filter((file) => file.startsWith('dist/corpus/')).reduce((sum, file) => sum + ((statFile(asar, file) as { size?: number }).size ?? 0), 0);
    expect(corpusBytes).toBeGreaterThan(0);
    expect(statSync(asar).size).toBeLessThanOrEqual(6 * megabyte + corpusBytes);
  });

  it('flips the release fuses in the packaged binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'werkplaats-reader'));
    expect([wire[FuseV1Options.RunAsNode], wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], wire[FuseV1Options.EnableNodeCliInspectArguments]]).toEqual([FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE]);
    expect([wire[FuseV1Options.OnlyLoadAppFromAsar], wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], wire[FuseV1Options.EnableCookieEncryption]]).toEqual([FuseState.ENABLE, FuseState.ENABLE, FuseState.ENABLE]);
  });
});
