import { corpusOverrides, corpusPages } from '../../tests/support/corpusFixtures.js';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './buildBundle.js';
import { CorpusParseError } from './corpusParseError.js';
import { findOffsetProblems } from './findOffsetProblems.js';
import type { CorpusDocument } from './types.js';

const pages = corpusPages;
const overrides = corpusOverrides;
const bundle = buildBundle(pages, overrides);

function documentFrom(source: string): CorpusDocument {
  const document = bundle.documents.find((candidate) => candidate.source === source);
  if (!document) throw new Error(`no document for ${source}`);
  return document;
}

interface Expected {
  source: string;
  id: string;
  title: string;
  region: string;
  kind: CorpusDocument['kind'];
  label: string | null;
  published: string | null;
  headings: (string | null)[];
  themes: string[];
  municipalityCount: number;
  someMunicipalities: string[];
  lectors: string[];
  hogeschool: string | null;
  lectoraat: string | null;
  email: string | null;
}

const expectations: Expected[] = [
  {
    source: '000_634bf5b25a85aaec.txt',
    id: 'werkplaats-flevoland',
    title: 'Werkplaats Sociaal Domein Flevoland',
    region: 'Flevoland',
    kind: 'profile',
    label: 'Jongeren',
    published: null,
    headings: [null, 'De lerende professional', 'Activeren en betrekken van burgers in zorg en ondersteuning', 'Deelnemende gemeenten'],
    themes: ['De lerende professional (gericht op jeugd)', 'Activeren en betrekken van burgers in zorg en ondersteuning', 'Technologie', 'De eigen kracht van de burger'],
    municipalityCount: 6,
    someMunicipalities: ['Almere', 'Noordoostpolder', 'Urk'],
    lectors: ['Kitty Jurrius'],
    hogeschool: 'Hogeschool Windesheim',
    lectoraat: 'Klantenperspectief in ondersteuning en zorg',
    email: 'l.vanderwurff@windesheim.nl',
  },
  {
    source: '001_2b68e9315a163ccf.txt',
    id: 'werkplaats-regio-zwolle',
    title: 'Werkplaats Sociaal Domein Zwolle',
    region: 'Regio Zwolle',
    kind: 'profile',
    label: 'Kenniswerkplaats jeugd',
    published: null,
    headings: [null, 'Inclusieve samenleving', 'Integraal werken met en voor bewoners', 'Interprofessioneel werken met jeugd', 'Deelnemende gemeenten'],
    themes: ['Inclusieve samenleving', 'Integraal werken met en voor bewoners', 'Interprofessioneel werken met jeugd'],
    municipalityCount: 16,
    someMunicipalities: ['Hardenberg', 'Oost Gelre', 'Zwolle'],
    lectors: ['Marja Jager-Vreugdenhil'],
    hogeschool: 'Hogeschool Viaa',
    lectoraat: 'Centrum voor Samenlevingsvraagstukken',
    email: 'm.jager@viaa.nl',
  },
  {
    source: '002_6be9bfadb7a4ecc6.txt',
    id: 'nieuws-2017-06-12-project-uitstroom-24-uurszorg',
    title: 'Project ‘uitstroom 24-uurszorg’ genoemd als vernieuwend praktijkvoorbeeld',
    region: 'Flevoland',
    kind: 'news',
    label: null,
    published: '2017-06-12',
    headings: [null, 'Transitie Autoriteit Jeugd', 'Breed draagvlak succesfactor', 'Uitstroom 24-uurszorg'],
    themes: [],
    municipalityCount: 0,
    someMunicipalities: [],
    lectors: [],
    hogeschool: 'Hogeschool Windesheim',
    lectoraat: null,
    email: null,
  },
  {
    source: '003_0bfff3f53aeb27db.txt',
    id: 'werkplaats-zuid-holland-zuid',
    title: 'Werkplaats Sociaal Domein Zuid-Holland Zuid',
    region: 'Zuid-Holland Zuid',
    kind: 'profile',
    label: null,
    published: '2016-10-01',
    headings: [
      null,
      'Introductie',
      "Thema's",
      'Werkgroepen',
      'Werkgroep 1: Doorontwikkeling van sociale wijkteams',
      'Werkgroep 2: Samenwerking formeel en informeel',
      'Vooruit kijken',
    ],
    themes: [
      'Doorontwikkeling van Sociale Wijkteams',
      'Samenwerking formeel en informeel',
      'Meten en weten in het sociale domein',
      'Relatie en onderlinge verbondenheid binnen het sociale domein',
      'Participatie, zelf(samen)redzaamheid en eigen kracht',
    ],
    municipalityCount: 0,
    someMunicipalities: [],
    lectors: ['Toby Witte'],
    hogeschool: 'Hogeschool Rotterdam',
    lectoraat: null,
    email: null,
  },
  {
    source: '004_dd9c58226ff89e9a.txt',
    id: 'werkplaats-noord-holland',
    title: 'Werkplaats Sociaal Domein Noord-Holland',
    region: 'Noord-Holland',
    kind: 'profile',
    label: 'Sociale basis',
    published: null,
    headings: [
      null,
      'Werken aan sociale reflexiviteit',
      'Interdisciplinair werken aan beroepsinnovatie',
      'Verbinden met informele hulpbronnen',
      'Werken met en in ‘de sociale basis’',
      'Preventief werken vanuit de leefwereld',
      'Deelnemende gemeenten',
    ],
    themes: [
      'Werken aan sociale reflexiviteit',
      'Interdisciplinair werken aan beroepsinnovatie',
      'Verbinden met informele hulpbronnen',
      'Werken met en in de sociale basis',
      'Preventief werken vanuit de leefwereld',
    ],
    municipalityCount: 30,
    someMunicipalities: ['Bergen', 'Heiloo', 'Haarlemmermeer', 'Oostzaan', 'Wormerland', 'Ouder-Amstel', 'Zaanstad'],
    lectors: ['Lilian Linders'],
    hogeschool: 'Hogeschool Inholland',
    lectoraat: 'Empowerment en Professionalisering',
    email: 'tineke.dewit@inholland.nl',
  },
];

