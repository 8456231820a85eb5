import { describe, expect, it } from 'vitest';
import { indexOf } from '../../tests/support/searchFixtures.js';
import { search } from './searchQuery.js';

const index = indexOf([
  { id: 'een', sections: [{ heading: 'Zorg', paragraphs: ['Mantelzorgers en cliënten in Almere.', 'Niets hier.'] }] },
]);

describe('buildHits', () => {
  it('marks every matched word with offsets in the snippet and in the document', () => {
    const [hit] = search(index, 'mantelzorg client').hits;
    const text = index.documents[0]!.text;
    expect(hit!.matches.map((span) => text.slice(span.start, span.end))).toEqual(['Mantelzorgers', 'cliënten']);
    expect(hit!.highlights.map((span) => hit!.snippet.slice(span.start, span.end))).toEqual(['Mantelzorgers', 'cliënten']);
    expect(hit!.sectionTitle).toBe('Zorg');
  });

  it('leaves the scratch marks clean for the next search', () => {
    search(index, 'mantelzorgers');
    const [hit] = search(index, 'almere').hits;
    expect(hit!.highlights.map((span) => hit!.snippet.slice(span.start, span.end))).toEqual(['Almere']);
  });
});
