import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStorageBenchmark } from './storageBenchmark.js';

describe('runStorageBenchmark', () => {
  it('reports write latency, open time, size and memory for a filled data file', async () => {
    const rows = await runStorageBenchmark(mkdtempSync(join(tmpdir(), 'werkplaats-bench-')), { annotations: 300, writes: 5, positionSaves: 10 });
    expect(rows.map((row) => row.metric)).toEqual(expect.arrayContaining(['annotations', 'file size', 'durable write p95']));
    for (const row of rows) expect(Number.isFinite(row.value)).toBe(true);
    expect(rows.find((row) => row.metric === 'durable write p95')?.target).toBe(20);
    // A reading-position save writes its own small file: a few kilobytes, not the annotations.
    const positionBytes = rows.find((row) => row.metric.startsWith('reading-position save: bytes'))!.value;
    expect(positionBytes).toBeGreaterThan(0);
    expect(positionBytes).toBeLessThan(20_000);
  });
});
