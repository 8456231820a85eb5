import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeHref } from './isSafeHref.js';

describe('isSafeHref', () => {
  it.each([
    ['https://www.windesheim.nl/', true],
    ['http://example.org/a?b=c#d', true],
    ['mailto:l.vanderwurff@windesheim.nl', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' https://x.nl', false],
    ['https://x.nl/\u0085', false],
    ['https://x.nl/\u2028', false],
    ['https://x.nl/\u00a0', false],
    ['data:text/html,<script>', false],
    ['https://x.nl/a b', false],
    ['https://', false],
    ['mailto://x', false],
    ['//evil.example/x', false],
  ])('%j → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  it('accepts only http(s) and mailto, without control characters or spaces, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('mailto:', 'http://', 'javascript:', 'https://@x')).chain((prefix) => fc.string().map((rest) => prefix + rest)), (href) => {
        if (!isSafeHref(href)) return;
        expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
        expect(href).not.toMatch(/[\u0000-\u0020\u007f-\u009f\s]/);
      }),
      { numRuns: 500 },
    );
  });
});
