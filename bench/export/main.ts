/** `node dist/bench/export.mjs`: only the export benchmark, for a quick look without the whole `npm run bench`. */
import { loadBundle } from '../../node/corpus/loadBundle.js';
import { loadThemes } from '../../node/corpus/loadThemes.js';
import { createChromiumPdfRenderer } from '../../node/export/chromiumPdfRenderer.js';
import { appRoot, bundlePath, corpusFilesIn } from '../../node/paths.js';
import { dirname } from 'node:path';
import { exportBenchmarkTable, runExportBenchmark } from './exportBenchmark.js';

const bundleFile = bundlePath(appRoot());
const bundle = await loadBundle(bundleFile);
const themes = await loadThemes(corpusFilesIn(dirname(bundleFile)).themes, bundle);
const renderPdf = await createChromiumPdfRenderer().catch(() => null);
process.stdout.write(`${exportBenchmarkTable(await runExportBenchmark({ bundle, themes, renderPdf }))}\n`);
