import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BlockDraft, composeDocument, type DocumentDraft, type SectionDraft } from './composeDocument.js';
import { findOffsetProblems } from './findOffsetProblems.js';

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const blockDraft: fc.Arbitrary<BlockDraft> = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), text }),
  fc.record({ type: fc.constant('quote' as const), text, attribution: fc.option(text, { nil: null }) }),
  fc.record({
    type: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(fc.record({ text, depth: fc.constantFrom(0, 1) }), { minLength: 1, maxLength: 4 }),
  }),
);
const sectionDraft: fc.Arbitrary<SectionDraft> = fc.record({
  id: fc.string({ maxLength: 10 }),
  heading: fc.option(text, { nil: null }),
  blocks: fc.array(blockDraft, { maxLength: 4 }),
});

function draftWith(title: string, sections: SectionDraft[]): DocumentDraft {
  return {
    id: 'doc',
    source: 'doc.txt',
    title,
    label: null,
    region: 'Flevoland',
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
    sections,
  };
}

/** The concatenation rule, written out independently of the implementation. */
function expectedText(title: string, sections: readonly SectionDraft[]): string {
  const parts = [title];
  for (const section of sections) {
    if (section.heading !== null) parts.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') parts.push(block.text);
      else if (block.type === 'quote') parts.push(block.attribution === null ? block.text : `${block.text}\n${block.attribution}`);
      else parts.push(block.items.map((item) => item.text).join('\n'));
    }
  }
  return parts.join('\n\n');
}

describe('composeDocument', () => {
  it('joins title, headings and blocks with blank lines, list items and attributions with a newline', () => {
    const document = composeDocument(
      draftWith('Titel', [
        { id: 'inleiding', heading: null, blocks: [{ type: 'paragraph', text: 'Lead.' }] },
        {
          id: 'deel',
          heading: 'Deel',
          blocks: [
            { type: 'quote', text: 'Mooi', attribution: 'Kitty Jurrius' },
            { type: 'list', ordered: true, items: [{ text: 'Een', depth: 0 }, { text: 'Twee', depth: 1 }] },
          ],
        },
      ]),
    );
    expect(document.text).toBe('Titel\n\nLead.\n\nDeel\n\nMooi\nKitty Jurrius\n\nEen\nTwee');
    const [lead, part] = document.sections;
    expect(lead).toMatchObject({ start: 7, end: 12, headingSpan: null });
    expect(part).toMatchObject({ start: 14, end: document.text.length, headingSpan: { start: 14, end: 18 } });
    expect(part?.blocks[0]).toMatchObject({ start: 20, end: 24, attributionSpan: { start: 25, end: 38 } });
  });

  it('always produces the text the concatenation rule describes, with consistent offsets', () => {
    fc.assert(
      fc.property(text, fc.array(sectionDraft, { maxLength: 5 }), (title, sections) => {
        const document = composeDocument(draftWith(title, sections));
        expect(document.text).toBe(expectedText(title, sections));
        expect(findOffsetProblems(document)).toEqual([]);
      }),
    );
  });

  it('gives back the same document when composing a composed document again', () => {
    fc.assert(
      fc.property(text, fc.array(sectionDraft, { maxLength: 5 }), (title, sections) => {
        const document = composeDocument(draftWith(title, sections));
        expect(composeDocument(document)).toEqual(document);
      }),
    );
  });
});
