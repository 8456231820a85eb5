import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepLinkHref, documentHref, parseRoute, startLinkHref, themeHref } from './route.js';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/themes', { name: 'themes' }],
    ['#/map', { name: 'theme-map' }],
    ['#/notes', { name: 'notes' }],
    ['#/theme/informal-care', { name: 'theme', themeId: 'informal-care' }],
    ['#/doc/werkplaats-flevoland', { name: 'reader', docId: 'werkplaats-flevoland', at: null, query: null, themeId: null, annotationId: null, section: null }],
    ['#/doc/a?at=120&q=mantelzorg&theme=youth', { name: 'reader', docId: 'a', at: 120, query: 'mantelzorg', themeId: 'youth', annotationId: null, section: null }],
    ['#/doc/a?at=-3', { name: 'reader', docId: 'a', at: null, query: null, themeId: null, annotationId: null, section: null }],
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

describe('deepLinkHref', () => {
  it.each([
    ['werkplaats-zwolle', null, '#/doc/werkplaats-zwolle'],
    ['werkplaats-zwolle', 'inleiding', '#/doc/werkplaats-zwolle?section=inleiding'],
    ['werkplaats-zwolle', '6F1C2B0E-3D4A-4B5C-8D9E-0F1A2B3C4D5E', '#/doc/werkplaats-zwolle?annotation=6F1C2B0E-3D4A-4B5C-8D9E-0F1A2B3C4D5E'],
  ])('%s#%s opens %s', (docId, fragment, href) => {
    expect(deepLinkHref(docId, fragment)).toBe(href);
  });
});

describe('startLinkHref', () => {
  it.each([
    ['?doc=werkplaats-zwolle', '', '#/doc/werkplaats-zwolle'],
    ['?doc=werkplaats-zwolle', '#over-ons', '#/doc/werkplaats-zwolle?section=over-ons'],
    ['?doc=cli%C3%ABnt', '#sectie%20twee', '#/doc/cli%C3%ABnt?section=sectie+twee'],
    ['', '#/notes', null],
    ['?doc=a', '#/notes', null],
    ['?doc=', '', null],
    ['?other=1', '', null],
  ])('%s %s → %s', (search, hash, href) => {
    expect(startLinkHref(search, hash)).toBe(href);
  });
});
