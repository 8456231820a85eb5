import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from './parseQuery.js';

describe('parseQuery', () => {
  it.each([
    ['', [], []],
    ['   ', [], []],
    ['mantelzorg', ['mantelzorg'], []],
    ['sociale  wijkteams', ['sociale', 'wijkteams'], []],
    ['"Werkplaats Sociaal Domein"', [], ['Werkplaats Sociaal Domein']],
    ['jeugdhulp "sociale   wijkteams" Almere', ['jeugdhulp', 'Almere'], ['sociale wijkteams']],
    ['“informele zorg” lvb', ['lvb'], ['informele zorg']],
    ['"open phrase', [], ['open phrase']],
    ['24-uurszorg e-health', ['24-uurszorg', 'e-health'], []],
    ['(mantelzorgers), armoede?', ['mantelzorgers', 'armoede'], []],
    ['regio’s', ['regio’s'], []],
    ['""', [], []],
    ['- ...', [], []],
  ])('%j', (query, words, phrases) => {
    expect(parseQuery(query)).toEqual({ words, phrases });
  });

  it('formats back', () => {
    expect(formatQuery(parseQuery('a "b c" d'))).toBe('a d "b c"');
  });
});
