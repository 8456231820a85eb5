import { describe, expect, it } from 'vitest';
import { truncateText } from './truncateText.js';

describe('truncateText', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateText('Kort genoeg.', 20)).toBe('Kort genoeg.');
  });

  it('cuts at a word boundary, drops dangling function words and marks the cut', () => {
    expect(truncateText('Het project binnen het programma van de Werkplaats', 40)).toBe('Het project binnen het programma…');
  });

  it('never leaves half of a surrogate pair', () => {
    expect(truncateText('😀'.repeat(10), 6)).toBe('😀😀…');
  });
});
