// Why: `npm run bench` and the command line share one entry that runs the search benchmark, takes medians and formats the report.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../core/corpus/types.js';
import { loadRealCorpus } from './loadRealCorpus.js';
import { checkTargets, formatRows, formatTargets, medianRows, runSearchBenchmark, type Row, type SearchBenchmarkOptions } from './searchBenchmark.js';

/** Options of {@link runSearchBenchmarks}. */
export interface SearchBenchmarksOptions extends SearchBenchmarkOptions {
  /** The real corpus (default: `data/corpus` built with its overrides). */
  documents?: readonly CorpusDocument[];
  /** Whole-benchmark repetitions; every figure is the median over them (default 3). */
  runs?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** A summary row in the shape of `bench/run.ts`'s table. */
export interface SummaryRow {
  measure: string;
  median: string;
  runs: number;
  note: string;
}

/** What {@link runSearchBenchmarks} returns. */
export interface SearchBenchmarksReport {
  /** Median rows, one per engine and scale. */
  rows: Row[];
  /** The issue's targets against the median rows. */
  targets: ReturnType<typeof checkTargets>;
  /** Headline figures of our engine, for the repository-wide benchmark table. */
  summary: SummaryRow[];
  /** The report as Markdown (tables plus how it was measured). */
  markdown: string;
}

/** Runs the search benchmark `runs` times and reports per-cell medians. */
export function runSearchBenchmarks(options: SearchBenchmarksOptions = {}): SearchBenchmarksReport {
  const documents = options.documents ?? loadRealCorpus();
  const runs = Math.max(1, options.runs ?? 3);
  const all: Row[][] = [];
  for (let run = 0; run < runs; run += 1) {
    const rows = runSearchBenchmark(documents, options);
    options.log?.(`run ${run + 1}/${runs}\n${formatRows(rows)}`);
    all.push(rows);
  }
  const rows = medianRows(all);
  const targets = checkTargets(rows);
  const other = (engine: Row['engine'], scale: number) => rows.find((row) => row.engine === engine && row.scale === scale);
  const summary: SummaryRow[] = rows
    .filter((row) => row.engine === 'ours')
    .flatMap((row) => [
      {
        measure: `Search, uncached (a new query per keystroke) p95 / p99, x${row.scale} (${row.passages} passages)`,
        median: `${row.uncachedP95us.toFixed(0)} / ${row.uncachedP99us.toFixed(0)} µs`,
        runs,
        note: `FlexSearch default p95 ${other('flexsearch-default', row.scale)?.uncachedP95us.toFixed(0) ?? '–'} µs, naive scan p95 ${other('naive-scan', row.scale)?.uncachedP95us.toFixed(0) ?? '–'} µs; warm p95 ${row.p95us.toFixed(0)} µs`,
      },
      { measure: `Search index build / heap, x${row.scale}`, median: `${row.buildMs.toFixed(0)} ms / ${row.heapMB.toFixed(1)} MB`, runs, note: `export ${row.serializedKB.toFixed(0)} KB, load ${row.loadMs.toFixed(0)} ms` },
    ]);
  const gc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const markdown = [
    `# Search benchmark ${new Date().toISOString()}`,
    '',
    `Node ${process.version}, ${process.platform} ${process.arch}; median of ${runs} run(s) per cell${gc ? '' : '; heap figures need `node --expose-gc`'}.`,
    'Headline, uncached: every query with the query caches cleared before it (compiled query words, corrections, parsed queries, the thesaurus lookups), as every keystroke is a new query. Engines without query caches run the same loop.',
    'Warm p50/p95/p99: round-robin over the benchmark queries with the query caches on (no result cache). Cold max: the slowest first run of a query. Load + first query: JSON.parse and import of the serialized index, then one query.',
    'Ours runs as the app does: Dutch analysis plus the thesaurus lexicon (synonym rings as phrases both ways, English translations).',
    'Every timed query reads `hits` and `total`; facet `counts` are computed on first read and not read.',
    '',
    formatRows(rows),
    '',
    formatTargets(targets),
    '',
  ].join('\n');
  return { rows, targets, summary, markdown };
}

/** Writes a report to `<directory>/search-<date>.md`; returns the path. */
export function saveSearchResults(markdown: string, directory: URL = new URL('../results/', import.meta.url)): string {
  mkdirSync(directory, { recursive: true });
  const file = new URL(`search-${new Date().toISOString().slice(0, 10)}.md`, directory);
  writeFileSync(file, markdown);
  return fileURLToPath(file);
}
