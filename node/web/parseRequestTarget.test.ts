import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maximumTargetLength, parseRequestTarget } from './parseRequestTarget.js';

describe('parseRequestTarget', () => {
  it.each([
    ['/', '/', ''],
    ['/index.html', '/index.html', ''],
    ['/?launch=abc', '/', 'launch=abc'],
    ['/doc/werkplaats-zwolle', '/doc/werkplaats-zwolle', ''],
    ['/assets/app%20x.js?v=1&w=2', '/assets/app%20x.js', 'v=1&w=2'],
    ['/api/listDocuments', '/api/listDocuments', ''],
  ])('reads %s as path %s and query "%s"', (raw, pathname, query) => {
    const target = parseRequestTarget(raw);
    expect(target?.pathname).toBe(pathname);
    expect(target?.query.toString()).toBe(query);
  });

  it.each([
    ['//'],
    ['//a:99999'],
    ['//['],
    ['//%'],
    ['/%'],
    ['/%E0%A4%A'],
    ['*'],
    ['http://evil.example/'],
    ['evil'],
    [''],
    ['/a b'],
    ['/a\u0000b'],
    ['/a#b'],
    [`/${'a'.repeat(maximumTargetLength)}`],
  ])('refuses %j', (raw) => {
    expect(parseRequestTarget(raw)).toBeNull();
  });

  it('refuses a missing target', () => {
    expect(parseRequestTarget(undefined)).toBeNull();
  });

  it('never throws, and what it accepts stays a single-slash path on this host', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl().map((url) => url.replace(/^https?:/, ''))), (raw) => {
        const target = parseRequestTarget(raw);
        if (target !== null) {
          expect(target.pathname.startsWith('/')).toBe(true);
          expect(target.pathname.startsWith('//')).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
