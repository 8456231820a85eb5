import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitByDecorations, type TextDecoration } from './textDecorations.js';

describe('splitByDecorations', () => {
  it('leaves undecorated text whole', () => {
    expect(splitByDecorations('mantelzorg', 100, [])).toEqual([{ text: 'mantelzorg', start: 100, decorations: [] }]);
  });

  it('cuts at every boundary and reports the covering decorations', () => {
    const search: TextDecoration = { start: 104, end: 110, kind: 'search' };
    const note: TextDecoration = { start: 100, end: 106, kind: 'annotation', id: 'a', color: 2 };
    const segments = splitByDecorations('de mantelzorg', 100, [search, note]);
    expect(segments.map((segment) => [segment.text, segment.decorations.map((decoration) => decoration.kind)])).toEqual([
      ['de m', ['annotation']],
      ['an', ['search', 'annotation']],
      ['telz', ['search']],
      ['org', []],
    ]);
  });

  it('ignores decorations outside the text', () => {
    expect(splitByDecorations('abc', 10, [{ start: 0, end: 10, kind: 'find' }, { start: 13, end: 20, kind: 'find' }])).toHaveLength(1);
  });

  it('always reassembles the text, with runs at the right offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.nat(1000),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 1070 }), length: fc.integer({ min: 0, max: 30 }) }), { maxLength: 8 }),
        (text, textStart, ranges) => {
          const decorations = ranges.map(({ start, length }): TextDecoration => ({ start, end: start + length, kind: 'find' }));
          const segments = splitByDecorations(text, textStart, decorations);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          let offset = textStart;
          for (const segment of segments) {
            expect(segment.start).toBe(offset);
            offset += segment.text.length;
            for (const decoration of segment.decorations) {
              expect(decoration.start).toBeLessThanOrEqual(segment.start);
              expect(decoration.end).toBeGreaterThanOrEqual(segment.start + segment.text.length);
            }
          }
        },
      ),
    );
  });
});
