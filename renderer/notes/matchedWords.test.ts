import { describe, expect, it } from 'vitest';
import { matchedWordSpans } from './matchedWords.js';

describe('matchedWordSpans', () => {
  it.each([
    ['Gemeenten werken samen', ['gemeenten'], [[0, 9]]],
    ['de mantelzorger en mantelzorgers', ['mantelzorger', 'mantelzorgers'], [[3, 15], [19, 32]]],
    ['zorg (en) zorg?', ['zorg', '(en)'], [[0, 4], [5, 9], [10, 14]]],
    ['niets hier', [], []],
    ['niets hier', [' '], []],
    ['Café cafe', ['café'], [[0, 4]]],
  ] as const)('in "%s" marks %j', (text, words, spans) => {
    expect(matchedWordSpans(text, words).map((span) => [span.start, span.end])).toEqual(spans);
  });
});
