import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { compilePhrase, compileQuery, compileWord, termFamily } from './compileQuery.js';
import { parseQuery } from './parseQuery.js';
import { queryStateOf } from './queryStateOf.js';

const index = indexOf([
  {
    id: 'een',
    sections: [
      { heading: null, paragraphs: ['Jeugdhulpverleners en jeugdhulp in de regio.', 'De technologische vernieuwing gaat snel.'] },
      { heading: 'Sociale wijkteams', paragraphs: ['Wijkteams werken samen met mantelzorgers.', 'Licht verstandelijke beperking komt vaak voor.'] },
    ],
  },
]);

describe('compileQuery', () => {
  it('finds a word’s longer forms and inflectional variants in the index', () => {
    const family = termFamily(index, 'technologie').map(({ term }) => term);
    expect(family.some((term) => term.startsWith('technologisch'))).toBe(true);
    expect(termFamily(index, 'jeugd').map(({ term }) => term)).toContain('jeugdhulp');
    expect(termFamily(index, 'zorg')).toEqual([{ term: 'zorg', weight: 1 }]);
  });

  it('compiles a word to the passages holding it, its extensions or its compound parts', () => {
    const [unit] = compileWord(index, 'jeugdhulp', undefined);
    expect(Array.from(unit!.ids)).toEqual([0]);
    const [wijk] = compileWord(index, 'wijkteams', undefined);
    expect(wijk!.sectionFlags?.[1]).toBe(1);
    expect(wijk!.known).toBe(true);
  });

  it('verifies a phrase’s word order', () => {
    expect(Array.from(compilePhrase(index, 'licht verstandelijke beperking')!.ids)).toEqual([3]);
    expect(compilePhrase(index, 'beperking verstandelijke')!.ids.length).toBe(0);
  });

  it('corrects an unknown word and says so', () => {
    const state = queryStateOf(index);
    const compiled = compileQuery(index, state, parseQuery('mantelzrogers'), 'mantelzrogers', {});
    expect(compiled.correctedQuery).toBe('mantelzorgers');
    expect(compiled.units[0]!.ids.length).toBe(1);
    expect(compileQuery(index, state, parseQuery('mantelzrogers'), 'mantelzrogers', { correct: false }).correctedQuery).toBeNull();
  });

  it('puts quoted phrases first and counts them as required', () => {
    const compiled = compileQuery(index, queryStateOf(index), parseQuery('mantelzorgers "sociale wijkteams"'), null, {});
    expect(compiled.requiredPhrases).toBe(1);
    expect(compiled.units).toHaveLength(2);
  });
});
