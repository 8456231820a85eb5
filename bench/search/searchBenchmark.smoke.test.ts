import { describe, expect, it } from 'vitest';
import { loadRealCorpus } from './loadRealCorpus.js';
import { formatRows, runSearchBenchmark, synthesizeCorpus } from './searchBenchmark.js';

const documents = loadRealCorpus();

describe('search benchmark (smoke)', () => {
  it('returns numeric rows for every engine at x1', () => {
    const rows = runSearchBenchmark(documents, { scales: [1], iterations: 3, budgetMs: 200 });
    expect(rows.map((row) => row.engine)).toEqual(['ours', 'naive-scan', 'flexsearch-default']);
    for (const row of rows) {
      for (const value of [row.buildMs, row.p50us, row.p95us, row.p99us, row.coldMaxUs, row.recall, row.passages, row.samples]) {
        expect(typeof value).toBe('number');
        expect(Number.isNaN(value)).toBe(false);
      }
    }
    expect(rows[0]!.recall).toBe(1);
    expect(formatRows(rows)).toContain('| ours | x1 |');
  });

  it('synthesizes valid, deterministic documents', () => {
    const a = synthesizeCorpus(documents, 2, 7);
    const b = synthesizeCorpus(documents, 2, 7);
    expect(a).toEqual(b);
    expect(a).toHaveLength(documents.length * 2);
    for (const document of a) {
      for (const section of document.sections) {
        if (section.heading) expect(document.text.slice(section.headingSpan!.start, section.headingSpan!.end)).toBe(section.heading);
        for (const block of section.blocks) {
          if (block.type === 'list') for (const item of block.items) expect(document.text.slice(item.start, item.end)).toBe(item.text);
          else expect(document.text.slice(block.start, block.end)).toBe(block.text);
        }
      }
    }
  });
});
