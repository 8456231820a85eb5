import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { compileWord } from './compileQuery.js';
import { queryStateOf } from './queryStateOf.js';
import { newRanking, rank, rankAccumulated, rankCandidates } from './rankPassages.js';

const filler = Array.from({ length: 40 }, (_, i) => `Armoede komt voor in wijk ${i} met andere zorgen.`);
const index = indexOf([
  { id: 'een', sections: [{ heading: null, paragraphs: ['Armoede en schulden gaan samen.', ...filler, 'Schulden alleen.'] }] },
  { id: 'twee', region: 'Zuid', sections: [{ heading: null, paragraphs: ['Schulden en armoede, opnieuw.'] }] },
]);
const state = queryStateOf(index);
const units = [...compileWord(index, 'armoede', undefined), ...compileWord(index, 'schulden', undefined)];

/** The ranked passage ids. */
function ranked(ranking: ReturnType<typeof newRanking>): number[] {
  return [...ranking.top.ids.subarray(0, ranking.top.size)];
}

describe('rankPassages', () => {
  it('ranks passages with every word above passages with one', () => {
    const ranking = newRanking(state, units, null, 3);
    const outcome = rank(ranking, 0, 3);
    expect(new Set(ranked(ranking).slice(0, 2))).toEqual(new Set([0, 42]));
    expect(outcome.total).toBe(43);
  });

  it('gives the pruned pass the same top as scoring every passage', () => {
    const accumulated = newRanking(state, units, null, 5);
    rankAccumulated(accumulated);
    const fromAccumulated = ranked(accumulated);
    const pruned = newRanking(state, units, null, 5);
    rankCandidates(pruned, Int32Array.from({ length: state.count }, (_, p) => p), false);
    expect(ranked(pruned)).toEqual(fromAccumulated);
  });

  it('ranks and counts only allowed documents', () => {
    const allowed = Uint8Array.of(0, 1);
    const ranking = newRanking(state, units, allowed, 10);
    expect(rank(ranking, 0, 10).total).toBe(1);
    expect(ranked(ranking)).toEqual([42]);
  });
});
