import { describe, expect, it } from 'vitest';
import { composeDocument } from './composeDocument.js';
import { findOffsetProblems } from './findOffsetProblems.js';

const document = composeDocument({
  id: 'd',
  source: 'd.txt',
  title: 'Titel',
  label: null,
  region: '',
  kind: 'profile',
  hogeschool: null,
  lectoraat: null,
  lectors: [],
  published: null,
  themes: [],
  municipalities: [],
  contact: null,
  origin: null,
  summary: '',
  sections: [{ id: 'kop', heading: 'Kop', blocks: [{ type: 'paragraph', text: 'Een alinea.' }, { type: 'paragraph', text: 'Nog een.' }] }],
});

describe('findOffsetProblems', () => {
  it('finds nothing wrong with a composed document', () => {
    expect(findOffsetProblems(document)).toEqual([]);
  });

  it('reports a span that no longer matches its text, and overlapping spans', () => {
    const [section] = document.sections;
    const [first, second] = section?.blocks ?? [];
    const broken = { ...document, sections: [{ ...section!, blocks: [first!, { ...second!, start: first!.start + 1 }] }] };
    expect(findOffsetProblems(broken)).toEqual(['block 1 of kop does not match its text', 'block 1 of kop overlaps block 0 of kop']);
  });
});
