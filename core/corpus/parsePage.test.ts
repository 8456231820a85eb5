import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './buildBundle.js';
import { CorpusParseError } from './corpusParseError.js';
import { findOffsetProblems } from './findOffsetProblems.js';
import { parsePage } from './parsePage.js';

const corpusDirectory = new URL('../../data/corpus/', import.meta.url);
const pages = readdirSync(corpusDirectory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ source: name, content: readFileSync(new URL(name, corpusDirectory), 'utf8') }));
const { boilerplate } = buildBundle(pages);
const corpusLines = pages.flatMap((page) => page.content.split('\n'));

/** A page the corpus does not contain: another region, rearranged, with the shared chrome of both templates. */
const unseenPage = [
  'Menu Zoeken English',
  '',
  'Ouderen',
  '',
  'Gelderland',
  '',
  'De Werkplaats Sociaal Domein Gelderland valt onder het lectoraat Zorg en Samenleving van Hogeschool van Arnhem en Nijmegen. Zij verbindt praktijk, onderwijs en onderzoek.',
  '',
  '‘Samen leren we sneller dan alleen’ – Anna de Vries, Lector Werkplaats Sociaal Domein Gelderland',
  '',
  'De Werkplaats richt zich op drie thema’s:',
  '',
  '  1. Eenzaamheid: Hoe bereik je mensen die niemand zien?',
  '  2. Schulden en armoede',
  '  3. Wonen en zorg',
  '',
  'Eenzaamheid',
  '',
  'De Werkplaats Sociaal Domein Gelderland onderzoekt met wijkteams hoe eenzaamheid eerder wordt gesignaleerd.',
  '',
  'Bekijk hier het filmpje over de wijkteams.',
  '',
  'Deelnemende gemeenten',
  '',
  'De deelnemende gemeenten aan de Werkplaats Sociaal Domein Gelderland zijn Arnhem, Nijmegen, Ede en Renkum.',
  '',
  'Contact',
  'Anna de Vries, Lectoraat Zorg en Samenleving',
  'E-mail: a.devries@example.nl',
  '',
  "Magazine 'Op afstand nabij'",
  "De 15 Werkplaatsen Sociaal Domein leverden allemaal een bijdrage aan het magazine 'Op afstand nabij' dat in het voorjaar van 2021 verscheen. Thema was de impact van de coronacrisis op het sociaal domein. Welke inzichten deden zij op? Welke lessen kunnen we leren voor de toekomst? Lees de bijdragen.",
  '',
  'We gebruiken cookies voor analyse en marketing om de website te verbeteren.',
  '',
  'Wijzig cookie-instellingen',
].join('\r\n');

