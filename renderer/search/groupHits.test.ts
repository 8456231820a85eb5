import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../core/search/searchQuery.js';
import { groupHits, hitsInDisplayOrder, snippetRuns } from './groupHits.js';

function hit(docId: string, passageStart: number): SearchHit {
  return {
    docId,
    source: `${docId}.txt`,
    docTitle: `Titel ${docId}`,
    sectionId: 's',
    sectionTitle: null,
    passageStart,
    passageEnd: passageStart + 10,
    snippet: '',
    highlights: [],
    matches: [],
    score: 1,
  };
}

describe('groupHits', () => {
  it('groups per document in the order of each document’s best hit, and lists hits as shown', () => {
    const hits = [hit('a', 0), hit('b', 5), hit('a', 20), hit('c', 1), hit('b', 9)];
    const groups = groupHits(hits);
    expect(groups.map((group) => group.docId)).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.hits.map((entry) => entry.index)).toEqual([0, 2]);
    expect(hitsInDisplayOrder(groups).map((item) => `${item.docId}${item.passageStart}`)).toEqual(['a0', 'a20', 'b5', 'b9', 'c1']);
  });
});

describe('snippetRuns', () => {
  it('cuts a snippet into plain and highlighted runs', () => {
    expect(snippetRuns('de cliënten en cliëntondersteuning', [{ start: 3, end: 11 }, { start: 15, end: 34 }])).toEqual([
      { text: 'de ', highlighted: false },
      { text: 'cliënten', highlighted: true },
      { text: ' en ', highlighted: false },
      { text: 'cliëntondersteuning', highlighted: true },
    ]);
  });

  it('tolerates unsorted, overlapping and out-of-range highlights', () => {
    const runs = snippetRuns('abcdef', [{ start: 4, end: 99 }, { start: 1, end: 3 }, { start: 2, end: 5 }, { start: 3, end: 3 }]);
    expect(runs.map((run) => run.text).join('')).toBe('abcdef');
    expect(runs.filter((run) => run.highlighted).map((run) => run.text)).toEqual(['bc', 'de', 'f']);
  });

  it('returns the whole snippet when nothing is highlighted', () => {
    expect(snippetRuns('tekst', [])).toEqual([{ text: 'tekst', highlighted: false }]);
  });
});
