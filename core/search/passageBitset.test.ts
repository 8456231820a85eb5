import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRange, bitsetOf, countUnion, hasPassage, popcount } from './passageBitset.js';

describe('passageBitset', () => {
  it.each([
    [0, 0],
    [1, 1],
    [0xff, 8],
    [0xffffffff, 32],
    [0x80000001, 2],
  ])('popcount(%i) is %i', (word, bits) => {
    expect(popcount(word)).toBe(bits);
  });

  it('holds exactly the ids below the passage count', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200)), fc.integer({ min: 1, max: 150 }), (raw, count) => {
        const ids = raw.sort((a, b) => a - b);
        const bits = bitsetOf(count, ids);
        for (let p = 0; p < count; p += 1) expect(hasPassage(bits, p)).toBe(ids.includes(p));
      }),
    );
  });

  it('counts a union of sets once per passage, within a filter', () => {
    const a = bitsetOf(100, [1, 2, 40, 99]);
    const b = bitsetOf(100, [2, 3, 40, 64]);
    expect(countUnion([a, b], 4, null)).toBe(6);
    const within = new Uint32Array(4);
    addRange(within, 0, 41);
    expect(countUnion([a, b], 4, within)).toBe(4);
  });
});
