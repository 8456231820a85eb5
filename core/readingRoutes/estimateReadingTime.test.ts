import { describe, expect, it } from 'vitest';
import { countWords, estimateReadingMinutes, wordsPerMinute } from './estimateReadingTime.js';
import type { StepTarget } from './readingRoute.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['mantelzorg', 1],
    ['Sociaal domein, zorg- en welzijn!', 5],
    ["zo'n wijk-team in 2024", 4],
    ['cliënten  en   naasten', 3],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('estimateReadingMinutes', () => {
  const target: StepTarget = { kind: 'document', docId: 'x' };
  const words = (count: number) => Array.from({ length: count }, () => 'woord').join(' ');

  it('sums the words of every step at the reading speed, rounded', () => {
    expect(estimateReadingMinutes([target, target], () => words(wordsPerMinute * 1.5))).toBe(3);
  });

  it('shows at least one minute for a short route, and none for a route without text', () => {
    expect(estimateReadingMinutes([target], () => 'kort')).toBe(1);
    expect(estimateReadingMinutes([], () => 'niets')).toBe(0);
  });

  it('counts a lost step as nothing rather than failing', () => {
    expect(estimateReadingMinutes([target, target], (_, ) => null)).toBe(0);
  });
});
