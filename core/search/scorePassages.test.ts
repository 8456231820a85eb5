import { describe, expect, it } from 'vitest';
import { COVERAGE_STEP, HEADING_BOOST, idfOf, lengthNormOf, rankingKey, TITLE_BOOST } from './scorePassages.js';

describe('scorePassages', () => {
  it('gives rarer units a higher idf', () => {
    expect(idfOf(1000, 1)).toBeGreaterThan(idfOf(1000, 10));
    expect(idfOf(1000, 10)).toBeGreaterThan(idfOf(1000, 900));
    expect(idfOf(1000, 1000)).toBeGreaterThan(0);
  });

  it('prefers shorter passages, mildly', () => {
    expect(lengthNormOf(10, 30)).toBeGreaterThan(lengthNormOf(60, 30));
    expect(lengthNormOf(10, 30) / lengthNormOf(60, 30)).toBeLessThan(1.5);
  });

  it('lets one more covered unit outweigh any score difference', () => {
    const units = [
      { sectionFlags: null, documentFlags: null, idf: 1 },
      { sectionFlags: null, documentFlags: null, idf: 1 },
    ];
    expect(rankingKey(units, [], 0, 0, 0b11, 0.1)).toBeGreaterThan(rankingKey(units, [], 0, 0, 0b01, 1000));
  });

  it('counts a heading or title match as covering the unit, with its boost', () => {
    const units = [
      { sectionFlags: null, documentFlags: null, idf: 1 },
      { sectionFlags: Uint8Array.of(0, 1), documentFlags: Uint8Array.of(1), idf: 2 },
    ];
    expect(rankingKey(units, [1], 1, 0, 0b01, 1)).toBeCloseTo(2 * COVERAGE_STEP + 1 + 2 * HEADING_BOOST + 2 * TITLE_BOOST);
    expect(rankingKey(units, [1], 0, 1, 0b01, 1)).toBe(COVERAGE_STEP + 1);
  });
});
