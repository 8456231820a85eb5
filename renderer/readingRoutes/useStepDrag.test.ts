import { describe, expect, it } from 'vitest';
import { dropIndex, isStill } from './useStepDrag.js';

describe('useStepDrag', () => {
  it.each([
    // from, slot (gap before item `slot`), resulting index, still
    [0, 0, 0, true],
    [0, 1, 0, true],
    [0, 3, 2, false],
    [2, 0, 0, false],
    [2, 2, 2, true],
    [2, 3, 2, true],
    [1, 3, 2, false],
  ])('a step from %i dropped into gap %i lands at %i (still: %s)', (from, slot, index, still) => {
    expect(dropIndex(from, slot)).toBe(index);
    expect(isStill(from, slot)).toBe(still);
  });
});
