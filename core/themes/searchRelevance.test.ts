import { describe, expect, it } from 'vitest';
import { testLibrary, thesaurus } from '../../tests/support/corpusFixtures.js';
import { foldText } from '../search/dutchAnalyzer.js';
import { measureRelevance } from '../search/measureRelevance.js';
import { ENGLISH_RELEVANCE_SET, NAME_QUERIES, RELEVANCE_SET } from '../search/relevanceSet.js';
import { importIndex } from '../search/searchIndex.js';
import { search, type SearchResult } from '../search/searchQuery.js';
import { thesaurusLexicon } from './thesaurusLexicon.js';

const { bundle, search: artifact } = testLibrary();
const index = importIndex(artifact.index, bundle.documents);
const lexicon = thesaurusLexicon(thesaurus);
const sourceOf = new Map(bundle.documents.map((document) => [document.id, document.source]));
const textOf = new Map(bundle.documents.map((document) => [document.id, foldText(document.text)]));

/** Distinct documents in hit order. */
function rankedSources(result: SearchResult): string[] {
  return [...new Set(result.hits.map((hit) => sourceOf.get(hit.docId)!))];
}

describe('search with the thesaurus, as the app runs it', () => {
  it.each(['nl', 'en'] as const)('finds every expected page of the Dutch set with the UI in %s', (language) => {
    const score = measureRelevance(RELEVANCE_SET, (query) => rankedSources(search(index, query, { limit: 30, lexicon, language })));
    expect(score.failures).toEqual([]);
    expect(score.recall).toBe(1);
  });

  it('finds every expected page of the English set (at least 25 queries) with the UI in English', () => {
    expect(ENGLISH_RELEVANCE_SET.length).toBeGreaterThanOrEqual(25);
    const score = measureRelevance(ENGLISH_RELEVANCE_SET, (query) => rankedSources(search(index, query, { limit: 30, lexicon, language: 'en' })));
    expect(score.failures).toEqual([]);
    expect(score.recall).toBe(1);
  });

  it('translates English words that are not Dutch with the UI in Dutch too', () => {
    const dutchUi = ENGLISH_RELEVANCE_SET.filter(({ query }) => query !== 'social work');
    const score = measureRelevance(dutchUi, (query) => rankedSources(search(index, query, { limit: 30, lexicon, language: 'nl' })));
    expect(score.failures).toEqual([]);
  });

  it('says how an English query matched', () => {
    const { expansions } = search(index, 'informal care', { lexicon });
    expect(expansions).toEqual([{ from: 'informal care', to: ['informele zorg', 'informele hulp', 'mantelzorg'], language: 'en' }]);
    expect(search(index, 'social work', { lexicon, language: 'nl' }).expansions).toEqual([]);
    expect(search(index, 'social work', { lexicon, language: 'en' }).expansions[0]?.to).toContain('sociaal werk');
  });
});

describe('multi-word synonyms', () => {
  it.each([
    ['licht verstandelijke beperking', /\blvb\b/],
    ['LVB', /licht verstandelijke? beperk/],
    ['geestelijke gezondheidszorg', /\bggz\b/],
    ['transitie autoriteit jeugd', /transitie autoriteit jeugd|\btaj\b/],
  ])('%j finds passages that only say the other form, highlighted', (query, other) => {
    const result = search(index, query, { limit: 50, lexicon });
    const texts = result.hits.map((hit) => foldText(bundle.documents.find((document) => document.id === hit.docId)!.text.slice(hit.passageStart, hit.passageEnd)));
    const withOther = result.hits.filter((_, i) => other.test(texts[i]!));
    expect(withOther.length, query).toBeGreaterThan(0);
    for (const hit of withOther) {
      const marked = hit.matches.map((span) => foldText(bundle.documents.find((document) => document.id === hit.docId)!.text.slice(span.start, span.end)));
      expect(marked.join(' '), query).toMatch(other.source.includes('lvb') ? /lvb/ : /\w/);
    }
  });

  it('matches a multi-word synonym as a phrase, not as scattered words', () => {
    const result = search(index, 'lvb', { limit: 50, lexicon });
    for (const hit of result.hits) {
      const text = foldText(bundle.documents.find((document) => document.id === hit.docId)!.text.slice(hit.passageStart, hit.passageEnd));
      expect(text).toMatch(/\blvb\b|licht verstandelijke? beperk/);
    }
  });
});

describe('names', () => {
  it.each(NAME_QUERIES)('%j returns only documents that contain the name', (query) => {
    const result = search(index, query, { limit: 100, lexicon });
    expect(result.hits.length).toBeGreaterThan(0);
    const words = foldText(query).split(' ');
    for (const hit of result.hits) for (const word of words) expect(textOf.get(hit.docId)).toContain(word);
  });

  it.each(['Saxion', 'Hanze', 'Fontys', 'Avans'])('never corrects the name %j into a common word', (query) => {
    expect(search(index, query, { lexicon }).correctedQuery).toBeNull();
  });

  it('corrects a mistyped name into the name', () => {
    expect(search(index, 'Windeshiem', { lexicon }).correctedQuery).toBe('windesheim');
  });
});
