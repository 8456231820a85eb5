import { describe, expect, it } from 'vitest';
import { extractMunicipalities, splitEnumeration } from './extractMunicipalities.js';

describe('extractMunicipalities', () => {
  it('splits on commas and "en", expands groups in parentheses and strips stray punctuation', () => {
    expect(splitEnumeration('Alkmaar, BUCH gemeenten (Bergen, Uitgeest, Castricum, Heiloo), .Haarlemmermeer, Overgemeenten (Oostzaan en Wormerland), Oost Gelre en Zaanstad.')).toEqual([
      'Alkmaar',
      'Bergen',
      'Uitgeest',
      'Castricum',
      'Heiloo',
      'Haarlemmermeer',
      'Oostzaan',
      'Wormerland',
      'Oost Gelre',
      'Zaanstad',
    ]);
  });

  it('reads the enumeration after "zijn" in the "Deelnemende gemeenten" section', () => {
    const sections = [
      { heading: null, blocks: [{ type: 'paragraph' as const, text: 'De gemeenten zijn Nergens en Niemand.' }] },
      { heading: 'Deelnemende gemeenten', blocks: [{ type: 'paragraph' as const, text: 'De deelnemende gemeenten zijn Almere, Lelystad en Urk' }] },
    ];
    expect(extractMunicipalities(sections)).toEqual(['Almere', 'Lelystad', 'Urk']);
  });

  it('finds nothing on a page without participating municipalities', () => {
    expect(extractMunicipalities([{ heading: 'Introductie', blocks: [{ type: 'paragraph', text: 'Zes gemeenten doen mee.' }] }])).toEqual([]);
  });
});
