import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { exportIndex, importIndex, repeatedPassages } from './searchIndex.js';

const sentence = 'De relatie tussen informeel en formeel roept vragen op bij alle betrokken partijen.';

describe('repeatedPassages', () => {
  it.each([
    ['the same text twice: the second is the repeat', [sentence, sentence], [false, true]],
    ['whitespace and case do not matter', [sentence, sentence.replace(' en ', '  en ').toUpperCase()], [false, true]],
    ['a passage inside a longer one is the repeat', [`Werkgroep 2. ${sentence}`, sentence], [false, true]],
    ['also when the shorter comes first', [sentence, `Werkgroep 2. ${sentence}`], [true, false]],
    ['short items may recur', ['Almere', 'Almere'], [false, false]],
    ['different texts stay', [sentence, 'Iets heel anders over armoede en schulden in de stad Rotterdam.'], [false, false]],
  ])('%s', (_name, texts, expected) => {
    expect(repeatedPassages(texts)).toEqual(expected);
  });
});

describe('names', () => {
  const index = indexOf([
    {
      id: 'een',
      sections: [{ heading: null, paragraphs: ['Het lectoraat van Hogeschool Windesheim werkt in Almere. Samen met de gemeente.', 'Wij werken samen en leren in de wijk.'] }],
    },
  ]);

  it('knows words written only capitalized outside sentence starts as names', () => {
    expect(index.isName('windesheim')).toBe(true);
    expect(index.isName('almere')).toBe(true);
    expect(index.isName('samen')).toBe(false);
    expect(index.isName('het')).toBe(false);
  });

  it('keeps its names through export and import', () => {
    const restored = importIndex(JSON.parse(JSON.stringify(exportIndex(index))), index.documents);
    expect(restored.isName('windesheim')).toBe(true);
    expect(restored.isName('wijk')).toBe(false);
  });
});
