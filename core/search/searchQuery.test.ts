import { corpusOverrides, corpusPages } from '../../tests/support/corpusFixtures.js';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../corpus/buildBundle.js';
import { foldText } from './dutchAnalyzer.js';
import { measureRelevance } from './measureRelevance.js';
import { RELEVANCE_SET } from './relevanceSet.js';
import { buildSearchIndex, exportIndex, importIndex, type SearchIndex } from './searchIndex.js';
import { search, type SearchResult } from './searchQuery.js';

const pages = corpusPages;
const overrides = corpusOverrides;
const { documents } = buildBundle(pages, overrides);
const index = buildSearchIndex(documents);
/** The cases the bare engine (no thesaurus) must pass. */
const ENGINE_SET = RELEVANCE_SET.filter((entry) => !entry.thesaurus);
const sourceOf = new Map(documents.map((document) => [document.id, document.source]));

/** Distinct documents in hit order. */
function rankedSources(result: SearchResult): string[] {
  return [...new Set(result.hits.map((hit) => hit.source))];
}

/** Relevance of an index on the relevance set, ranking documents by their best passage. */
function relevanceOf(target: SearchIndex) {
  return measureRelevance(ENGINE_SET, (query) => rankedSources(search(target, query, { limit: 30 })));
}

describe('relevance set', () => {
  it('has at least 30 queries with existing pages', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(30);
    const sources = new Set(documents.map((document) => document.source));
    for (const { expected } of RELEVANCE_SET) for (const source of expected) expect(sources).toContain(source);
  });

  it('finds every expected page in the top results', () => {
    const { recall, meanReciprocalRank, failures } = relevanceOf(index);
    expect(failures).toEqual([]);
    expect(recall).toBe(1);
    expect(meanReciprocalRank).toBe(1);
  });
});

