import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectIds, intersectMin, maxWeightOf, scaled, seek, unionAll, unionMax, type Weighted } from './idLists.js';

const ascending = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }).map((ids) => Int32Array.from(ids.sort((a, b) => a - b)));
const weighted = ascending.chain((ids) =>
  fc.array(fc.float({ min: Math.fround(0.1), max: Math.fround(2), noNaN: true }), { minLength: ids.length, maxLength: ids.length }).map((weights): Weighted => ({ ids, weights: Float32Array.from(weights), weight: 0 })),
);

/** id → weight of a list, the obvious way. */
function asMap(list: Weighted): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < list.ids.length; i += 1) map.set(list.ids[i]!, list.weights ? list.weights[i]! : list.weight);
  return map;
}

describe('seek', () => {
  it.each([
    [[1, 3, 5, 7, 9], 0, 5, 2],
    [[1, 3, 5, 7, 9], 0, 6, 3],
    [[1, 3, 5, 7, 9], 3, 2, 3],
    [[1, 3, 5, 7, 9], 0, 10, 5],
    [[], 0, 1, 0],
  ])('in %j from %i finds %i at %i', (ids, from, target, expected) => {
    expect(seek(ids, from, target)).toBe(expected);
  });

  it('returns the first position at or past the target, like a linear scan', () => {
    fc.assert(
      fc.property(ascending, fc.nat(40), fc.integer({ min: -1, max: 401 }), (ids, from, target) => {
        let linear = from;
        while (linear < ids.length && ids[linear]! < target) linear += 1;
        expect(seek(ids, from, target)).toBe(Math.max(from, linear));
      }),
    );
  });
});

describe('unionMax and intersectMin', () => {
  it('union holds every id once, ascending, with the larger weight', () => {
    fc.assert(
      fc.property(weighted, weighted, (a, b) => {
        const union = unionMax(a, b);
        const expected = asMap(a);
        for (const [id, w] of asMap(b)) expected.set(id, Math.max(expected.get(id) ?? 0, w));
        expect(Array.from(union.ids)).toEqual([...expected.keys()].sort((x, y) => x - y));
        expect(asMap(union)).toEqual(expected);
      }),
    );
  });

  it('intersection holds the shared ids, ascending, with the smaller weight', () => {
    fc.assert(
      fc.property(weighted, weighted, (a, b) => {
        const both = intersectMin(a, b);
        const left = asMap(a);
        const expected = new Map([...asMap(b)].filter(([id]) => left.has(id)).map(([id, w]) => [id, Math.min(w, left.get(id)!)]));
        expect(Array.from(both.ids)).toEqual([...expected.keys()].sort((x, y) => x - y));
        expect(asMap(both)).toEqual(expected);
      }),
    );
  });

  it('unionAll of many lists equals folding unionMax over them', () => {
    fc.assert(
      fc.property(fc.array(weighted, { maxLength: 6 }), (lists) => {
        const expected = lists.reduce<Map<number, number>>((map, list) => {
          for (const [id, w] of asMap(list)) map.set(id, Math.max(map.get(id) ?? 0, w));
          return map;
        }, new Map());
        expect(asMap(unionAll(lists))).toEqual(expected);
      }),
    );
  });

  it('intersectIds keeps only ids every list holds', () => {
    fc.assert(
      fc.property(fc.array(ascending, { minLength: 1, maxLength: 5 }), (lists) => {
        const expected = [...lists[0]!].filter((id) => lists.every((list) => list.includes(id)));
        expect(Array.from(intersectIds(lists))).toEqual(expected);
      }),
    );
  });
});

describe('scaled and maxWeightOf', () => {
  it('scales every weight without touching the original list', () => {
    const list: Weighted = { ids: Int32Array.of(1, 2), weights: Float32Array.of(1, 0.5), weight: 0 };
    const half = scaled(list, 0.5);
    expect([...half.weights!]).toEqual([0.5, 0.25]);
    expect([...list.weights!]).toEqual([1, 0.5]);
    expect(maxWeightOf(half)).toBe(0.5);
    expect(scaled({ ids: Int32Array.of(3), weights: null, weight: 2 }, 0.25).weight).toBe(0.5);
  });
});
