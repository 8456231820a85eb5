import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exceedsJsonDepth } from './measureJsonDepth.js';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { k: value };
  return value;
}

describe('exceedsJsonDepth', () => {
  it.each([
    ['{}', 1, false],
    ['{}', 0, true],
    ['[[[]]]', 3, false],
    ['[[[]]]', 2, true],
    ['{"a":"[[[[[[[["}', 1, false],
    ['{"a":"\\"[[[["}', 1, false],
    ['"[[[["', 0, false],
    ['[1,[2],[3]]', 2, false],
  ])('%s with a cap of %i → %s', (text, maximum, expected) => {
    expect(exceedsJsonDepth(text, maximum)).toBe(expected);
  });

  it('finds a 100,000-deep body without recursion', () => {
    expect(exceedsJsonDepth('['.repeat(100_000) + ']'.repeat(100_000), 64)).toBe(true);
  });

  it('agrees with the real nesting of any JSON value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.json(), (depth, filler) => {
        const text = JSON.stringify([nested(depth), JSON.parse(filler)]);
        const fillerDepth = exceedsJsonDepth(filler, depth) ? Infinity : 0;
        if (fillerDepth === 0) expect(exceedsJsonDepth(text, depth + 1)).toBe(false);
        expect(exceedsJsonDepth(text, depth)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
