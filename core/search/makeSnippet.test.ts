import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeSpans } from './makeSnippet.js';

const long = Array.from({ length: 80 }, (_, i) => `woord${i}`).join(' ');

describe('makeSnippet', () => {
  it('keeps short passages whole', () => {
    expect(makeSnippet('Korte tekst over zorg.', [{ start: 17, end: 21 }])).toEqual({ text: 'Korte tekst over zorg.', highlights: [{ start: 17, end: 21 }] });
  });

  it('cuts long passages at word boundaries around the match, with ellipses', () => {
    const at = long.indexOf('woord50');
    const snippet = makeSnippet(long, [{ start: at, end: at + 7 }]);
    expect(snippet.text.startsWith('… woord')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.text.length).toBeGreaterThanOrEqual(160);
    expect(snippet.text.length).toBeLessThanOrEqual(224);
    const [highlight] = snippet.highlights;
    expect(snippet.text.slice(highlight!.start, highlight!.end)).toBe('woord50');
  });

  it('prefers the densest cluster of matches', () => {
    const spans = ['woord3', 'woord60', 'woord61', 'woord62'].map((word) => ({ start: long.indexOf(word + ' '), end: long.indexOf(word + ' ') + word.length }));
    const snippet = makeSnippet(long, spans);
    expect(snippet.highlights.map((span) => snippet.text.slice(span.start, span.end))).toEqual(['woord60', 'woord61', 'woord62']);
  });

  it('merges overlapping spans', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 8, end: 12 }])).toEqual([{ start: 0, end: 3 }, { start: 5, end: 12 }]);
  });
});
