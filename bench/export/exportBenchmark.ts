/** Why: the README promises export times for a large notebook; this makes 10,000 annotations with notes over the real corpus and times every format. */
import { createAnnotation, type Annotation } from '../../core/annotations/annotation.js';
import { defaultColorLabels } from '../../core/annotations/colorLabels.js';
import type { CorpusBundle } from '../../core/corpus/types.js';
import { buildExportModel, type ExportModel, type ExportSourceData } from '../../core/export/exportModel.js';
import type { ExportFormat } from '../../core/export/exportOptions.js';
import { renderExport, type PdfRenderer } from '../../core/export/renderExport.js';
import type { ThemeArtifact } from '../../core/library/buildLibrary.js';

/** One measured format. */
export interface ExportBenchmarkRow {
  format: ExportFormat | 'model';
  annotations: number;
  /** Median wall time, ms. */
  milliseconds: number;
  runs: number;
  /** Growth of V8 heap plus array buffers during one render, MB (garbage included, no GC forced inside). */
  memoryMegabytes: number;
  /** Size of the output, MB. */
  outputMegabytes: number;
}

function note(index: number) {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Notitie ${index}: ` }, { type: 'text', text: 'waarom dit telt', marks: [{ type: 'bold' }] }, { type: 'text', text: ' voor de praktijk, zie ' }, { type: 'text', text: 'de bron', marks: [{ type: 'link', attrs: { href: 'https://example.org/bron' } }] }, { type: 'text', text: '.' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'eerste gedachte' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tweede gedachte', marks: [{ type: 'italic' }] }] }] }] },
    ],
  };
}

/** `count` annotations with notes and tags spread over the corpus, deterministic. */
export function makeAnnotations(bundle: CorpusBundle, count: number): Annotation[] {
  const annotations: Annotation[] = [];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let index = 0; index < count; index += 1) {
    const document = bundle.documents[index % bundle.documents.length]!;
    const length = 20 + Math.floor(random() * 120);
    const start = Math.floor(random() * (document.text.length - length - 1));
    annotations.push(
      createAnnotation(
        { docId: document.id, start, end: start + length, color: index % 5, tags: [`tag${index % 17}`, 'bench'], note: note(index) },
        { id: `bench-${index}`, now: new Date(Date.UTC(2026, 10, 1) + index * 1000), corpusVersion: bundle.version, text: document.text },
      ),
    );
  }
  return annotations;
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;
const memoryNow = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const collect = () => (globalThis as { gc?: () => void }).gc?.();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function measure(runs: number, work: () => Promise<string | Uint8Array>): Promise<{ milliseconds: number; memory: number; output: number }> {
  const times: number[] = [];
  let memory = 0;
  let output = 0;
  for (let run = 0; run < runs; run += 1) {
    collect();
    const before = memoryNow();
    const started = performance.now();
    const result = await work();
    times.push(performance.now() - started);
    memory = Math.max(memory, memoryNow() - before);
    output = typeof result === 'string' ? Buffer.byteLength(result) : result.byteLength;
  }
  return { milliseconds: median(times), memory: megabytes(memory), output: megabytes(output) };
}

/** Times the model and every format over `count` annotations; PDF over `pdfCount` (printing thousands of pages takes minutes). */
export async function runExportBenchmark({ bundle, themes, renderPdf, count = 10_000, pdfCount = 1_000, runs = 3 }: { bundle: CorpusBundle; themes: ThemeArtifact; renderPdf: PdfRenderer | null; count?: number; pdfCount?: number; runs?: number }): Promise<ExportBenchmarkRow[]> {
  const annotations = makeAnnotations(bundle, count);
  const data = (subset: Annotation[]): ExportSourceData => ({
    documents: bundle.documents,
    annotations: subset,
    notebook: [],
    colorLabels: defaultColorLabels(),
    themes: themes.index.themes.map(({ id, label }) => ({ id, label })),
    documentThemes: themes.index.documents,
    corpusVersion: bundle.version,
    appVersion: 'bench',
    now: new Date('2026-12-02T12:00:00Z'),
  });
  const rows: ExportBenchmarkRow[] = [];
  let model: ExportModel | null = null;
  const built = await measure(runs, async () => {
    model = buildExportModel(data(annotations), { scope: { kind: 'all' } });
    return '';
  });
  rows.push({ format: 'model', annotations: count, milliseconds: built.milliseconds, runs, memoryMegabytes: built.memory, outputMegabytes: 0 });
  for (const format of ['md', 'html', 'csv', 'json', 'docx'] as const) {
    // Each format's figure includes building the model, as an export from the dialog or CLI does.
    const result = await measure(runs, async () => (await renderExport(buildExportModel(data(annotations), { scope: { kind: 'all' } }), format)).content);
    rows.push({ format, annotations: count, milliseconds: result.milliseconds, runs, memoryMegabytes: result.memory, outputMegabytes: result.output });
  }
  if (renderPdf && model) {
    const subset = annotations.slice(0, pdfCount);
    const result = await measure(1, async () => (await renderExport(buildExportModel(data(subset), { scope: { kind: 'all' } }), 'pdf', { renderPdf })).content);
    rows.push({ format: 'pdf', annotations: pdfCount, milliseconds: result.milliseconds, runs: 1, memoryMegabytes: result.memory, outputMegabytes: result.output });
  }
  return rows;
}

const targets: Partial<Record<ExportBenchmarkRow['format'], string>> = { md: '≤ 1 s', html: '≤ 1 s', csv: '≤ 0.5 s', json: '≤ 1 s', docx: '≤ 5 s' };

/** The rows as a Markdown table. */
export function exportBenchmarkTable(rows: readonly ExportBenchmarkRow[]): string {
  const lines = rows.map(
    (row) =>
      `| ${row.format === 'model' ? 'model (scope, anchoring, grouping)' : row.format} | ${row.annotations.toLocaleString('en')} | ${row.milliseconds.toFixed(0)} ms | ${row.memoryMegabytes.toFixed(0)} MB | ${row.outputMegabytes.toFixed(1)} MB | ${targets[row.format] ?? ''} |`,
  );
  return ['| export | annotations | median time | heap growth | output | target |', '|---|---|---|---|---|---|', ...lines].join('\n');
}
