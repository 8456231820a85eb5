// Why: a fixed set of Dutch queries with the pages a Dutch reader expects keeps ranking honest as the analyzer changes.

/** One query of the relevance set. */
export interface RelevanceCase {
  /** The query as a reader would type it. */
  query: string;
  /** Source file names of the pages that must be among the top documents. */
  expected: string[];
  /** Why a reader expects these pages (folding, stemming, compound, typo …). */
  note: string;
}

const FLEVOLAND = '000_634bf5b25a85aaec.txt';
const ZWOLLE = '001_2b68e9315a163ccf.txt';
const UITSTROOM = '002_6be9bfadb7a4ecc6.txt';
const ZUID_HOLLAND = '003_0bfff3f53aeb27db.txt';
const NOORD_HOLLAND = '004_dd9c58226ff89e9a.txt';

/** Queries and the pages expected in the top results, against the five-page corpus in `data/corpus`. */
export const RELEVANCE_SET: readonly RelevanceCase[] = [
  { query: 'creeren', expected: [FLEVOLAND], note: 'accent folding: creëren' },
  { query: 'client', expected: [FLEVOLAND, ZUID_HOLLAND, NOORD_HOLLAND], note: 'folding and stemming: cliënten, cliënt, Cliëntondersteuning' },
  { query: 'mantelzorg', expected: [ZUID_HOLLAND], note: 'word inside a longer form: mantelzorgers' },
  { query: 'mantelzorgers', expected: [ZUID_HOLLAND], note: 'exact plural' },
  { query: 'scheiding', expected: [ZWOLLE], note: 'compound part: echtscheidingen, scheidingsadvocaten' },
  { query: 'echtscheidingen', expected: [ZWOLLE], note: 'exact compound' },
  { query: 'jeugdhulp', expected: [UITSTROOM, ZWOLLE], note: 'exact and inside jeugdhulpverleners' },
  { query: 'jeugdhulpverleners', expected: [ZWOLLE], note: 'exact compound' },
  { query: 'technologie', expected: [FLEVOLAND, NOORD_HOLLAND], note: 'technologie ↔ technologische' },
  { query: 'technologische', expected: [NOORD_HOLLAND, FLEVOLAND], note: 'technologische ↔ technologie' },
  { query: '24-uurszorg', expected: [UITSTROOM], note: 'hyphenated numeric term' },
  { query: 'uurszorg', expected: [UITSTROOM], note: 'part of a hyphenated term' },
  { query: 'e-health', expected: [NOORD_HOLLAND], note: 'hyphenated term: E-health' },
  { query: 'ehealth', expected: [NOORD_HOLLAND], note: 'hyphen left out' },
  { query: '"Werkplaats Sociaal Domein"', expected: [FLEVOLAND, ZWOLLE, ZUID_HOLLAND, NOORD_HOLLAND], note: 'phrase' },
  { query: 'sociale wijkteams', expected: [ZUID_HOLLAND, ZWOLLE], note: 'two words, both required for the top' },
  { query: 'wijkteams', expected: [ZUID_HOLLAND, ZWOLLE], note: 'also inside wijkteamprofessionals' },
  { query: 'informele zorg', expected: [FLEVOLAND, ZUID_HOLLAND], note: 'informele ↔ informeel' },
  { query: 'statushouders', expected: [ZWOLLE], note: 'exact' },
  { query: 'LVB', expected: [ZWOLLE, NOORD_HOLLAND], note: 'abbreviation, case folding' },
  { query: 'sport', expected: [ZWOLLE, NOORD_HOLLAND], note: 'also inside sportparticipatie' },
  { query: 'armoede', expected: [ZUID_HOLLAND], note: 'exact' },
  { query: 'schulden', expected: [ZUID_HOLLAND, NOORD_HOLLAND], note: 'exact' },
  { query: 'leergemeenschap', expected: [ZWOLLE], note: 'exact compound' },
  { query: 'actieleren', expected: [FLEVOLAND], note: 'quoted in the text: ‘actieleren’' },
  { query: 'transformatieleren', expected: [ZUID_HOLLAND], note: 'exact compound' },
  { query: 'eenzaamheid', expected: [ZUID_HOLLAND], note: 'exact' },
  { query: 'empowerment', expected: [NOORD_HOLLAND], note: 'English loanword' },
  { query: 'Haarlem', expected: [NOORD_HOLLAND], note: 'place name' },
  { query: 'Almere', expected: [FLEVOLAND], note: 'place name' },
  { query: 'Windesheim', expected: [FLEVOLAND, ZWOLLE, UITSTROOM], note: 'hogeschool name' },
  { query: 'mantelzrog', expected: [ZUID_HOLLAND], note: 'typo: transposition' },
  { query: 'jeugdhlup', expected: [UITSTROOM, ZWOLLE], note: 'typo: transposition in a compound' },
  { query: 'technolgie', expected: [FLEVOLAND, NOORD_HOLLAND], note: 'typo: missing letter' },
  { query: 'cliëntondersteuning', expected: [FLEVOLAND], note: 'accented compound' },
  { query: 'zorgvragers', expected: [FLEVOLAND], note: 'exact compound' },
  { query: 'hulpverleners', expected: [ZWOLLE], note: 'inside jeugdhulpverleners too' },
  { query: 'Transitie Autoriteit Jeugd', expected: [UITSTROOM], note: 'heading words' },
  { query: 'inclusieve samenleving', expected: [ZWOLLE], note: 'theme name' },
  { query: 'reflexiviteit', expected: [NOORD_HOLLAND], note: 'exact' },
  { query: 'leefwereld', expected: [NOORD_HOLLAND], note: 'exact' },
  { query: 'werkateliers', expected: [ZWOLLE], note: 'exact' },
  { query: 'vrijwilligers', expected: [ZUID_HOLLAND], note: 'vrijwilligers/mantelzorgers' },
  { query: 'jeugdwet', expected: [UITSTROOM], note: 'exact' },
  { query: 'Flevo Academie', expected: [FLEVOLAND], note: 'name' },
];