const lineFragment = fc.oneof(
  fc.constantFrom(...corpusLines),
  fc.constantFrom('', ' ', '\t', '\u00a0', 'Menu Zoeken English', 'Toon:', 'Contact', 'Tel: 06 123', 'E-mail: x@y.nl', '12 juni 2017', '  1. ', '    • ', '‘', '’ – ', 'Dit bericht werd eerder gepubliceerd op x.nl.'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const pageLike = fc.array(lineFragment, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r', '\n\n').map((separator) => lines.join(separator)));
const anyContent = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), pageLike);

describe('parsePage', () => {
  it('cleans an unseen page of the same kind with the bundle’s boilerplate', () => {
    const { document, removed } = parsePage({ source: 'unseen.txt', content: unseenPage }, { boilerplate });
    expect(document).toMatchObject({
      id: 'werkplaats-gelderland',
      title: 'Werkplaats Sociaal Domein Gelderland',
      region: 'Gelderland',
      label: 'Ouderen',
      kind: 'profile',
      hogeschool: 'Hogeschool van Arnhem en Nijmegen',
      lectors: ['Anna de Vries'],
      themes: ['Eenzaamheid', 'Schulden en armoede', 'Wonen en zorg'],
      municipalities: ['Arnhem', 'Nijmegen', 'Ede', 'Renkum'],
      contact: { name: 'Anna de Vries', affiliation: 'Lectoraat Zorg en Samenleving', phone: null, email: 'a.devries@example.nl' },
    });
    expect(document.sections.map((section) => section.heading)).toEqual([null, 'Eenzaamheid', 'Deelnemende gemeenten']);
    for (const chrome of ['Menu Zoeken', 'cookie', 'Op afstand nabij', 'Bekijk hier', 'Tel:']) expect(JSON.stringify(document)).not.toContain(chrome);
    expect(new Set(removed.map((removal) => removal.reason))).toEqual(new Set(['navigation', 'metadata', 'link-only', 'repeated', 'cookie']));
  });

  it('keeps a repeated footer when it is not in the given boilerplate', () => {
    const { document } = parsePage({ source: 'unseen.txt', content: unseenPage }, { boilerplate: [] });
    expect(document.text).toContain('Op afstand nabij');
  });

  it('reads a news page: dateline, derived region and title, origin, sidebar removed', () => {
    const content = [
      '3 maart 2020',
      '',
      'De gemeente Zwolle en Hogeschool Windesheim starten een leerwerkplaats voor jongeren in Overijssel (LWO). Het project duurt twee jaar.',
      '',
      'Jongeren uit Overijssel leren er samen met professionals.',
      '',
      'Dit artikel is eerder verschenen op zwollenieuws.nl.',
      '',
      'Nieuwsbrief',
      '',
      'Meer over de Werkplaatsen in ons dossier.',
    ].join('\n');
    const { document } = parsePage({ source: 'news.txt', content }, { boilerplate: [] });
    expect(document).toMatchObject({ kind: 'news', published: '2020-03-03', region: 'Overijssel', origin: 'zwollenieuws.nl', label: null });
    expect(document.title).toBe('De gemeente Zwolle en Hogeschool Windesheim starten een leerwerkplaats voor jongeren in Overijssel');
    expect(document.id).toBe('nieuws-2020-03-03-gemeente-zwolle-en-hogeschool');
    expect(document.text).not.toContain('dossier');
  });

  it('reads the same structure from CRLF, NBSP, tabs and trailing spaces as from clean text', () => {
    const clean = 'Jeugd\n\nDrenthe\n\nDe Werkplaats Sociaal Domein Drenthe werkt aan:\n\n  1. Wonen\n  2. Werk\n\nWonen\n\nEen thema.';
    const messy = clean.replace(/\n/g, ' \r\n').replace(/ {2}1\./, '\t1.').replace('Sociaal Domein', 'Sociaal\u00a0Domein');
    const fromClean = parsePage({ source: 'a.txt', content: clean }, { boilerplate: [] }).document;
    const fromMessy = parsePage({ source: 'a.txt', content: messy }, { boilerplate: [] }).document;
    expect(fromMessy).toEqual(fromClean);
    expect(fromClean.themes).toEqual(['Wonen', 'Werk']);
  });

  it('applies a source’s override and ignores overrides for other sources or inherited names', () => {
    const content = 'Jeugd\n\nDrenthe\n\nDe Werkplaats Sociaal Domein Drenthe werkt aan jeugd.';
    const overrides = { 'a.txt': { title: 'Een betere titel', region: 'Drenthe-Noord' } };
    expect(parsePage({ source: 'a.txt', content }, { boilerplate: [], overrides }).document).toMatchObject({
      title: 'Een betere titel',
      region: 'Drenthe-Noord',
      id: 'werkplaats-drenthe-noord',
    });
    expect(parsePage({ source: 'constructor', content }, { boilerplate: [], overrides }).document.title).toBe('Werkplaats Sociaal Domein Drenthe');
  });

  it('rejects something that is not a page with a readable CorpusParseError', () => {
    const notAPage = { source: 'x.txt', content: 42 } as unknown as { source: string; content: string };
    expect(() => parsePage(notAPage, { boilerplate: [] })).toThrow(CorpusParseError);
    expect(() => parsePage(notAPage, { boilerplate: [] })).toThrow(/kan niet worden ingelezen/);
  });

  it('never throws on arbitrary text, including binary-ish, CRLF and unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), anyContent, (source, content) => {
        parsePage({ source, content }, { boilerplate });
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every offset consistent with the canonical text for arbitrary input', () => {
    fc.assert(
      fc.property(anyContent, (content) => {
        const { document } = parsePage({ source: 'fuzz.txt', content }, { boilerplate });
        expect(findOffsetProblems(document)).toEqual([]);
        expect(document.title.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 400 },
    );
  });

  it('never lets navigation or cookie lines through, wherever they appear', () => {
    fc.assert(
      fc.property(pageLike, fc.nat(), (content, position) => {
        const lines = content.split('\n');
        lines.splice(position % (lines.length + 1), 0, '', 'Menu Zoeken English', '', 'Wijzig cookie-instellingen', '');
        const { document } = parsePage({ source: 'fuzz.txt', content: lines.join('\n') }, { boilerplate });
        expect(document.text).not.toContain('Menu Zoeken English');
        expect(document.text).not.toContain('Wijzig cookie-instellingen');
      }),
      { numRuns: 200 },
    );
  });
});
