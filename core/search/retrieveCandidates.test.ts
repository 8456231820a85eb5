import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { compilePhrase, compileWord } from './compileQuery.js';
import { queryStateOf } from './queryStateOf.js';
import { coverOf, narrowestUnit, passagesWithAll } from './retrieveCandidates.js';

const index = indexOf([
  { id: 'een', sections: [{ heading: null, paragraphs: ['Armoede in de stad.', 'Schulden en armoede.', 'Sport in de wijk.'] }] },
  { id: 'twee', title: 'Schulden', sections: [{ heading: 'Armoede', paragraphs: ['Over de buurt.', 'Over de sportclub.'] }] },
]);
const state = queryStateOf(index);

describe('retrieveCandidates', () => {
  it('covers the passages under a matching heading or title, not only body matches', () => {
    const [armoede] = compileWord(index, 'armoede', undefined);
    expect(Array.from(armoede!.ids)).toEqual([0, 1]);
    expect(Array.from(coverOf(state, armoede!))).toEqual([0, 1, 3, 4]);
  });

  it('drives by the unit covering the fewest passages', () => {
    const units = [...compileWord(index, 'armoede', undefined), ...compileWord(index, 'sport', undefined)];
    expect(narrowestUnit(state, units)).toBe(1);
  });

  it('keeps only passages holding every required phrase', () => {
    const units = [compilePhrase(index, 'schulden en armoede')!, compilePhrase(index, 'armoede')!];
    expect(Array.from(passagesWithAll(units, 2))).toEqual([1]);
  });
});
