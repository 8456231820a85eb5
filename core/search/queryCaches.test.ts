import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { QueryCaches } from './queryCaches.js';
import { clearSearchCaches, search } from './searchQuery.js';

describe('QueryCaches', () => {
  it('evicts the least recently used unit once the posting budget is spent', () => {
    const caches = new QueryCaches<number[]>({ unitEntries: 10, unitPostings: 100, corrections: 2, parsedQueries: 2 });
    caches.units.set('a', [1], { size: 60 });
    caches.units.set('b', [2], { size: 30 });
    caches.units.get('a');
    caches.units.set('c', [3], { size: 30 });
    expect(caches.units.has('a')).toBe(true);
    expect(caches.units.has('b')).toBe(false);
    caches.clear();
    expect(caches.units.size).toBe(0);
  });

  it('belongs to its index: two indexes never see each other’s words or corrections', () => {
    const first = indexOf([{ id: 'een', sections: [{ heading: null, paragraphs: ['Mantelzorgers helpen elkaar in de wijk.'] }] }]);
    const second = indexOf([{ id: 'twee', sections: [{ heading: null, paragraphs: ['Statushouders leren de taal op school.'] }] }]);
    expect(search(first, 'mantelzorgers').total).toBe(1);
    expect(search(second, 'mantelzorgers').total).toBe(0);
    expect(search(second, 'statushouders').total).toBe(1);
    expect(first.queryState).not.toBe(second.queryState);
    expect(first.queryState!.caches).not.toBe(second.queryState!.caches);
    clearSearchCaches(first);
    expect(first.queryState!.caches.units.size).toBe(0);
    expect(second.queryState!.caches.units.size).toBeGreaterThan(0);
  });

  it('is dropped when the index grows, so a new document is found', () => {
    const index = indexOf([{ id: 'een', sections: [{ heading: null, paragraphs: ['Armoede en schulden in de stad.'] }] }]);
    expect(search(index, 'eenzaamheid', { correct: false }).total).toBe(0);
    index.addDocument({ id: 'twee', source: 'twee.txt', title: 'twee', region: 'R', kind: 'news', sections: [{ id: 's', heading: null, headingSpan: null, start: 5, end: 30, blocks: [{ type: 'paragraph', text: 'Eenzaamheid onder ouderen.', start: 5, end: 31 }] }], text: 'twee\n\nEenzaamheid onder ouderen.'.padEnd(31) });
    expect(search(index, 'eenzaamheid', { correct: false }).total).toBe(1);
  });
});
