import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopPassages } from './topPassages.js';

describe('TopPassages', () => {
  it('keeps the best keys, higher first, and the lower passage on a tie', () => {
    const top = new TopPassages(3);
    for (const [key, passage] of [[1, 10], [5, 11], [3, 12], [5, 2], [0, 1], [4, 7]] as const) top.add(key, passage);
    expect([...top.keys.subarray(0, top.size)]).toEqual([5, 5, 4]);
    expect([...top.ids.subarray(0, top.size)]).toEqual([2, 11, 7]);
  });

  it('admits nothing at capacity zero and grows its buffers on reset', () => {
    const top = new TopPassages(0);
    top.add(1, 1);
    expect(top.size).toBe(0);
    top.reset(40);
    for (let p = 0; p < 50; p += 1) top.add(p, p);
    expect(top.size).toBe(40);
    expect(top.ids[0]).toBe(49);
  });

  it('equals sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat(1000))), fc.integer({ min: 1, max: 12 }), (entries, k) => {
        const unique = [...new Map(entries.map(([key, p]) => [p, key])).entries()].map(([p, key]) => [key, p] as const);
        const top = new TopPassages(k);
        for (const [key, p] of unique) top.add(key, p);
        const expected = [...unique].sort((x, y) => y[0] - x[0] || x[1] - y[1]).slice(0, k).map(([, p]) => p);
        expect([...top.ids.subarray(0, top.size)]).toEqual(expected);
      }),
    );
  });
});