describe('search', () => {
  it('ranks passages with all words above passages with some', () => {
    const { hits } = search(index, 'informele zorg', { limit: 60 });
    const coverage = hits.map((hit) => {
      const text = foldText(documents.find((document) => document.id === hit.docId)!.text.slice(hit.passageStart, hit.passageEnd));
      return Number(/informe/.test(text)) + Number(/zorg/.test(text));
    });
    // Both kinds are present, so the order between them is really tested.
    expect(coverage).toContain(2);
    expect(coverage).toContain(1);
    const firstPartial = coverage.indexOf(1);
    expect(coverage.slice(0, firstPartial).every((value) => value === 2)).toBe(true);
    expect(coverage.slice(firstPartial).every((value) => value === 1)).toBe(true);
    expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score);
  });

  it('requires phrase words to be adjacent', () => {
    const phrase = search(index, '"sociale wijkteams"', { limit: 50 });
    const loose = search(index, 'sociale wijkteams', { limit: 50 });
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.total).toBeLessThan(loose.total);
    for (const hit of phrase.hits) expect(foldText(hit.snippet)).toMatch(/sociale wijkteams/);
    expect(search(index, '"wijkteams sociale"').total).toBe(0);
  });

  it('highlights matches found through folding, stemming and compounds', () => {
    const cases: [string, RegExp][] = [
      ['creeren', /^creëren$/i],
      ['client', /^cliënt/i],
      ['scheiding', /scheiding/i],
      ['jeugdhulp', /^jeugdhulp/i],
      ['technologie', /^technolog/i],
    ];
    for (const [query, pattern] of cases) {
      const [hit] = search(index, query).hits;
      expect(hit, query).toBeDefined();
      expect(hit!.highlights.length, query).toBeGreaterThan(0);
      for (const span of hit!.highlights) expect(hit!.snippet.slice(span.start, span.end), query).toMatch(pattern);
    }
  });

  it('cuts snippets to about 160–220 characters at word boundaries', () => {
    const { hits } = search(index, 'werkplaats', { limit: 50 });
    for (const hit of hits) {
      const passageLength = hit.passageEnd - hit.passageStart;
      if (passageLength > 220) {
        expect(hit.snippet.length).toBeGreaterThanOrEqual(150);
        expect(hit.snippet.length).toBeLessThanOrEqual(226);
      }
      const document = documents.find((candidate) => candidate.id === hit.docId)!;
      const body = hit.snippet.replace(/^… /, '').replace(/ …$/, '');
      expect(document.text.slice(hit.passageStart, hit.passageEnd)).toContain(body);
    }
  });

  it('corrects unknown words to the nearest vocabulary word', () => {
    expect(search(index, 'mantelzrog').correctedQuery).toBe('mantelzorgers');
    expect(search(index, 'jeugdhlup in Flevoland').correctedQuery).toBe('jeugdhulp in Flevoland');
    expect(search(index, 'technolgie').correctedQuery).toBe('technologie');
    expect(search(index, 'mantelzorg').correctedQuery).toBeNull();
    expect(search(index, 'technolgie', { correct: false }).hits).toEqual([]);
  });

  it.each([
    ['deletion', 'mantelzrg', 'mantelzorgers'],
    ['deletion', 'antelzorg', 'mantelzorgers'],
    ['insertion', 'mantelzorgg', 'mantelzorgers'],
    ['insertion', 'mmantelzorg', 'mantelzorgers'],
    ['swap', 'mantelzrog', 'mantelzorgers'],
    ['swap', 'amntelzorg', 'mantelzorgers'],
    ['substitution', 'mantelxorg', 'mantelzorgers'],
    ['deletion', 'jegdhulp', 'jeugdhulp'],
    ['deletion', 'jeugdhlp', 'jeugdhulp'],
    ['insertion', 'jeugdhulpp', 'jeugdhulp'],
    ['swap', 'ejugdhulp', 'jeugdhulp'],
    ['substitution', 'jeugdhuip', 'jeugdhulp'],
    ['deletion', 'tecnologie', 'technologie'],
    ['insertion', 'technologiee', 'technologie'],
    ['swap', 'tehcnologie', 'technologie'],
    ['substitution', 'technologle', 'technologie'],
    ['deletion', 'statshouders', 'statushouders'],
    ['swap', 'eenzaamhied', 'eenzaamheid'],
    ['substitution', 'eenzaamheld', 'eenzaamheid'],
    ['insertion', 'werkaterliers', 'werkateliers'],
    ['swap', 'leergemeenschpa', 'leergemeenschap'],
    ['swap', 'reflexivitiet', 'reflexiviteit'],
  ])('suggests the same word for a %s typo: %j → %j', (_kind, typo, word) => {
    const result = search(index, typo);
    expect(result.correctedQuery).toBe(word);
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('offers nothing for a correct word or a word typed halfway', () => {
    for (const query of ['mantelzorg', 'mantelzor', 'jeugd', 'scheiding', 'uurszorg', 'technologische']) expect(search(index, query).correctedQuery, query).toBeNull();
  });

  it('counts a passage the page repeats word for word once', () => {
    const result = search(index, 'mantelzorgers', { limit: 20 });
    const texts = result.hits.map((hit) => foldText(documents.find((document) => document.id === hit.docId)!.text.slice(hit.passageStart, hit.passageEnd)).replace(/\s+/g, ' '));
    expect(new Set(texts).size).toBe(texts.length);
    expect(result.total).toBe(1);
  });

  it('filters by region, kind and document, and counts facets before filtering', () => {
    const all = search(index, 'jeugd', { limit: 100 });
    const news = search(index, 'jeugd', { limit: 100, kind: 'news' });
    expect(news.hits.length).toBeGreaterThan(0);
    expect(news.hits.every((hit) => documents.find((document) => document.id === hit.docId)!.kind === 'news')).toBe(true);
    expect(news.counts).toEqual(all.counts);
    expect(Object.values(all.counts.documents).reduce((a, b) => a + b, 0)).toBe(all.total);
    const flevoland = search(index, 'jeugd', { limit: 100, region: 'Flevoland' });
    expect(new Set(flevoland.hits.map((hit) => hit.docId))).toEqual(
      new Set(documents.filter((document) => document.region === 'Flevoland' && all.counts.documents[document.id]).map((document) => document.id)),
    );
    const one = search(index, 'jeugd', { docIds: ['werkplaats-regio-zwolle'] });
    expect(new Set(one.hits.map((hit) => hit.docId))).toEqual(new Set(['werkplaats-regio-zwolle']));
  });

  it('expands synonyms through the thesaurus hook', () => {
    const thesaurus = (word: string) => (word === 'verstandelijk' ? ['LVB'] : []);
    expect(search(index, 'verstandelijk').total).toBeGreaterThan(0);
    const plain = search(index, 'verstandelijk', { limit: 20 });
    const expanded = search(index, 'verstandelijk', { limit: 20, synonyms: thesaurus });
    expect(rankedSources(plain)).not.toContain('001_2b68e9315a163ccf.txt');
    expect(rankedSources(expanded)).toContain('001_2b68e9315a163ccf.txt');
    const phrase = search(index, 'lvb', { synonyms: () => ['licht verstandelijke beperking'] });
    expect(phrase.hits.map((hit) => sourceOf.get(hit.docId))).toContain('004_dd9c58226ff89e9a.txt');
  });

  it('returns nothing for empty and stopword-only queries', () => {
    expect(search(index, '').hits).toEqual([]);
    expect(search(index, 'de het een').hits).toEqual([]);
    expect(search(index, '""').hits).toEqual([]);
  });
});

describe('export and import', () => {
  it('round-trips through JSON with identical results', () => {
    const exported = JSON.parse(JSON.stringify(exportIndex(index)));
    const restored = importIndex(exported, documents);
    for (const { query } of RELEVANCE_SET) expect(search(restored, query, { limit: 20 }), query).toEqual(search(index, query, { limit: 20 }));
    expect(relevanceOf(restored).recall).toBe(1);
  });

  it('rejects an index that refers to missing documents', () => {
    expect(() => importIndex(exportIndex(index), documents.slice(1))).toThrow(/missing document/);
  });
});

describe('incremental add', () => {
  it('finds a document added after the build, also after an import', () => {
    const [last, ...rest] = [...documents].reverse();
    const partial = buildSearchIndex(rest.reverse());
    expect(search(partial, 'reflexiviteit').total).toBe(0);
    partial.addDocument(last!);
    expect(search(partial, 'reflexiviteit').hits[0]?.docId).toBe(last!.id);

    const imported = importIndex(exportIndex(buildSearchIndex(documents.slice(0, -1))), documents);
    imported.addDocument(last!);
    expect(rankedSources(search(imported, 'empowerment'))).toEqual([last!.source]);
    expect(() => imported.addDocument(last!)).toThrow(/already indexed/);
  });
});
