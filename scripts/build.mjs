// Builds what the app runs: Node entry points and Electron with esbuild, the renderer with Vite, then the corpus bundle.
// Usage: node scripts/build.mjs [node|electron|renderer|corpus ...] [--if-stale] [--quiet]
import { build as esbuild } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const words = process.argv.slice(2);
const ifStale = words.includes('--if-stale');
const quiet = words.includes('--quiet');
const requested = words.filter((word) => !word.startsWith('--'));
const targets = requested.length > 0 ? requested : ['node', 'electron', 'renderer', 'corpus'];

function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) continue;
    const info = statSync(full);
    if (info.isDirectory()) newest = Math.max(newest, newestMtime(readdirSync(full).map((name) => join(path, name))));
    else newest = Math.max(newest, info.mtimeMs);
  }
  return newest;
}

/** pdfjs's legacy build, bundled once into dist/pdfjs for the PDF import of every entry point (see node/import/extractPdfText.ts). */
const pdfjsOutputs = ['dist/pdfjs/pdf.cjs', 'dist/pdfjs/pdf.worker.cjs'];
const sharedInputs = ['common', 'core', 'package.json', 'package-lock.json', 'scripts/build.mjs'];
const plan = {
  node: { inputs: [...sharedInputs, 'node'], outputs: ['dist/node/cli.mjs', 'dist/node/web.mjs', 'dist/node/build-corpus.mjs', ...pdfjsOutputs] },
  electron: { inputs: [...sharedInputs, 'node', 'electron'], outputs: ['dist/electron/main.cjs', 'dist/electron/preload.cjs', ...pdfjsOutputs] },
  renderer: { inputs: ['renderer', 'common', 'core', 'package-lock.json', 'vite.config.ts'], outputs: ['dist/renderer/index.html'] },
  corpus: { inputs: ['data', 'common', 'core', 'node/corpus'], outputs: ['dist/corpus/bundle.json', 'dist/corpus/themes.json', 'dist/corpus/search-index.json'] },
};

function isStale(target) {
  const { inputs, outputs } = plan[target];
  const oldestOutput = Math.min(...outputs.map((path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : 0)));
  return oldestOutput === 0 || newestMtime(inputs) > oldestOutput;
}

const nodeOptions = { bundle: true, platform: 'node', target: 'node22', sourcemap: 'linked', logLevel: quiet ? 'error' : 'warning', absWorkingDir: root };
const esmBanner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

// CommonJS, so the packaged app can require it from inside app.asar; minified, as it ships in the installers.
const buildPdfjs = () =>
  esbuild({
    ...nodeOptions,
    format: 'cjs',
    minify: true,
    sourcemap: false,
    entryPoints: { pdf: 'node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'pdf.worker': 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs' },
    outdir: 'dist/pdfjs',
    outExtension: { '.js': '.cjs' },
    // Only text is read: the optional canvas package pdfjs tries for drawing stays out (it is looked up at run time, in a try).
    external: ['@napi-rs/canvas'],
    define: { 'import.meta.url': '__importMetaUrl' },
    inject: ['scripts/importMetaUrl.mjs'],
  });

const steps = {
  node: async () => {
    await buildPdfjs();
    await esbuild({
      ...nodeOptions,
      format: 'esm',
      banner: esmBanner,
      entryPoints: { cli: 'node/cli/main.ts', web: 'node/web/main.ts', 'build-corpus': 'node/corpus/main.ts' },
      outdir: 'dist/node',
      outExtension: { '.js': '.mjs' },
    });
  },
  electron: async () => {
    await buildPdfjs();
    await esbuild({ ...nodeOptions, format: 'cjs', entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron'], define: { 'import.meta.url': '__importMetaUrl' }, inject: ['scripts/importMetaUrl.mjs'] });
    // A sandboxed preload may only require('electron'), so it is bundled whole.
    await esbuild({ ...nodeOptions, format: 'cjs', entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
  },
  renderer: () => execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', quiet ? 'error' : 'warn'], { cwd: root, stdio: 'inherit' }),
  bench: () =>
    esbuild({ ...nodeOptions, format: 'esm', banner: esmBanner, entryPoints: { run: 'bench/run.ts', export: 'bench/export/main.ts' }, outdir: 'dist/bench', outExtension: { '.js': '.mjs' }, packages: 'external' }),
  corpus: () => execFileSync(process.execPath, [join(root, 'dist/node/build-corpus.mjs')], { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' }),
};

for (const target of targets) {
  if (!steps[target]) {
    console.error(`Onbekend bouwdoel "${target}". Kies uit: ${Object.keys(steps).join(', ')}.`);
    process.exit(2);
  }
  // The corpus step runs the built Node tool, so it needs that first.
  if (target === 'corpus' && (!ifStale || isStale('node'))) await steps.node();
  if (ifStale && !isStale(target)) continue;
  await steps[target]();
}
