/** Why: the data file is rewritten whole on every change, and a reading-position save must not be, so both costs with a heavy user's 10,000 annotations are measured, not guessed. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Annotation } from '../../core/annotations/annotation.js';
import { openUserData, readingFileName, userDataFileName } from './openUserData.js';

/** One measured figure. */
export interface StorageBenchmarkRow {
  metric: string;
  value: number;
  unit: 'ms' | 'MB' | 'bytes' | 'count';
  /** The figure it should stay within, when there is one. */
  target?: number;
}

export interface StorageBenchmarkOptions {
  /** Annotations in the file; default 10,000. */
  annotations?: number;
  /** Single-annotation updates timed; default 60. */
  writes?: number;
  /** Reading-position saves timed; default 200. */
  positionSaves?: number;
}

const words = 'de werkplaats sociaal domein onderzoekt samen met professionals hoe wijkteams jeugdzorg en ondersteuning beter kunnen'.split(' ');
const sentence = (seed: number, length: number) => Array.from({ length }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(' ');

/** A realistic annotation: a sentence-long quote with context and, for every third one, a short note. */
function sampleAnnotation(index: number): Annotation {
  const exact = sentence(index, 14);
  const noteText = index % 3 === 0 ? sentence(index + 1, 30) : '';
  return {
    id: `bench-${index.toString().padStart(6, '0')}`,
    docId: `document-${index % 120}`,
    corpusVersion: '0123456789abcdef',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: sentence(index + 2, 5).slice(0, 32), suffix: sentence(index + 3, 5).slice(0, 32) },
      { type: 'TextPositionSelector', start: index * 40, end: index * 40 + exact.length },
    ],
    color: index % 5,
    tags: index % 4 === 0 ? ['jeugd', 'wijkteam'] : [],
    note: noteText ? { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: noteText }] }] } : null,
    noteText,
    created: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    modified: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    deleted: null,
  };
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Fills a data file in `dir` (which should be empty) with annotations and measures: durable write
 * latency of single-annotation updates (p50/p95/max; target p95 ≤ 20 ms), reading-position saves (bytes
 * written and latency; they must leave the main file alone), time to open the file again, file size and heap growth. Figures depend on the machine and its disk; nothing here asserts them.
 */
export async function runStorageBenchmark(dir: string, options: StorageBenchmarkOptions = {}): Promise<StorageBenchmarkRow[]> {
  const count = options.annotations ?? 10_000;
  const writes = options.writes ?? 60;
  const { store } = await openUserData(dir);
  await store.update((data) => {
    data.annotations = Array.from({ length: count }, (_, index) => sampleAnnotation(index));
  });

  const latencies: number[] = [];
  for (let write = 0; write < writes; write += 1) {
    const started = performance.now();
    await store.update((data) => {
      // As the annotation service does: a change replaces the annotation instead of editing it in place.
      const position = (write * 7919) % count;
      const annotation = data.annotations[position]!;
      data.annotations[position] = { ...annotation, color: ((annotation.color + 1) % 5) as typeof annotation.color, modified: new Date().toISOString() };
    });
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);

  // A reading-position save, as the reader sends while scrolling: only the small reading-state file is rewritten.
  const mainBefore = (await stat(join(dir, userDataFileName))).mtimeMs;
  const saves = options.positionSaves ?? 200;
  const saveLatencies: number[] = [];
  for (let save = 0; save < saves; save += 1) {
    const started = performance.now();
    await store.updateReadingStates((states) => {
      const docId = `document-${save % 120}`;
      states[docId] = { docId, offset: save * 37, corpusVersion: '0123456789abcdef', updatedAt: new Date().toISOString() };
    });
    saveLatencies.push(performance.now() - started);
  }
  saveLatencies.sort((a, b) => a - b);
  const positionBytes = (await stat(join(dir, readingFileName))).size;
  if ((await stat(join(dir, userDataFileName))).mtimeMs !== mainBefore) throw new Error('a reading-position save rewrote the main data file');

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const openStarted = performance.now();
  const reopened = await openUserData(dir);
  const openMs = performance.now() - openStarted;
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const size = (await stat(join(dir, userDataFileName))).size;
  if (reopened.store.data.annotations.length !== count) throw new Error('benchmark data did not survive reopening');

  return [
    { metric: 'annotations', value: count, unit: 'count' },
    { metric: 'file size', value: megabytes(size), unit: 'MB' },
    { metric: 'durable write p50', value: round(percentile(latencies, 0.5)), unit: 'ms' },
    { metric: 'durable write p95', value: round(percentile(latencies, 0.95)), unit: 'ms', target: 20 },
    { metric: 'durable write max', value: round(latencies[latencies.length - 1] ?? 0), unit: 'ms' },
    { metric: 'open (read, parse, validate, backup check)', value: round(openMs), unit: 'ms' },
    { metric: 'reading-position save: bytes written (120 positions in the file)', value: positionBytes, unit: 'bytes' },
    { metric: 'reading-position save p50', value: round(percentile(saveLatencies, 0.5)), unit: 'ms' },
    { metric: 'reading-position save p95', value: round(percentile(saveLatencies, 0.95)), unit: 'ms' },
    { metric: `heap growth on open${gc ? '' : ' (no --expose-gc: rough)'}`, value: megabytes(heapAfter - heapBefore), unit: 'MB' },
  ];
}
