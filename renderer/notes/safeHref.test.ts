import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeHref as coreIsSafeHref } from '../../core/annotations/sanitizeNote.js';
import { isSafeHref } from './safeHref.js';

describe('isSafeHref', () => {
  it.each([
    ['https://www.windesheim.nl/', true],
    ['mailto:l.vanderwurff@windesheim.nl', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' https://x.nl', false],
    ['data:text/html,<script>', false],
    ['https://x.nl/a b', false],
  ])('%s → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  it('agrees with the server rule for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('mailto:', 'http://', 'javascript:', 'https://@x')).chain((prefix) => fc.string().map((rest) => prefix + rest)), (href) => {
        expect(isSafeHref(href)).toBe(coreIsSafeHref(href));
      }),
      { numRuns: 500 },
    );
  });
});
