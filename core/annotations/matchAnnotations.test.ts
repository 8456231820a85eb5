import { describe, expect, it } from 'vitest';
import { DutchAnalyzer } from '../search/dutchAnalyzer.js';
import { createAnnotation } from './annotation.js';
import { findAnnotationMatches, matchAnnotations } from './matchAnnotations.js';

const text = 'Professionals en vrijwilligers/mantelzorgers werken samen met cliënten in sociale wijkteams.';

function annotate(id: string, word: string, note: string, tags: string[] = []) {
  const start = text.indexOf(word);
  const annotation = createAnnotation({ docId: 'd', start, end: start + word.length, tags }, { id, now: new Date('2026-11-23T10:00:00Z'), corpusVersion: 'v', text });
  return { ...annotation, noteText: note };
}

describe('matchAnnotations', () => {
  const analyzer = new DutchAnalyzer();
  const annotations = [annotate('a', 'mantelzorgers', 'Vraag: wie ondersteunt de mantelzorger?'), annotate('b', 'cliënten', '', ['definitie']), annotate('c', 'wijkteams', 'Zie Zwolle')];

  it.each([
    ['mantelzorg', ['a']],
    ['client', ['b']],
    ['definitie', ['b']],
    ['wijkteam zwolle', ['c']],
    ['', ['a', 'b', 'c']],
    ['statushouders', []],
  ])('"%s" finds %j', (query, ids) => {
    expect(matchAnnotations(annotations, query, analyzer).map((annotation) => annotation.id)).toEqual(ids);
  });
});

describe('findAnnotationMatches', () => {
  const analyzer = new DutchAnalyzer();
  const annotations = [annotate('a', 'mantelzorgers', 'Vraag: wie ondersteunt de mantelzorger?'), annotate('b', 'wijkteams', 'Zie Zwolle', ['Wijkteam'])];

  it.each([
    ['mantelzorg', { a: ['mantelzorgers', 'mantelzorger'] }],
    ['wijkteam zwolle', { b: ['wijkteams', 'Zwolle', 'Wijkteam'] }],
    ['', { a: [], b: [] }],
  ])('"%s" marks the words as written: %j', (query, words) => {
    expect(Object.fromEntries(findAnnotationMatches(annotations, query, analyzer).map((match) => [match.annotation.id, match.words]))).toEqual(words);
  });
});
