import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { buildThemeIndex } from './buildThemeIndex.js';
import { relatedPassages, type RelatedPassage } from './relatedPassages.js';
import { testLibrary, thesaurus } from '../../tests/support/corpusFixtures.js';
import type { ThemeIndex } from './types.js';

let documents: CorpusDocument[];
let index: ThemeIndex;

beforeAll(() => {
  documents = testLibrary().bundle.documents;
  index = buildThemeIndex(documents, thesaurus);
});

function expectWellFormed(docId: string, related: readonly RelatedPassage[]): void {
  for (const passage of related) {
    expect(passage.docId).not.toBe(docId);
    expect(passage.reason).toMatch(/^ook over: \S/);
    expect(passage.sharedThemes.length).toBeGreaterThan(0);
    expect(passage.evidence.length).toBeGreaterThan(0);
    const text = documents.find((document) => document.id === passage.docId)!.text;
    for (const item of passage.evidence) expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  const scores = related.map((passage) => passage.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

describe('relatedPassages', () => {
  it('finds, for every section, ranked passages in other documents with a reason', () => {
    let found = 0;
    for (const document of documents) {
      for (const section of document.sections) {
        const related = relatedPassages(index, documents, document.id, { sectionId: section.id });
        expectWellFormed(document.id, related);
        found += related.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('links the Zuid-Holland Zuid section on formal and informal care to informal care elsewhere', () => {
    const related = relatedPassages(index, documents, 'werkplaats-zuid-holland-zuid', { sectionId: 'werkgroep-2-samenwerking-formeel-en-informeel' });
    expect(related[0]).toMatchObject({ docId: 'werkplaats-noord-holland', sectionId: 'verbinden-met-informele-hulpbronnen' });
    expect(related[0]!.sharedThemes[0]).toBe('informal-care');
    expect(related[0]!.reason).toContain('vrijwillige zorg');
    expect(related.map((passage) => passage.docId)).toEqual(expect.arrayContaining(['werkplaats-flevoland', 'werkplaats-regio-zwolle']));
  });

  it('takes a span of text as target and respects the limits', () => {
    const document = documents.find((candidate) => candidate.id === 'werkplaats-regio-zwolle')!;
    const start = document.text.indexOf('jeugdhulpverleners');
    const related = relatedPassages(index, documents, document.id, { start, end: start + 5 }, { limit: 4, perDocument: 1 });
    expectWellFormed(document.id, related);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(4);
    expect(new Set(related.map((passage) => passage.docId)).size).toBe(related.length);
    expect(related.some((passage) => passage.sharedThemes.includes('youth'))).toBe(true);
  });

  it.each([
    ['an unknown document', 'nope', { sectionId: 'inleiding' }],
    ['an unknown section', 'werkplaats-flevoland', { sectionId: 'nope' }],
    ['an empty span', 'werkplaats-flevoland', { start: 10, end: 10 }],
    ['a section without themes', 'werkplaats-flevoland', { sectionId: 'deelnemende-gemeenten' }],
  ])('returns nothing for %s', (_, docId, target) => {
    expect(relatedPassages(index, documents, docId, target)).toEqual([]);
  });
});
