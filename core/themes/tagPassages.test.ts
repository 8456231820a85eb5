import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { createThemeTagger } from './createThemeTagger.js';
import { documentPassages, tagPassages } from './tagPassages.js';
import { testLibrary, thesaurus } from '../../tests/support/corpusFixtures.js';
import type { DocumentThemes } from './types.js';

const tagger = createThemeTagger(thesaurus);
let documents: CorpusDocument[];
let tagged: Map<string, DocumentThemes>;

beforeAll(() => {
  documents = testLibrary().bundle.documents;
  tagged = new Map(documents.map((document) => [document.id, tagPassages(document, tagger)]));
});

describe('tagPassages', () => {
  it('tags no passage without evidence that slices the canonical text to one of the theme’s terms', () => {
    const expressions = new Map(thesaurus.themes.map((theme) => [theme.id, new Set([...theme.terms, ...theme.synonyms.flat()])]));
    let checked = 0;
    for (const document of documents) {
      const analyzer = tagger.analyzerFor(document.text);
      for (const passage of tagged.get(document.id)!.passages) {
        expect(passage.themes.length).toBeGreaterThan(0);
        for (const tag of passage.themes) {
          expect(tag.evidence.length).toBeGreaterThan(0);
          for (const item of tag.evidence) {
            expect(document.text.slice(item.start, item.end)).toBe(item.text);
            expect(item.start).toBeGreaterThanOrEqual(passage.start);
            expect(item.end).toBeLessThanOrEqual(passage.end);
            expect(expressions.get(tag.themeId)).toContain(item.term);
            // The evidence words on their own analyze to the same theme through the same term.
            const again = tagger.tagText(item.text, { analyzer }).find((candidate) => candidate.themeId === tag.themeId);
            expect(again?.evidence.map((evidence) => evidence.term)).toContain(item.term);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('tags at the passage granularity of search: one passage per paragraph, quote or list item', () => {
    for (const document of documents) {
      const passages = documentPassages(document);
      const spans = new Set(passages.map((passage) => `${passage.sectionId}:${passage.start}:${passage.end}`));
      for (const passage of tagged.get(document.id)!.passages) expect(spans).toContain(`${passage.sectionId}:${passage.start}:${passage.end}`);
      for (const passage of passages) expect(document.text.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('gives each section the themes of its passages and heading, and a snippet to every passage', () => {
    for (const document of documents) {
      const result = tagged.get(document.id)!;
      expect(result.sections.map((section) => section.sectionId)).toEqual(document.sections.map((section) => section.id));
      for (const passage of result.passages) {
        const section = result.sections.find((candidate) => candidate.sectionId === passage.sectionId)!;
        for (const tag of passage.themes) expect(section.themes.map((candidate) => candidate.themeId)).toContain(tag.themeId);
        expect(passage.snippet.length).toBeGreaterThan(0);
        expect(passage.snippet.length).toBeLessThanOrEqual(200);
      }
    }
  });

  it.each([
    ['werkplaats-flevoland', [
      ['De lerende professional (gericht op jeugd)', ['youth', 'learning-professional']],
      ['Activeren en betrekken van burgers in zorg en ondersteuning', ['citizen-involvement']],
      ['Technologie', ['technology']],
      ['De eigen kracht van de burger', ['empowerment']],
    ]],
    ['werkplaats-regio-zwolle', [
      ['Inclusieve samenleving', ['inclusion']],
      ['Integraal werken met en voor bewoners', ['integrated-working', 'citizen-involvement']],
      ['Interprofessioneel werken met jeugd', ['youth', 'integrated-working']],
    ]],
    ['nieuws-2017-06-12-project-uitstroom-24-uurszorg', []],
    ['werkplaats-zuid-holland-zuid', [
      ['Doorontwikkeling van Sociale Wijkteams', ['neighbourhood-teams']],
      ['Samenwerking formeel en informeel', ['informal-care']],
      ['Meten en weten in het sociale domein', ['measuring-impact']],
      ['Relatie en onderlinge verbondenheid binnen het sociale domein', ['integrated-working']],
      ['Participatie, zelf(samen)redzaamheid en eigen kracht', ['inclusion', 'empowerment']],
    ]],
    ['werkplaats-noord-holland', [
      ['Werken aan sociale reflexiviteit', ['learning-professional']],
      ['Interdisciplinair werken aan beroepsinnovatie', ['integrated-working']],
      ['Verbinden met informele hulpbronnen', ['informal-care']],
      ['Werken met en in de sociale basis', ['prevention']],
      ['Preventief werken vanuit de leefwereld', ['prevention']],
    ]],
  ])('maps the themes %s lists itself onto thesaurus themes', (docId, expected) => {
    const listed = tagged.get(docId)!.listed.map((entry) => [entry.listedTheme, entry.themeIds]);
    expect(listed).toEqual(expected);
  });

  it('is deterministic and survives a JSON round trip', () => {
    for (const document of documents) {
      const again = tagPassages(document, createThemeTagger(thesaurus));
      expect(again).toEqual(tagged.get(document.id));
      expect(JSON.parse(JSON.stringify(again))).toEqual(again);
    }
  });
});
