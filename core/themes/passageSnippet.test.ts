import { describe, expect, it } from 'vitest';
import { passageSnippet } from './passageSnippet.js';

const long = `${'Een lange inleiding over de regio en haar gemeenten. '.repeat(8)}Hier gaat het over mantelzorgers en vrijwilligers. ${'Daarna volgt nog meer tekst. '.repeat(5)}`;

describe('passageSnippet', () => {
  it.each([
    ['a short passage whole', 'Sport en bewegen.', 0, 'Sport en bewegen.'],
    ['whitespace collapsed', 'Sport\n en   bewegen.', 0, 'Sport en bewegen.'],
  ])('keeps %s', (_, text, focus, expected) => {
    expect(passageSnippet(text, focus)).toBe(expected);
  });

  it.each([
    ['near the start', 10],
    ['far into the passage', long.indexOf('mantelzorgers')],
  ])('cuts a long passage to the budget with the focus %s inside it', (_, focus) => {
    const snippet = passageSnippet(long, focus);
    expect(snippet.length).toBeLessThanOrEqual(200);
    expect(snippet.endsWith('…')).toBe(true);
    if (focus > 100) expect(snippet).toMatch(/^….*mantelzorgers/);
  });
});
