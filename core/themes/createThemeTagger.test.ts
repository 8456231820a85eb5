import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createThemeTagger } from './createThemeTagger.js';
import { parseThesaurus } from './thesaurus.js';

const thesaurus = parseThesaurus(JSON.parse(readFileSync('data/thesaurus.json', 'utf8')));
const tagger = createThemeTagger(thesaurus);

function evidenceFor(text: string, themeId: string): string[] {
  return tagger.tagText(text).find((tag) => tag.themeId === themeId)?.evidence.map((item) => item.text) ?? [];
}

describe('createThemeTagger', () => {
  it.each([
    ['Veel mantelzorgers zijn overbelast.', 'informal-care', ['mantelzorgers']],
    ['Ondersteuning van de mantelzorger thuis.', 'informal-care', ['mantelzorger']],
    ['Samen met vrijwilligers/mantelzorgers.', 'informal-care', ['vrijwilligers', 'mantelzorgers']],
    ['De samenwerking tussen formele en informele zorg.', 'informal-care', ['formele en informele', 'informele zorg']],
    ['Overleg met jeugdhulpverleners en scholen.', 'youth', ['jeugdhulpverleners']],
    ['De uitvoering van de Jeugdwet.', 'youth', ['Jeugdwet']],
    ['Wij werken met sociale wijkteams.', 'neighbourhood-teams', ['sociale wijkteams']],
    ['Het sociaal wijkteam van Zwolle.', 'neighbourhood-teams', ['sociaal wijkteam']],
    ['De wijkteamprofessionals oefenen samen.', 'neighbourhood-teams', ['wijkteamprofessionals']],
    ['Mensen met een licht verstandelijke beperking (LVB).', 'intellectual-disability', ['licht verstandelijke beperking', 'LVB']],
    ['Doelgroepen vanuit de GGZ.', 'mental-health', ['GGZ']],
    ['Lectoraat E-health en Digitalisering.', 'technology', ['E-health', 'Digitalisering']],
    ['De voormalige Wmo-werkplaats Rotterdam.', 'transformation', ['Wmo-werkplaats']],
    ['Participatie, zelf(samen)redzaamheid en eigen kracht.', 'empowerment', ['redzaamheid', 'eigen kracht']],
    ['Hoe sportparticipatie jongeren sterker maakt.', 'sport-exercise', ['sportparticipatie']],
    ['Het aantal ouderen neemt toe.', 'elderly-loneliness', ['ouderen']],
    ['Schulden en eenzaamheid hangen samen.', 'poverty-debt', ['Schulden']],
    ['Meten en weten in het sociale domein.', 'measuring-impact', ['Meten en weten']],
    ['Werken met en voor bewoners.', 'citizen-involvement', ['Werken met en voor bewoners']],
    ['In de leergemeenschappen leren professionals samen.', 'learning-professional', ['leergemeenschappen']],
  ])('tags %j with its inflected or compound words', (text, themeId, expected) => {
    expect(evidenceFor(text, themeId)).toEqual(expected);
  });

  it.each([
    ['De zorg voor kwaliteit staat centraal.', 'informal-care'],
    ['Een informele sfeer op de bijeenkomst.', 'informal-care'],
    ['Ouders en scholen werken samen.', 'elderly-loneliness'],
    ['Het aantal ouderen neemt toe.', 'family-parenting'],
    ['Gemeenten Ouder-Amstel en Opmeer.', 'family-parenting'],
    ['Gemeenten Ouder-Amstel en Opmeer.', 'elderly-loneliness'],
    ['Sociale en sportieve teams.', 'neighbourhood-teams'],
    ['Professionals leren met elkaar.', 'learning-professional'],
    ['Er verschijnt een integrale publicatie.', 'integrated-working'],
    ['Een kracht van de regio.', 'empowerment'],
    ['Een verstandelijke keuze, licht en helder.', 'intellectual-disability'],
  ])('does not tag %j with %s', (text, themeId) => {
    expect(evidenceFor(text, themeId)).toEqual([]);
  });

  it('keeps only the longest of overlapping evidence for one theme', () => {
    const tags = tagger.tagText('mensen met een licht verstandelijke beperking');
    expect(tags).toEqual([{ themeId: 'intellectual-disability', evidence: [{ text: 'licht verstandelijke beperking', start: 15, end: 45, term: 'licht verstandelijke beperking' }] }]);
  });

  it('shifts evidence by the offset and returns themes in thesaurus order', () => {
    const text = 'Jongeren en mantelzorgers';
    const tags = tagger.tagText(text, { offset: 100 });
    const order = thesaurus.themes.map((theme) => theme.id);
    expect(tags.map((tag) => order.indexOf(tag.themeId))).toEqual([...tags.map((tag) => order.indexOf(tag.themeId))].sort((a, b) => a - b));
    for (const item of tags.flatMap((tag) => tag.evidence)) expect(text.slice(item.start - 100, item.end - 100)).toBe(item.text);
  });

  it('gives the same tags every time', () => {
    const text = readFileSync('data/thesaurus.json', 'utf8');
    expect(createThemeTagger(thesaurus).tagText(text)).toEqual(tagger.tagText(text));
  });

  it('never throws on arbitrary text and keeps every evidence span inside it', () => {
    const words = thesaurus.themes.flatMap((theme) => [...theme.terms, ...theme.synonyms.flat()]);
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...words), fc.constantFrom(' ', '-', '/', '(', ')', '’', 'en', 'de', 'ers', 's'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom(' ', ''), fc.nat(1000), (pieces, separator, offset) => {
        const text = pieces.join(separator);
        const tags = tagger.tagText(text, { offset, analyzer: tagger.analyzerFor(text) });
        for (const tag of tags) {
          expect(tag.evidence.length).toBeGreaterThan(0);
          for (const item of tag.evidence) {
            expect(item.start).toBeGreaterThanOrEqual(offset);
            expect(item.end).toBeLessThanOrEqual(offset + text.length);
            expect(item.start).toBeLessThan(item.end);
            expect(text.slice(item.start - offset, item.end - offset)).toBe(item.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
