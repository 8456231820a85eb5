import { describe, expect, it } from 'vitest';
import { hashLocation } from '../routing/view.js';
import { deepLinkHref, parseReaderRoute, startLinkHref } from './readerRoute.js';

describe('deepLinkHref', () => {
  it.each([
    ['werkplaats-zwolle', null, '#/doc/werkplaats-zwolle'],
    ['werkplaats-zwolle', 'inleiding', '#/doc/werkplaats-zwolle?section=inleiding'],
    ['werkplaats-zwolle', '6F1C2B0E-3D4A-4B5C-8D9E-0F1A2B3C4D5E', '#/doc/werkplaats-zwolle?annotation=6F1C2B0E-3D4A-4B5C-8D9E-0F1A2B3C4D5E'],
  ])('%s#%s opens %s', (docId, fragment, href) => {
    expect(deepLinkHref(docId, fragment)).toBe(href);
  });

  it('gives a route the reader reads back with the section or annotation', () => {
    expect(parseReaderRoute(hashLocation(deepLinkHref('a', 'over-ons')))).toMatchObject({ docId: 'a', section: 'over-ons', annotationId: null });
    expect(parseReaderRoute(hashLocation(deepLinkHref('a', '6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e')))).toMatchObject({ docId: 'a', section: null, annotationId: '6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e' });
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
