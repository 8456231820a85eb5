// Why: search speed, memory and size claims need one repeatable measurement that compares our index with the obvious alternatives.

import { Index } from 'flexsearch';
import type { Block, CorpusDocument, Section } from '../../core/corpus/types.js';
import { foldText } from '../../core/search/dutchAnalyzer.js';
import { measureRelevance } from '../../core/search/measureRelevance.js';
import { RELEVANCE_SET } from '../../core/search/relevanceSet.js';
import { buildSearchIndex, importIndex, type SearchIndex } from '../../core/search/searchIndex.js';
import { clearSearchCaches, search } from '../../core/search/searchQuery.js';
import { parseThesaurus } from '../../core/themes/thesaurus.js';
import { thesaurusLexicon } from '../../core/themes/thesaurusLexicon.js';
import thesaurusJson from '../../data/thesaurus.json' with { type: 'json' };

/** One measured engine at one corpus scale. */
export interface Row {
  engine: 'ours' | 'naive-scan' | 'flexsearch-default';
  /** 1 = the real corpus; N = N times as many documents, synthesized. */
  scale: number;
  documents: number;
  passages: number;
  buildMs: number;
  /** Heap growth from building, after GC when `--expose-gc` is on (else NaN). */
  heapMB: number;
  /** Size of the serialized index (JSON), or NaN when the engine has none. */
  serializedKB: number;
  /** Time to import the parsed serialized index, or NaN. */
  loadMs: number;
  /** Warm per-query latency over the fixed query list, in microseconds. */
  p50us: number;
  p95us: number;
  p99us: number;
  /** The slowest first (cold-cache) run of a query, in microseconds. */
  coldMaxUs: number;
  /** Loading the serialized index (JSON.parse included) plus the first query, in milliseconds: the first answer after start. */
  firstQueryMs: number;
  /**
   * Per-query latency with the engine's query caches cleared before every query (compiled query words,
   * corrections, passage analyses), in microseconds; NaN for engines without query caches.
   */
  uncachedP50us: number;
  uncachedP95us: number;
  uncachedP99us: number;
  /** Number of timed query runs. */
  samples: number;
  /** Relevance on the real corpus (scale 1 only), else NaN. */
  recall: number;
  meanReciprocalRank: number;
}

/** Options of {@link runSearchBenchmark}. */
export interface SearchBenchmarkOptions {
  /** Corpus scales (default [1, 100, 1000]). */
  scales?: readonly number[];
  /** Engines to run (default all three). */
  engines?: readonly Row['engine'][];
  /** Timed runs per query at scale 1; larger scales run fewer, bounded by `budgetMs`. */
  iterations?: number;
  /** Rough time budget for the timed runs of one engine at one scale. */
  budgetMs?: number;
  /** Queries to time (default: the relevance set's queries plus a few multi-word ones). */
  queries?: readonly string[];
  /** Seed for the synthetic corpora. */
  seed?: number;
}

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PoolBlock {
  kind: 'paragraph' | 'quote' | 'list';
  texts: string[];
}

/**
 * Deterministic synthetic corpus of `scale` × the real one: each document recombines real headings and
 * blocks (about 16–22 passages) with light word substitutions.
 */
