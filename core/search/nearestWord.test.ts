import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, nearestWord } from './nearestWord.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['zorg', 'zorg', 0],
    ['zrog', 'zorg', 1],
    ['technolgie', 'technologie', 1],
    ['jeugdhlup', 'jeugdhulp', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s = %i', (a, b, distance) => expect(damerauLevenshtein(a, b)).toBe(distance));

  it('stops early beyond the budget', () => expect(damerauLevenshtein('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3));
});

describe('nearestWord', () => {
  const vocabulary = new Map([
    ['mantelzorgers', 2],
    ['technologie', 2],
    ['technologische', 2],
    ['jeugdhulp', 3],
    ['jeugd', 10],
  ]);
  it.each([
    ['technolgie', 'technologie'],
    ['jeugdhlup', 'jeugdhulp'],
    ['mantelzrog', 'mantelzorgers'],
  ])('%s → %s', (word, expected) => expect(nearestWord(word, vocabulary)?.word).toBe(expected));

  it('leaves known, short and far-off words alone', () => {
    expect(nearestWord('jeugd', vocabulary)).toBeNull();
    expect(nearestWord('jegd', vocabulary)).toBeNull();
    expect(nearestWord('armoedebestrijding', vocabulary)).toBeNull();
  });
});
