import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentHref } from './reader/readerRoute.js';
import { hashLocation } from './routing/view.js';
import { themeHref } from './themes/themeRoutes.js';
import { matchView, menuViews, views } from './views.js';

function matched(hash: string): { id: string; params: unknown } | null {
  const match = matchView(hash);
  return match ? { id: match.view.id, params: match.params } : null;
}

describe('the view registry', () => {
  it('finds every view declared in a feature folder, each under its own id', () => {
    const ids = views.map((view) => view.id);
    expect(ids).toEqual(expect.arrayContaining(['library', 'reader', 'themes', 'theme', 'theme-map', 'notes']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds the main menu from the views that ask for a place, in their order', () => {
    const menu = menuViews.map((view) => view.id);
    expect(menu[0]).toBe('library');
    const core = menu.filter((id) => ['library', 'themes', 'theme-map', 'notes'].includes(id));
    expect(core).toEqual(['library', 'themes', 'theme-map', 'notes']);
    for (const view of views) if (view.menuParent) expect(menuViews.map((entry) => entry.id)).toContain(view.menuParent);
  });

  it.each([
    ['', { id: 'library', params: {} }],
    ['#/', { id: 'library', params: {} }],
    ['#/themes', { id: 'themes', params: {} }],
    ['#/map', { id: 'theme-map', params: {} }],
    ['#/notes', { id: 'notes', params: {} }],
    ['#/theme/informal-care', { id: 'theme', params: { themeId: 'informal-care' } }],
    ['#/doc/werkplaats-flevoland', { id: 'reader', params: { name: 'reader', docId: 'werkplaats-flevoland', at: null, query: null, themeId: null, annotationId: null, section: null } }],
    ['#/doc/a?at=120&q=mantelzorg&theme=youth', { id: 'reader', params: { name: 'reader', docId: 'a', at: 120, query: 'mantelzorg', themeId: 'youth', annotationId: null, section: null } }],
    ['#/doc/a?at=-3', { id: 'reader', params: { name: 'reader', docId: 'a', at: null, query: null, themeId: null, annotationId: null, section: null } }],
    ['#/doc/%E0%A4%A', null],
    ['#/elders', null],
  ])('reads %j as the right view', (hash, expected) => {
    expect(matched(hash)).toEqual(expected);
  });

  it('lets no two views claim the same location', () => {
    const hashes = ['#/', '#/themes', '#/map', '#/notes', themeHref('a/b'), documentHref('x', { at: 3, query: 'q' }), '#/doc/themes', '#/theme/doc'];
    for (const hash of hashes) {
      const claims = views.filter((view) => view.parse(hashLocation(hash)) !== null).map((view) => view.id);
      expect(claims, hash).toHaveLength(1);
    }
  });

  it('reads back every reader and theme link it makes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(fc.nat(), { nil: undefined }), fc.option(fc.string({ minLength: 1 }), { nil: undefined }), (docId, at, query) => {
        expect(matched(documentHref(docId, { at, query }))).toMatchObject({ id: 'reader', params: { docId, at: at ?? null, query: query ?? null } });
        expect(matched(themeHref(docId))).toEqual({ id: 'theme', params: { themeId: docId } });
      }),
    );
  });
});
