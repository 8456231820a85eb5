import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { allowedDocuments, countAllowed, countsMaterializer, withLazyCounts } from './facetCounts.js';
import { queryStateOf } from './queryStateOf.js';

const index = indexOf([
  { id: 'een', region: 'Noord', sections: [{ heading: null, paragraphs: ['a', 'b', 'c'] }] },
  { id: 'twee', region: 'Zuid', kind: 'news', sections: [{ heading: null, paragraphs: ['d', 'e'] }] },
]);
const state = queryStateOf(index);

describe('facetCounts', () => {
  it('counts overlapping matches once per passage, per document, region and kind', () => {
    const counts = countsMaterializer(index, state, [Int32Array.of(0, 1, 3), Int32Array.of(1, 4)])();
    expect(counts).toEqual({ documents: { een: 2, twee: 2 }, regions: { Noord: 2, Zuid: 2 }, kinds: { profile: 2, news: 2 } });
  });

  it('filters by region, kind and document id', () => {
    expect([...allowedDocuments(index, { region: 'Zuid' })!]).toEqual([0, 1]);
    expect([...allowedDocuments(index, { kind: 'profile' })!]).toEqual([1, 0]);
    expect([...allowedDocuments(index, { docIds: ['een'] })!]).toEqual([1, 0]);
    expect(allowedDocuments(index, {})).toBeNull();
    expect(countAllowed(state, Int32Array.of(0, 1, 3), allowedDocuments(index, { region: 'Zuid' }))).toBe(1);
  });

  it('computes counts only when read, and once', () => {
    let made = 0;
    const result = withLazyCounts({ total: 1 }, () => {
      made += 1;
      return { documents: {}, regions: {}, kinds: {} };
    });
    expect(made).toBe(0);
    expect(result.counts).toBe(result.counts);
    expect(made).toBe(1);
    expect(Object.keys(result)).toContain('counts');
  });
});
