import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { addToThemeIndex, buildThemeIndex } from './buildThemeIndex.js';
import { createThemeTagger } from './createThemeTagger.js';
import { tagPassages } from './tagPassages.js';
import { themeMatrix } from './themeMatrix.js';
import { themePassages } from './themePassages.js';
import { themeSummary } from './themeSummary.js';
import { testLibrary, thesaurus } from '../../tests/support/corpusFixtures.js';
import type { ThemeIndex } from './types.js';

let documents: CorpusDocument[];
let index: ThemeIndex;

beforeAll(() => {
  documents = testLibrary().bundle.documents;
  index = buildThemeIndex(documents, thesaurus);
});

describe('buildThemeIndex', () => {
  it.each([
    ['informal-care', ['werkplaats-flevoland', 'werkplaats-regio-zwolle', 'werkplaats-zuid-holland-zuid', 'werkplaats-noord-holland']],
    ['neighbourhood-teams', ['werkplaats-regio-zwolle', 'werkplaats-zuid-holland-zuid']],
    ['youth', ['werkplaats-flevoland', 'werkplaats-regio-zwolle', 'nieuws-2017-06-12-project-uitstroom-24-uurszorg']],
    ['intellectual-disability', ['werkplaats-regio-zwolle', 'werkplaats-noord-holland']],
    ['poverty-debt', ['werkplaats-zuid-holland-zuid', 'werkplaats-noord-holland']],
    ['technology', ['werkplaats-flevoland', 'werkplaats-noord-holland']],
  ])('links %s across the documents that write about it', (themeId, docIds) => {
    const entry = index.themes.find((theme) => theme.id === themeId)!;
    expect(entry.docIds).toEqual(expect.arrayContaining(docIds));
    for (const docId of docIds) expect(themePassages(index, themeId).some((passage) => passage.docId === docId)).toBe(true);
  });

  it('keeps every thesaurus theme, in order, even those no document mentions', () => {
    expect(index.themes.map((theme) => theme.id)).toEqual(thesaurus.themes.map((theme) => theme.id));
    expect(index.documents.map((document) => document.docId)).toEqual(documents.map((document) => document.id));
  });

  it('gives the same index when a page is added later as when it was there from the start', () => {
    const last = documents[documents.length - 1]!;
    const partial = buildThemeIndex(documents.slice(0, -1), thesaurus);
    const grown = addToThemeIndex(partial, tagPassages(last, createThemeTagger(thesaurus)));
    expect(grown).toEqual(index);
    expect(partial.documents).toHaveLength(documents.length - 1);
    expect(addToThemeIndex(grown, tagPassages(last, createThemeTagger(thesaurus)))).toEqual(index);
  });

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('themeSummary', () => {
  it('lists each theme with its documents and the number of its passages', () => {
    const summary = themeSummary(index);
    expect(summary.map((row) => row.id)).toEqual(thesaurus.themes.map((theme) => theme.id));
    for (const row of summary) {
      expect(row.passages).toBe(themePassages(index, row.id).length);
      expect(row.label.nl).not.toBe('');
      for (const docId of new Set(themePassages(index, row.id).map((passage) => passage.docId))) expect(row.docs).toContain(docId);
    }
  });
});

describe('themePassages', () => {
  it('returns passages with a snippet and evidence inside the passage', () => {
    const texts = new Map(documents.map((document) => [document.id, document.text]));
    for (const theme of thesaurus.themes) {
      for (const passage of themePassages(index, theme.id)) {
        expect(passage.snippet).not.toBe('');
        expect(passage.evidence.length).toBeGreaterThan(0);
        for (const item of passage.evidence) {
          expect(item.start).toBeGreaterThanOrEqual(passage.start);
          expect(item.end).toBeLessThanOrEqual(passage.end);
          expect(texts.get(passage.docId)!.slice(item.start, item.end)).toBe(item.text);
        }
      }
    }
  });

  it('returns nothing for an unknown theme', () => {
    expect(themePassages(index, 'no-such-theme')).toEqual([]);
  });
});

describe('themeMatrix', () => {
  it('counts passages per theme and document, adding up to the summary', () => {
    const matrix = themeMatrix(index);
    expect(matrix.themes).toEqual(thesaurus.themes.map((theme) => theme.id));
    expect(matrix.documents).toEqual(documents.map((document) => document.id));
    const summary = themeSummary(index);
    matrix.counts.forEach((row, position) => {
      expect(row).toHaveLength(documents.length);
      expect(row.reduce((sum, count) => sum + count, 0)).toBe(summary[position]!.passages);
    });
  });
});
