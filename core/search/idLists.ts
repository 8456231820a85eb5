// Why: every search step combines ascending posting lists (union, intersection, seek); these set operations are shared and tested on their own.

/** Ascending ids, as FlexSearch's posting arrays or our own typed arrays. */
export type Ids = ArrayLike<number>;

/** Ascending ids with a weight each, or one weight for all when `weights` is null. */
export interface Weighted {
  ids: Ids;
  weights: Float32Array | null;
  weight: number;
}

/** The empty id list (shared; never written). */
export const EMPTY_IDS = new Int32Array(0);

/** The first index `i >= from` with `ids[i] >= target` (galloping, then binary search), or `ids.length`. */
export function seek(ids: Ids, from: number, target: number): number {
  const length = ids.length;
  if (from >= length || ids[from]! >= target) return from;
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < length && ids[high]! < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > length) high = length;
  // ids[low] < target; ids[high] >= target or high === length.
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < target) low = middle;
    else high = middle;
  }
  return high;
}

/** The weight of the `k`-th id of a list. */
export function weightAt(list: Weighted, k: number): number {
  return list.weights ? list.weights[k]! : list.weight;
}

/** Union of two weighted lists, keeping the larger weight where both hold an id. */
export function unionMax(a: Weighted, b: Weighted): Weighted {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float32Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) {
      ids[n] = x;
      weights[n++] = weightAt(a, i++);
    } else if (y < x) {
      ids[n] = y;
      weights[n++] = weightAt(b, j++);
    } else {
      ids[n] = x;
      weights[n++] = Math.max(weightAt(a, i++), weightAt(b, j++));
    }
  }
  while (i < a.ids.length) {
    ids[n] = a.ids[i]!;
    weights[n++] = weightAt(a, i++);
  }
  while (j < b.ids.length) {
    ids[n] = b.ids[j]!;
    weights[n++] = weightAt(b, j++);
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n), weight: 0 };
}

/** Intersection of two weighted lists, keeping the smaller weight. */
export function intersectMin(a: Weighted, b: Weighted): Weighted {
  if (a.ids.length > b.ids.length) [a, b] = [b, a];
  const ids = new Int32Array(a.ids.length);
  const weights = new Float32Array(a.ids.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.ids.length && j < b.ids.length; i += 1) {
    const x = a.ids[i]!;
    j = seek(b.ids, j, x);
    if (j < b.ids.length && b.ids[j] === x) {
      ids[n] = x;
      weights[n++] = Math.min(weightAt(a, i), weightAt(b, j));
    }
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n), weight: 0 };
}

/** Union of many weighted lists, merged pairwise (n log k). */
export function unionAll(lists: readonly Weighted[]): Weighted {
  let round = lists.filter((list) => list.ids.length > 0);
  if (round.length === 0) return { ids: EMPTY_IDS, weights: null, weight: 0 };
  while (round.length > 1) {
    const next: Weighted[] = [];
    for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? unionMax(round[i]!, round[i + 1]!) : round[i]!);
    round = next;
  }
  return round[0]!;
}

/** Multiplies every weight of a list by `factor` (a new list; postings are never changed in place). */
export function scaled(list: Weighted, factor: number): Weighted {
  if (factor === 1) return list;
  if (!list.weights) return { ids: list.ids, weights: null, weight: Math.fround(list.weight * factor) };
  const weights = new Float32Array(list.weights.length);
  for (let i = 0; i < weights.length; i += 1) weights[i] = list.weights[i]! * factor;
  return { ids: list.ids, weights, weight: 0 };
}

/** Intersection of ascending id lists (ids only), smallest first. */
export function intersectIds(lists: readonly Ids[]): Ids {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result: Ids = sorted[0] ?? EMPTY_IDS;
  for (let i = 1; i < sorted.length && result.length > 0; i += 1) {
    result = intersectMin({ ids: result, weights: null, weight: 0 }, { ids: sorted[i]!, weights: null, weight: 0 }).ids;
  }
  return result;
}

/** The largest weight of any id in a list. */
export function maxWeightOf(list: Weighted): number {
  if (!list.weights) return list.weight;
  let maximum = 0;
  for (let i = 0; i < list.weights.length; i += 1) if (list.weights[i]! > maximum) maximum = list.weights[i]!;
  return maximum;
}
