import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentHref, parseRoute, themeHref } from './route.js';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/themes', { name: 'themes' }],
    ['#/map', { name: 'theme-map' }],
    ['#/notes', { name: 'notes' }],
    ['#/theme/informal-care', { name: 'theme', themeId: 'informal-care' }],
    ['#/doc/werkplaats-flevoland', { name: 'reader', docId: 'werkplaats-flevoland', at: null, query: null, themeId: null, annotationId: null }],
    ['#/doc/a?at=120&q=mantelzorg&theme=youth', { name: 'reader', docId: 'a', at: 120, query: 'mantelzorg', themeId: 'youth', annotationId: null }],
    ['#/doc/a?at=-3', { name: 'reader', docId: 'a', at: null, query: null, themeId: null, annotationId: null }],
    ['#/doc/%E0%A4%A', { name: 'not-found' }],
    ['#/elders', { name: 'not-found' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every reader link it makes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(fc.nat(), { nil: undefined }), fc.option(fc.string({ minLength: 1 }), { nil: undefined }), (docId, at, query) => {
        const route = parseRoute(documentHref(docId, { at, query }));
        expect(route).toMatchObject({ name: 'reader', docId, at: at ?? null, query: query ?? null });
      }),
    );
    expect(parseRoute(themeHref('a/b'))).toEqual({ name: 'theme', themeId: 'a/b' });
  });
});
