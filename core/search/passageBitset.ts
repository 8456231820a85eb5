// Why: testing "does this unit match passage p" must be one array read while ranking, so units keep a bitset of their passages.

import type { Ids } from './idLists.js';

/** One bit per passage, 32 passages a word. */
export type PassageBitset = Uint32Array;

/** A bitset of `count` passages holding the ascending `ids` (ids at or past `count` are left out). */
export function bitsetOf(count: number, ids: Ids): PassageBitset {
  const bits = new Uint32Array((count + 31) >>> 5);
  for (let k = 0; k < ids.length; k += 1) {
    const p = ids[k]!;
    if (p < count) bits[p >>> 5]! |= 1 << (p & 31);
  }
  return bits;
}

/** Whether passage `p` is in the set. */
export function hasPassage(bits: PassageBitset, p: number): boolean {
  return ((bits[p >>> 5]! >>> (p & 31)) & 1) === 1;
}

/** Adds the passages `[from, to)` to the set. */
export function addRange(bits: PassageBitset, from: number, to: number): void {
  for (let p = from; p < to; p += 1) bits[p >>> 5]! |= 1 << (p & 31);
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Number of passages in the union of `sets`, optionally only those also in `within`. */
export function countUnion(sets: readonly PassageBitset[], words: number, within: PassageBitset | null): number {
  let total = 0;
  for (let w = 0; w < words; w += 1) {
    let value = 0;
    for (let s = 0; s < sets.length; s += 1) value |= sets[s]![w]!;
    if (within) value &= within[w]!;
    if (value !== 0) total += popcount(value);
  }
  return total;
}