export function synthesizeCorpus(documents: readonly CorpusDocument[], scale: number, seed = 42): CorpusDocument[] {
  if (scale <= 1) return [...documents];
  const random = seededRandom(seed + scale);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const headings = documents.flatMap((document) => document.sections.map((section) => section.heading).filter((heading): heading is string => Boolean(heading)));
  const pool: PoolBlock[] = documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.blocks.map((block): PoolBlock => (block.type === 'list' ? { kind: 'list', texts: block.items.map((item) => item.text) } : { kind: block.type, texts: [block.text] })),
    ),
  );
  const words = [...new Set(documents.flatMap((document) => document.text.match(/\p{L}{4,}/gu) ?? []))];
  const substitute = (text: string) => text.replace(/\p{L}{4,}/gu, (word) => (random() < 0.04 ? pick(words) : word));
  const result: CorpusDocument[] = [];
  const count = documents.length * scale;
  for (let n = 0; n < count; n += 1) {
    const template = documents[n % documents.length]!;
    const title = `${template.title} ${n}`;
    let text = title;
    const sections: Section[] = [];
    const target = 16 + Math.floor(random() * 7);
    let passages = 0;
    let sectionNumber = 0;
    while (passages < target) {
      const heading = sectionNumber === 0 ? null : pick(headings);
      let headingSpan = null;
      if (heading) {
        text += '\n\n';
        headingSpan = { start: text.length, end: text.length + heading.length };
        text += heading;
      }
      const sectionStart = headingSpan?.start ?? text.length + 2;
      const blocks: Block[] = [];
      const blockCount = 1 + Math.floor(random() * 4);
      for (let b = 0; b < blockCount && passages < target; b += 1) {
        const source = pick(pool);
        text += '\n\n';
        if (source.kind === 'list') {
          const blockStart = text.length;
          const items = source.texts.map((itemText, i) => {
            if (i > 0) text += '\n';
            const body = substitute(itemText);
            const item = { start: text.length, end: text.length + body.length, text: body, depth: 0 };
            text += body;
            return item;
          });
          blocks.push({ type: 'list', ordered: false, items, start: blockStart, end: text.length });
          passages += items.length;
        } else {
          const body = substitute(source.texts[0]!);
          const start = text.length;
          text += body;
          blocks.push(
            source.kind === 'quote'
              ? { type: 'quote', text: body, attribution: null, attributionSpan: null, start, end: text.length }
              : { type: 'paragraph', text: body, start, end: text.length },
          );
          passages += 1;
        }
      }
      sections.push({ id: sectionNumber === 0 ? 'inleiding' : `sectie-${sectionNumber}`, heading, headingSpan, blocks, start: sectionStart, end: text.length });
      sectionNumber += 1;
    }
    // Flatten the concatenated text, as JSON.parse hands out bundle documents: otherwise the first slice taken
    // while indexing flattens it and the document's own memory is counted as index heap.
    result.push({ ...template, id: `${template.id}-${n}`, source: `synthetic-${n}.txt`, title, sections, text: flatString(text) });
  }
  return result;
}

