// Why: only passages that can be hits should be scored, so candidates come from the narrowest unit (or the required phrases) instead of from every passage.

import type { CompiledUnit } from './compiledUnit.js';
import { intersectIds, unionMax, type Ids } from './idLists.js';
import { bitsetOf, type PassageBitset } from './passageBitset.js';
import type { QueryState } from './queryState.js';

/** A unit's passages as a bitset (cached on the unit). */
export function bitsOf(state: QueryState, unit: CompiledUnit): PassageBitset {
  return (unit.bits ??= bitsetOf(state.count, unit.ids));
}

/** The passages a unit covers in text, heading or title, ascending (cached on the unit). */
export function coverOf(state: QueryState, unit: CompiledUnit): Ids {
  if (unit.cover) return unit.cover;
  if (!unit.sectionFlags && !unit.documentFlags) return (unit.cover = unit.ids);
  const ranges: number[] = [];
  const addRanges = (flags: Uint8Array | null, first: Int32Array, end: Int32Array) => {
    if (!flags) return;
    for (let i = 0; i < flags.length; i += 1) if (flags[i] && end[i]! > first[i]!) ranges.push(first[i]!, end[i]!);
  };
  addRanges(unit.sectionFlags, state.sectionFirst, state.sectionEnd);
  addRanges(unit.documentFlags, state.documentFirst, state.documentEnd);
  let size = 0;
  for (let r = 0; r < ranges.length; r += 2) size += ranges[r + 1]! - ranges[r]!;
  const fielded = new Int32Array(size);
  let n = 0;
  for (let r = 0; r < ranges.length; r += 2) for (let p = ranges[r]!; p < ranges[r + 1]!; p += 1) fielded[n++] = p;
  // Section ranges and document ranges may overlap and interleave: sort, then merge with the body matches.
  fielded.sort();
  const merged = unionMax({ ids: unit.ids, weights: null, weight: 0 }, { ids: fielded, weights: null, weight: 0 }).ids;
  return (unit.cover = merged);
}

/** The unit covering the fewest passages: every passage covered by all units is among its cover. */
export function narrowestUnit(state: QueryState, units: readonly CompiledUnit[]): number {
  let driver = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (let u = 0; u < units.length; u += 1) {
    const size = coverOf(state, units[u]!).length;
    if (size < smallest) {
      smallest = size;
      driver = u;
    }
  }
  return driver;
}

/** The passages holding every one of the first `count` units (the required quoted phrases). */
export function passagesWithAll(units: readonly CompiledUnit[], count: number): Ids {
  return intersectIds(units.slice(0, count).map((unit) => unit.ids));
}
