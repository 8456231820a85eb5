import { describe, expect, it } from 'vitest';
import { describeRange } from '../annotations/anchoring/describeRange.js';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import type { CorpusDocument } from '../corpus/types.js';
import { placeSteps, placeTarget } from './placeSteps.js';
import type { RouteStep } from './readingRoute.js';

const documents = testLibrary().bundle.documents;
const byId = new Map(documents.map((document) => [document.id, document]));
const findDocument = (id: string) => byId.get(id);
const first = documents[0]!;
const section = first.sections.find((candidate) => candidate.heading !== null)!;
const sentenceStart = section.blocks[0]!.start;
const sentenceEnd = sentenceStart + 40;

function edited(document: CorpusDocument, insertAt: number, insert: string): CorpusDocument {
  return { ...document, text: document.text.slice(0, insertAt) + insert + document.text.slice(insertAt) };
}

describe('placeTarget', () => {
  it('places a passage at its quote, a section at its span and a document as a whole', () => {
    const passage = placeTarget({ kind: 'passage', docId: first.id, selectors: describeRange(first.text, sentenceStart, sentenceEnd) }, findDocument);
    expect(passage).toEqual({ status: 'placed', docId: first.id, start: sentenceStart, end: sentenceEnd });
    expect(placeTarget({ kind: 'section', docId: first.id, sectionId: section.id }, findDocument)).toEqual({ status: 'placed', docId: first.id, start: section.start, end: section.end });
    expect(placeTarget({ kind: 'document', docId: first.id }, findDocument)).toMatchObject({ status: 'placed', start: 0, end: first.text.length });
  });

  it('follows a passage when the text before it changes', () => {
    const selectors = describeRange(first.text, sentenceStart, sentenceEnd);
    const changed = edited(first, 0, 'Nieuw begin van de pagina. ');
    expect(placeTarget({ kind: 'passage', docId: first.id, selectors }, () => changed)).toMatchObject({ status: 'placed', start: sentenceStart + 27 });
  });

  it('marks what is gone as lost, with the reason', () => {
    expect(placeTarget({ kind: 'document', docId: 'bestaat-niet' }, findDocument)).toEqual({ status: 'lost', reason: 'document' });
    expect(placeTarget({ kind: 'section', docId: first.id, sectionId: 'bestaat-niet' }, findDocument)).toEqual({ status: 'lost', reason: 'section' });
    const selectors = describeRange('Een zin die nergens in het corpus staat, echt nergens.', 4, 30);
    expect(placeTarget({ kind: 'passage', docId: first.id, selectors }, findDocument)).toEqual({ status: 'lost', reason: 'passage' });
  });
});

describe('placeSteps', () => {
  it('keeps every step, lost ones included, in route order', () => {
    const steps: RouteStep[] = [
      { id: 's1', target: { kind: 'document', docId: 'weg' }, instruction: null, questions: [] },
      { id: 's2', target: { kind: 'theme', themeId: 'mantelzorg' }, instruction: null, questions: [] },
      { id: 's3', target: { kind: 'document', docId: first.id }, instruction: null, questions: [] },
    ];
    const placed = placeSteps(steps, findDocument);
    expect(placed.map((entry) => [entry.step.id, entry.placement.status])).toEqual([
      ['s1', 'lost'],
      ['s2', 'theme'],
      ['s3', 'placed'],
    ]);
  });
});