/** A flat copy of a string (V8 keeps `+=` results as rope "cons strings" until first read). */
function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The passages of documents as [document position, start, end]. */
function passagesOf(documents: readonly CorpusDocument[]): { doc: Int32Array; start: Int32Array; end: Int32Array } {
  const doc: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  documents.forEach((document, d) => {
    for (const section of document.sections) {
      for (const block of section.blocks) {
        const spans = block.type === 'list' ? block.items : [block];
        for (const span of spans) {
          doc.push(d);
          start.push(span.start);
          end.push(span.end);
        }
      }
    }
  });
  return { doc: Int32Array.from(doc), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** A search engine under test. */
interface Engine {
  build(): void;
  serialize(): string | null;
  load(serialized: string): void;
  /** Runs a query; returns the document positions of the hits, best first. */
  query(query: string): number[];
  /** Drops query caches, if the engine has any. */
  clearCaches?(): void;
}

function ourEngine(documents: readonly CorpusDocument[]): Engine {
  let index: SearchIndex | null = null;
  // As the app runs it: the thesaurus lexicon (synonyms, English), so relevance is the app's.
  let lexicon = thesaurusLexicon(parseThesaurus(thesaurusJson));
  const position = new Map(documents.map((document, d) => [document.id, d]));
  return {
    build: () => {
      index = buildSearchIndex(documents);
    },
    serialize: () => JSON.stringify(index!.export()),
    load: (serialized) => {
      index = importIndex(JSON.parse(serialized), documents);
    },
    // `total` is part of what a results page shows; `counts` (facets) is computed on first read and not read here.
    query: (query) => {
      const result = search(index!, query, { limit: 10, lexicon });
      if (result.total < result.hits.length) throw new Error('inconsistent total');
      return result.hits.map((hit) => position.get(hit.docId)!);
    },
    clearCaches: () => {
      clearSearchCaches(index!);
      lexicon = thesaurusLexicon(parseThesaurus(thesaurusJson));
    },
  };
}

function naiveEngine(documents: readonly CorpusDocument[]): Engine {
  let folded: string[] = [];
  let doc: Int32Array = new Int32Array(0);
  return {
    build: () => {
      const passages = passagesOf(documents);
      doc = passages.doc;
      folded = Array.from(passages.doc, (d, i) => foldText(documents[d]!.text.slice(passages.start[i]!, passages.end[i]!)));
    },
    serialize: () => null,
    load: () => undefined,
    query: (query) => {
      const words = foldText(query).split(/[^\p{L}\p{N}-]+/u).filter((word) => word.length > 1);
      const scored: [number, number][] = [];
      for (let p = 0; p < folded.length; p += 1) {
        let count = 0;
        for (const word of words) if (folded[p]!.includes(word)) count += 1;
        if (count) scored.push([count, p]);
      }
      scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      return scored.slice(0, 10).map(([, p]) => doc[p]!);
    },
  };
}

function flexDefaultEngine(documents: readonly CorpusDocument[]): Engine {
  let index = new Index();
  // Passage positions are corpus metadata every engine gets for free (ours stores them in its export).
  const passages = passagesOf(documents);
  const doc = passages.doc;
  return {
    build: () => {
      index = new Index();
      for (let p = 0; p < passages.doc.length; p += 1) index.add(p, documents[passages.doc[p]!]!.text.slice(passages.start[p]!, passages.end[p]!));
    },
    serialize: () => {
      const chunks: Record<string, string> = {};
      void index.export((key: string, data: string) => {
        chunks[key] = data;
      });
      return JSON.stringify(chunks);
    },
    load: (serialized) => {
      index = new Index();
      for (const [key, data] of Object.entries(JSON.parse(serialized) as Record<string, string>)) index.import(key, data);
    },
    query: (query) => (index.search(query, { limit: 10 }) as number[]).map((p) => doc[Number(p)]!),
  };
}

const ENGINES: Record<Row['engine'], (documents: readonly CorpusDocument[]) => Engine> = {
  ours: ourEngine,
  'naive-scan': naiveEngine,
  'flexsearch-default': flexDefaultEngine,
};

/** The default timed queries: the relevance set plus multi-word and phrase queries. */
export const BENCHMARK_QUERIES: readonly string[] = [
  ...RELEVANCE_SET.map((entry) => entry.query),
  'jeugd Flevoland',
  'zorg en ondersteuning',
  '"sociale wijkteams" Zwolle',
  'lerende professional',
];

/** Untimed rounds over the queries before the warm runs, so the JIT has compiled the query path. */
const WARMUP_ROUNDS = 50;

function now(): bigint {
  return process.hrtime.bigint();
}

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Runs every engine on every scale and returns one row each. No thresholds are checked here: the caller
 * prints or compares the figures.
 */
export function runSearchBenchmark(documents: readonly CorpusDocument[], options: SearchBenchmarkOptions = {}): Row[] {
  const scales = options.scales ?? [1, 100, 1000];
  const engines = options.engines ?? (['ours', 'naive-scan', 'flexsearch-default'] as const);
  const queries = options.queries ?? BENCHMARK_QUERIES;
  const baseIterations = options.iterations ?? 200;
  const budgetMs = options.budgetMs ?? 3000;
  const rows: Row[] = [];
  for (const scale of scales) {
    const corpus = synthesizeCorpus(documents, scale, options.seed ?? 42);
    const passages = passagesOf(corpus).doc.length;
    for (const name of engines) {
      const heapBefore = heapUsed();
      let engine: Engine | null = ENGINES[name](corpus);
      let started = now();
      engine.build();
      const buildMs = Number(now() - started) / 1e6;
      const heapMB = (heapUsed() - heapBefore) / 2 ** 20;
      let serialized = engine.serialize();
      const serializedKB = serialized === null ? Number.NaN : new TextEncoder().encode(serialized).length / 1024;
      let loadMs = Number.NaN;
      let firstQueryMs = Number.NaN;
      if (serialized !== null) {
        // Load as the app does (JSON.parse included), into a fresh engine, and answer one query.
        engine = ENGINES[name](corpus);
        started = now();
        engine.load(serialized);
        loadMs = Number(now() - started) / 1e6;
        engine.query(queries[0]!);
        firstQueryMs = Number(now() - started) / 1e6;
      }
      // Collect the build's garbage (the built engine, the serialized string) before timing queries, so its
      // collection does not land in the query samples. A no-op without --expose-gc.
      serialized = null;
      heapUsed();
      // Cold runs: the first time each query is seen.
      let coldMax = 0;
      for (const query of queries) {
        started = now();
        engine.query(query);
        coldMax = Math.max(coldMax, Number(now() - started) / 1e3);
      }
      // Warm runs, round-robin over the queries, within the budget, after untimed warm-up rounds (see WARMUP_ROUNDS).
      const iterations = Math.max(Math.min(20, baseIterations), Math.floor(baseIterations / Math.sqrt(scale)));
      for (let round = 0; round < Math.min(WARMUP_ROUNDS, iterations); round += 1) for (const query of queries) engine.query(query);
      const samples = new Float64Array(iterations * queries.length);
      let count = 0;
      const deadline = now() + BigInt(budgetMs) * 1_000_000n;
      for (let round = 0; round < iterations; round += 1) {
        for (const query of queries) {
          started = now();
          engine.query(query);
          samples[count++] = Number(now() - started) / 1e3;
        }
        if (round >= 2 && now() > deadline) break;
      }
      const timed = samples.subarray(0, count).sort();
      // Uncached runs: the query caches are cleared before every query, so each one compiles its words afresh, as
      // every keystroke does. Engines without query caches run the same loop: their uncached figure is their only one.
      const uncached: number[] = [];
      {
        const uncachedDeadline = now() + BigInt(Math.max(200, budgetMs / 3)) * 1_000_000n;
        for (let round = 0; round < Math.max(1, Math.floor(iterations / 4)); round += 1) {
          for (const query of queries) {
            engine.clearCaches?.();
            started = now();
            engine.query(query);
            uncached.push(Number(now() - started) / 1e3);
          }
          if (now() > uncachedDeadline) break;
        }
        engine.clearCaches?.();
      }
      const uncachedTimed = Float64Array.from(uncached).sort();
      let recall = Number.NaN;
      let meanReciprocalRank = Number.NaN;
      if (scale === 1) {
        const current = engine;
        const score = measureRelevance(RELEVANCE_SET, (query) => [...new Set(current.query(query).map((d) => corpus[d]!.source))]);
        recall = score.recall;
        meanReciprocalRank = score.meanReciprocalRank;
      }
      rows.push({
        engine: name,
        scale,
        documents: corpus.length,
        passages,
        buildMs,
        heapMB,
        serializedKB,
        loadMs,
        p50us: percentile(timed, 0.5),
        p95us: percentile(timed, 0.95),
        p99us: percentile(timed, 0.99),
        coldMaxUs: coldMax,
        firstQueryMs,
        uncachedP50us: percentile(uncachedTimed, 0.5),
        uncachedP95us: percentile(uncachedTimed, 0.95),
        uncachedP99us: percentile(uncachedTimed, 0.99),
        samples: count,
        recall,
        meanReciprocalRank,
      });
      engine = null;
    }
  }
  return rows;
}

/** Formats rows as a Markdown table. */
export function formatRows(rows: readonly Row[]): string {
  const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
  const header =
    '| engine | scale | docs | passages | **uncached p50 µs** | **uncached p95 µs** | **uncached p99 µs** | warm p50 µs | warm p95 µs | warm p99 µs | cold max µs | load + first query ms | build ms | heap MB | size KB | load ms | recall | MRR |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (row) =>
      `| ${row.engine} | x${row.scale} | ${row.documents} | ${row.passages} | ${fixed(row.uncachedP50us, 1)} | ${fixed(row.uncachedP95us, 1)} | ${fixed(row.uncachedP99us, 1)} | ${fixed(row.p50us, 1)} | ${fixed(row.p95us, 1)} | ${fixed(row.p99us, 1)} | ${fixed(row.coldMaxUs, 0)} | ${fixed(row.firstQueryMs, 1)} | ${fixed(row.buildMs, 1)} | ${fixed(row.heapMB, 1)} | ${fixed(row.serializedKB, 0)} | ${fixed(row.loadMs, 1)} | ${fixed(row.recall, 2)} | ${fixed(row.meanReciprocalRank, 2)} |`,
  );
  return [header, rule, ...lines].join('\n');
}

/** Per cell, the median over several runs of the same benchmark (rows matched by engine and scale). */
export function medianRows(runs: readonly (readonly Row[])[]): Row[] {
  const first = runs[0] ?? [];
  const median = (values: number[]) => {
    const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
    if (sorted.length === 0) return Number.NaN;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  return first.map((row) => {
    const same = runs.map((run) => run.find((other) => other.engine === row.engine && other.scale === row.scale)!).filter(Boolean);
    const merged = { ...row } as Row;
    for (const key of Object.keys(row) as (keyof Row)[]) {
      if (typeof row[key] === 'number') (merged as unknown as Record<string, number>)[key] = median(same.map((other) => other[key] as number));
    }
    return merged;
  });
}

/** The targets of the search performance issue (uncached, every keystroke a new query), checked against measured rows. */
export function checkTargets(rows: readonly Row[]): { target: string; measured: string; met: boolean }[] {
  const find = (engine: Row['engine'], scale: number) => rows.find((row) => row.engine === engine && row.scale === scale);
  const checks: { target: string; measured: string; met: boolean }[] = [];
  for (const scale of [...new Set(rows.map((row) => row.scale))]) {
    const ours = find('ours', scale);
    const flex = find('flexsearch-default', scale);
    if (ours && flex) {
      const ratio = ours.uncachedP95us / flex.uncachedP95us;
      checks.push({ target: `uncached p95 ≤ 2× FlexSearch default at x${scale}`, measured: `${ours.uncachedP95us.toFixed(1)} vs ${flex.uncachedP95us.toFixed(1)} µs (${ratio.toFixed(1)}×)`, met: ratio <= 2 });
    }
  }
  const x1 = find('ours', 1);
  if (x1) {
    checks.push({ target: 'recall 1.00 and MRR 1.00 at x1 (Dutch set)', measured: `${x1.recall.toFixed(2)} / ${x1.meanReciprocalRank.toFixed(2)}`, met: x1.recall === 1 && x1.meanReciprocalRank === 1 });
    checks.push({ target: 'first query after start ≤ 20 ms (load included), x1', measured: `${x1.firstQueryMs.toFixed(1)} ms`, met: x1.firstQueryMs <= 20 });
  }
  const x1000 = find('ours', 1000);
  if (x1000) {
    checks.push({ target: 'uncached p99 ≤ 5 ms at x1000', measured: `${(x1000.uncachedP99us / 1000).toFixed(2)} ms`, met: x1000.uncachedP99us <= 5000 });
    checks.push({ target: 'build ≤ 5 s at x1000', measured: `${(x1000.buildMs / 1000).toFixed(2)} s`, met: x1000.buildMs <= 5000 });
    checks.push({ target: 'heap ≤ 100 MB at x1000', measured: `${x1000.heapMB.toFixed(1)} MB`, met: x1000.heapMB <= 100 });
  }
  return checks;
}

/** Formats target checks as a Markdown table. */
export function formatTargets(checks: ReturnType<typeof checkTargets>): string {
  return ['| target | measured | met |', '|---|---:|---|', ...checks.map((check) => `| ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`)].join('\n');
}