describe('buildBundle', () => {
  it('returns one document per page, sorted by source, in bundle format 1', () => {
    expect(bundle.format).toBe(1);
    expect(bundle.documents.map((document) => document.source)).toEqual(pages.map((page) => page.source).sort());
  });

  describe.each(expectations)('on $source', (expected) => {
    const document = documentFrom(expected.source);

    it('reads id, title, region, kind, label and publication date', () => {
      expect({
        id: document.id,
        title: document.title,
        region: document.region,
        kind: document.kind,
        label: document.label,
        published: document.published,
      }).toEqual({
        id: expected.id,
        title: expected.title,
        region: expected.region,
        kind: expected.kind,
        label: expected.label,
        published: expected.published,
      });
    });

    it('reads exactly the page’s section headings', () => {
      expect(document.sections.map((section) => section.heading)).toEqual(expected.headings);
    });

    it('lists the themes of the page’s numbered lists', () => {
      expect(document.themes).toEqual(expected.themes);
    });

    it('lists the participating municipalities', () => {
      expect(document.municipalities).toHaveLength(expected.municipalityCount);
      expect(document.municipalities).toEqual(expect.arrayContaining(expected.someMunicipalities));
    });

    it('names lectors, hogeschool, lectoraat and the contact e-mail', () => {
      expect(document.lectors).toEqual(expected.lectors);
      expect(document.hogeschool).toBe(expected.hogeschool);
      expect(document.lectoraat).toBe(expected.lectoraat);
      expect(document.contact?.email ?? null).toBe(expected.email);
    });

    it('summarizes with lead prose, not a quote, within 220 characters', () => {
      expect(document.summary.length).toBeGreaterThan(40);
      expect(document.summary.length).toBeLessThanOrEqual(220);
      expect(document.summary).not.toMatch(/^[‘“'"]/);
      expect(document.text).toContain(document.summary.replace(/…$/, ''));
    });

    it('keeps every offset consistent with the canonical text', () => {
      expect(findOffsetProblems(document)).toEqual([]);
    });
  });

  it('leaves no page chrome anywhere in the documents', () => {
    const json = JSON.stringify(bundle.documents);
    for (const chrome of [
      'Menu Zoeken',
      'Toon:',
      'Nieuwsbrief',
      'cookie',
      'Wijzig cookie',
      'Op afstand nabij',
      'Lees meer informatie op de website',
      'Vorm, inhoud en relaties',
      'Dossier op Sociale Vraagstukken',
      'eerder gepubliceerd',
      'Bekijk hier het filmpje',
      'Publicatiedatum',
    ]) {
      expect(json, chrome).not.toContain(chrome);
    }
  });

  it('moves the contact block out of the body into metadata', () => {
    const flevoland = documentFrom('000_634bf5b25a85aaec.txt');
    expect(flevoland.contact).toEqual({ name: 'Lydie van der Wurff', affiliation: null, phone: '088 4697707', email: 'l.vanderwurff@windesheim.nl' });
    expect(flevoland.text).not.toContain('Tel:');
    expect(documentFrom('001_2b68e9315a163ccf.txt').contact?.affiliation).toBe('Lectoraat Centrum voor Samenlevingsvraagstukken Hogeschool Viaa');
  });

  it('records the news item’s origin and removes its sidebar', () => {
    expect(documentFrom('002_6be9bfadb7a4ecc6.txt').origin).toBe('almerekracht.nl');
    const reasons = bundle.removed['002_6be9bfadb7a4ecc6.txt']?.map((removal) => removal.reason);
    expect(reasons).toContain('sidebar');
  });

  it('turns set-apart quotations into quote blocks with their speaker', () => {
    const quotes = documentFrom('000_634bf5b25a85aaec.txt').sections.flatMap((section) => section.blocks).filter((block) => block.type === 'quote');
    expect(quotes.map((quote) => quote.attribution)).toEqual(['Kitty Jurrius, Lector Werkplaats Sociaal Domein Flevoland', 'Kitty Jurrius', null]);
    expect(quotes[0]?.text).toMatch(/^Mooie parels .* ontstaan$/);
  });

  it('fingerprints the magazine footer shared by three pages as boilerplate, and records why each thing was removed', () => {
    expect(bundle.boilerplate).toHaveLength(1);
    const repeated = Object.entries(bundle.removed).filter(([, removals]) => removals.some((removal) => removal.reason === 'repeated' && removal.text.startsWith('Magazine')));
    expect(repeated.map(([source]) => source)).toEqual(['000_634bf5b25a85aaec.txt', '001_2b68e9315a163ccf.txt', '004_dd9c58226ff89e9a.txt']);
    expect(bundle.removed['003_0bfff3f53aeb27db.txt']).toEqual(
      expect.arrayContaining([
        { text: 'Menu Zoeken English', reason: 'navigation' },
        { text: 'Toon:', reason: 'navigation' },
        { text: 'Wijzig cookie-instellingen', reason: 'cookie' },
      ]),
    );
  });

  it('builds the identical bundle and version from the same pages in any order', () => {
    const again = buildBundle([...pages].reverse(), overrides);
    expect(again).toEqual(bundle);
    expect(again.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes the version when one character of one page changes', () => {
    const edited = pages.map((page, index) => (index === 1 ? { ...page, content: page.content.replace('Ommen', 'Ommeń') } : page));
    expect(buildBundle(edited, overrides).version).not.toBe(bundle.version);
  });

  it('derives a sensible news title of at most 100 characters without the override', () => {
    const news = buildBundle(pages).documents.find((document) => document.kind === 'news');
    expect(news?.title.length).toBeLessThanOrEqual(100);
    expect(news?.title).toMatch(/^Het project ‘uitstroom 24-uurszorg’/);
    expect(news?.title).not.toMatch(/\d{4}$|juni/);
  });

  it('makes colliding ids unique with numbered suffixes', () => {
    const twin = { source: 'zzz_extra.txt', content: 'Ouderen\n\nFlevoland\n\nDe Werkplaats Sociaal Domein Flevoland start een nieuw project.\n' };
    const ids = buildBundle([...pages, twin]).documents.map((document) => document.id);
    expect(ids).toContain('werkplaats-flevoland');
    expect(ids).toContain('werkplaats-flevoland-2');
  });

  it('rejects two pages with the same source name', () => {
    expect(() => buildBundle([pages[0]!, pages[0]!])).toThrow(CorpusParseError);
  });
});
