import { describe, expect, it } from 'vitest';
import { composeDocument } from './composeDocument.js';
import { toDocumentSummary } from './toDocumentSummary.js';

describe('toDocumentSummary', () => {
  it('keeps the library fields and counts the sections, without the body', () => {
    const document = composeDocument({
      id: 'werkplaats-drenthe',
      source: 'd.txt',
      title: 'Werkplaats Sociaal Domein Drenthe',
      label: 'Jeugd',
      region: 'Drenthe',
      kind: 'profile',
      hogeschool: 'Hogeschool Drenthe',
      lectoraat: null,
      lectors: ['Anna de Vries'],
      published: null,
      themes: ['Wonen'],
      municipalities: ['Assen'],
      contact: null,
      origin: null,
      summary: 'Een samenvatting.',
      sections: [
        { id: 'inleiding', heading: null, blocks: [{ type: 'paragraph', text: 'Een samenvatting.' }] },
        { id: 'wonen', heading: 'Wonen', blocks: [] },
      ],
    });
    expect(toDocumentSummary(document)).toEqual({
      id: 'werkplaats-drenthe',
      source: 'd.txt',
      title: 'Werkplaats Sociaal Domein Drenthe',
      label: 'Jeugd',
      region: 'Drenthe',
      kind: 'profile',
      hogeschool: 'Hogeschool Drenthe',
      published: null,
      themes: ['Wonen'],
      summary: 'Een samenvatting.',
      sectionCount: 2,
      lectoraat: null,
      municipalities: ['Assen'],
    });
  });
});
