/** `npm run bench`: measures the figures the README quotes, prints them as a table and saves it under bench/results. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildLibraryFromFolder } from '../node/corpus/buildCorpusFiles.js';
import { loadBundle } from '../node/corpus/loadBundle.js';
import { appRoot, bundlePath } from '../node/paths.js';
import { runStorageBenchmark } from '../node/storage/storageBenchmark.js';
import { runSearchBenchmarks } from './search/runSearchBenchmarks.js';
import { measureSearchLatency } from './browser/measureSearchLatency.js';
import { measureAppAsar } from './packaging/measureAppAsar.js';
import { runExportBenchmark } from './export/exportBenchmark.js';
import { loadThemes } from '../node/corpus/loadThemes.js';
import { corpusFilesIn } from '../node/paths.js';
import { createChromiumPdfRenderer } from '../node/export/chromiumPdfRenderer.js';
import { runImportBenchmarks } from './import/importBenchmark.js';

interface Row {
  measure: string;
  median: string;
  runs: number;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

const milliseconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function startHost(dataDir: string): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/node/web.mjs', '--no-open', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]{64})/.exec(output);
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}

const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

async function coldStartToFirstDocument(runs: number, documentId: string): Promise<number[]> {
  const browser = await chromium.launch(chromiumOptions);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-bench-'));
      const context = await browser.newContext();
      const page = await context.newPage();
      const started = performance.now();
      const host = await startHost(dataDir);
      await page.goto(`${host.url}#/doc/${documentId}`);
      await page.locator('[data-offset]').first().waitFor({ state: 'visible' });
      times.push(performance.now() - started);
      host.stop();
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main(): Promise<void> {
  const root = appRoot();
  const rows: Row[] = [];

  const buildTimes = await timeRuns(10, () => buildLibraryFromFolder(root));
  rows.push({ measure: 'Corpus build (5 pages: parse, clean, theme tags, search index)', median: milliseconds(median(buildTimes)), runs: buildTimes.length, note: 'npm run build:corpus' });

  const loadTimes = await timeRuns(20, () => loadBundle(bundlePath(root)));
  rows.push({ measure: 'Bundle load at start (read + JSON.parse)', median: milliseconds(median(loadTimes)), runs: loadTimes.length, note: 'no parsing again' });

  const bundle = await loadBundle(bundlePath(root));
  for (const figure of await runImportBenchmarks(root, bundlePath(root), bundle)) rows.push({ measure: figure.measure, median: milliseconds(figure.median), runs: figure.runs, note: figure.note });
  const coldTimes = await coldStartToFirstDocument(7, bundle.documents[0]!.id);
  rows.push({ measure: 'Web host cold start → first document rendered (Chromium)', median: milliseconds(median(coldTimes)), runs: coldTimes.length, note: 'spawn host, load page, first block visible' });

  process.stderr.write('keystroke → painted results in Chromium…\n');
  const browser = await chromium.launch(chromiumOptions);
  const latencyDir = mkdtempSync(join(tmpdir(), 'werkplaats-latency-'));
  try {
    const host = await startHost(latencyDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const latency = await measureSearchLatency(page, host.url, ['mantelzorgers', 'jeugdhulpverleners', 'sociale wijkteams', 'technologie', 'client', 'leergemeenschap', 'Werkplaats Sociaal Domein']);
    rows.push({ measure: 'Keystroke → painted search results (Chromium)', median: milliseconds(latency.p50), runs: latency.samples, note: `p95 ${milliseconds(latency.p95)}, max ${milliseconds(latency.max)}; target ≤ 50 ms` });
    host.stop();
  } finally {
    await browser.close();
    rmSync(latencyDir, { recursive: true, force: true });
  }

  process.stderr.write('search benchmark (x1, x100, x1000; 3 runs)…\n');
  const search = runSearchBenchmarks({ documents: bundle.documents, runs: 3 });
  rows.push(...search.summary);

  process.stderr.write('storage benchmark (10,000 annotations)…\n');
  const storageDir = mkdtempSync(join(tmpdir(), 'werkplaats-storage-bench-'));
  const storage = await runStorageBenchmark(storageDir);
  rmSync(storageDir, { recursive: true, force: true });
  for (const row of storage.filter((item) => item.unit === 'ms' || item.unit === 'MB')) {
    rows.push({ measure: `Storage, 10k annotations: ${row.metric}`, median: `${row.value} ${row.unit}`, runs: 1, note: row.target === undefined ? '' : `target ≤ ${row.target} ${row.unit}` });
  }

  process.stderr.write('export benchmark (10,000 annotations with notes; PDF over 1,000)…\n');
  const themes = await loadThemes(corpusFilesIn(dirname(bundlePath(root))).themes, bundle);
  const renderPdf = await createChromiumPdfRenderer().catch(() => null);
  const targets: Record<string, string> = { md: 'target ≤ 1 s', html: 'target ≤ 1 s', csv: 'target ≤ 0.5 s', json: 'target ≤ 1 s', docx: 'target ≤ 5 s', pdf: 'Chromium page.pdf, A4, incl. browser launch' };
  for (const row of await runExportBenchmark({ bundle, themes, renderPdf })) {
    rows.push({
      measure: `Export ${row.format === 'model' ? 'model (scope, anchoring, grouping)' : row.format}, ${row.annotations.toLocaleString('en')} annotations with notes`,
      median: milliseconds(row.milliseconds),
      runs: row.runs,
      note: `heap growth ${row.memoryMegabytes.toFixed(0)} MB, output ${row.outputMegabytes.toFixed(1)} MB${targets[row.format] ? `; ${targets[row.format]}` : ''}`,
    });
  }
  if (!renderPdf) process.stderr.write('export benchmark: no Chromium, so PDF is not measured.\n');

  process.stderr.write('app.asar (npm run package with a stand-in Electron)…\n');
  const appAsar = await measureAppAsar(root);
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  rows.push({
    measure: 'Packaged app.asar (npm run package)',
    median: megabytes(appAsar.bytes),
    runs: 1,
    note: `${appAsar.files} files, of which corpus ${megabytes(appAsar.corpusBytes)}; target ≤ 6 MB + corpus`,
  });

  const header = '| measure | median | runs | note |\n|---|---|---|---|';
  const table = [header, ...rows.map((row) => `| ${row.measure} | ${row.median} | ${row.runs} | ${row.note} |`)].join('\n');
  process.stdout.write(`${table}\n`);
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 10);
  writeFileSync(join(resultsDir, `${stamp}.md`), `# Benchmark ${new Date().toISOString()}\n\nNode ${process.version}, ${process.platform} ${process.arch}\n\n${table}\n`);
  writeFileSync(join(resultsDir, `search-${stamp}.md`), search.markdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
