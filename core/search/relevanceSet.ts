// Why: a fixed set of Dutch queries with the pages a Dutch reader expects keeps ranking honest as the analyzer changes.

/** One query of the relevance set. */
export interface RelevanceCase {
  /** The query as a reader would type it. */
  query: string;
  /** Source file names of the pages that must be among the top documents. */
  expected: string[];
  /** Why a reader expects these pages (folding, stemming, compound, typo …). */
  note: string;
  /** Needs the thesaurus lexicon (synonyms, translations): the bare engine is not expected to pass it. */
  thesaurus?: boolean;
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
  { query: 'Linders', expected: [NOORD_HOLLAND], note: 'lector’s name: only the page that names her' },
  { query: 'Lelystad', expected: [FLEVOLAND], note: 'municipality name' },
  { query: 'Inholland', expected: [NOORD_HOLLAND], note: 'hogeschool name' },
  { query: 'Accare', expected: [UITSTROOM], note: 'organisation name' },
  { query: 'Greyston Bakery', expected: [ZUID_HOLLAND], note: 'organisation name, two words' },
  { query: 'Wijkfabriek', expected: [NOORD_HOLLAND], note: 'project name' },
  { query: 'Windeshiem', expected: [FLEVOLAND, ZWOLLE, UITSTROOM], note: 'typo in a name: corrected into the name' },
  { query: 'licht verstandelijke beperking', expected: [ZWOLLE, NOORD_HOLLAND], note: 'multi-word synonym: finds the page that only says LVB', thesaurus: true },
];

/** Queries whose every hit must come from a document that contains the name (names are matched exactly). */
export const NAME_QUERIES: readonly string[] = ['Linders', 'Lelystad', 'Inholland', 'Accare', 'Greyston Bakery', 'Wijkfabriek', 'Haarlem', 'Almere', 'Windesheim', 'Flevo Academie'];

/**
 * English queries over the Dutch corpus, as an English-reading student types them, with the pages their Dutch
 * counterparts find. Run with the thesaurus lexicon and the UI in English.
 */
export const ENGLISH_RELEVANCE_SET: readonly RelevanceCase[] = [
  { query: 'informal care', expected: [FLEVOLAND, ZUID_HOLLAND], note: 'informele zorg, mantelzorg' },
  { query: 'family carers', expected: [ZUID_HOLLAND], note: 'British: mantelzorgers' },
  { query: 'caregivers', expected: [ZUID_HOLLAND], note: 'American: mantelzorgers' },
  { query: 'volunteers', expected: [ZUID_HOLLAND], note: 'vrijwilligers' },
  { query: 'divorce', expected: [ZWOLLE], note: 'echtscheidingen' },
  { query: 'youth care', expected: [UITSTROOM, ZWOLLE], note: 'jeugdhulp, jeugdzorg' },
  { query: 'youth care professionals', expected: [ZWOLLE], note: 'jeugdhulpverleners' },
  { query: 'Youth Act', expected: [UITSTROOM], note: 'Jeugdwet' },
  { query: 'technology', expected: [FLEVOLAND, NOORD_HOLLAND], note: 'technologie' },
  { query: 'digital care', expected: [NOORD_HOLLAND], note: 'e-health' },
  { query: 'poverty', expected: [ZUID_HOLLAND], note: 'armoede' },
  { query: 'debts', expected: [ZUID_HOLLAND, NOORD_HOLLAND], note: 'schulden' },
  { query: 'loneliness', expected: [ZUID_HOLLAND], note: 'eenzaamheid' },
  { query: 'learning community', expected: [ZWOLLE], note: 'leergemeenschap' },
  { query: 'status holders', expected: [ZWOLLE], note: 'statushouders' },
  { query: 'refugees', expected: [ZWOLLE], note: 'statushouders' },
  { query: 'mild intellectual disability', expected: [ZWOLLE, NOORD_HOLLAND], note: 'LVB' },
  { query: 'neighbourhood teams', expected: [ZUID_HOLLAND, ZWOLLE], note: 'British: wijkteams' },
  { query: 'neighborhood teams', expected: [ZUID_HOLLAND, ZWOLLE], note: 'American: wijkteams' },
  { query: 'inclusive society', expected: [ZWOLLE], note: 'inclusieve samenleving' },
  { query: 'lifeworld', expected: [NOORD_HOLLAND], note: 'leefwereld' },
  { query: 'mental health', expected: [ZWOLLE], note: 'GGZ' },
  { query: 'self-reliance', expected: [ZUID_HOLLAND], note: 'zelf(samen)redzaamheid' },
  { query: 'prevention', expected: [NOORD_HOLLAND], note: 'preventie, preventief' },
  { query: 'elderly', expected: [NOORD_HOLLAND, FLEVOLAND, ZWOLLE], note: 'ouderen' },
  { query: 'reflexivity', expected: [NOORD_HOLLAND], note: 'reflexiviteit' },
  { query: 'domestic violence', expected: [ZUID_HOLLAND], note: 'huiselijk geweld' },
  { query: 'parenting', expected: [ZUID_HOLLAND], note: 'opvoedingsproblematiek' },
  { query: 'participation', expected: [ZUID_HOLLAND, NOORD_HOLLAND], note: 'participatie' },
  { query: 'practice-based research', expected: [ZWOLLE, NOORD_HOLLAND], note: 'praktijkgericht onderzoek' },
  { query: 'young people', expected: [UITSTROOM, NOORD_HOLLAND], note: 'jongeren, jeugd' },
  { query: 'early detection', expected: [NOORD_HOLLAND], note: 'vroegsignalering' },
  { query: 'client perspective', expected: [ZUID_HOLLAND], note: 'cliëntperspectief' },
  { query: 'professionalization', expected: [NOORD_HOLLAND], note: 'American: professionalisering' },
  { query: 'digitalisation', expected: [NOORD_HOLLAND], note: 'British: digitalisering' },
  { query: 'social work', expected: [NOORD_HOLLAND, ZWOLLE], note: 'sociaal werk, Social Work (English UI: both words are Dutch corpus words too)' },
  { query: 'social workers', expected: [NOORD_HOLLAND, FLEVOLAND], note: 'sociaal werkers, sociaal professionals' },
];
