/** Hash routes (`#/`, `#/doc/<id>`) so a reload keeps the view and the query string stays untouched. */

export type Route = { name: 'library' } | { name: 'reader'; docId: string } | { name: 'not-found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const match = /^\/doc\/(.+)$/.exec(path);
  if (match) {
    try {
      return { name: 'reader', docId: decodeURIComponent(match[1]!) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}

export const libraryHref = '#/';

export function documentHref(docId: string): string {
  return `#/doc/${encodeURIComponent(docId)}`;
}

/** Goes to `href` (a hash route) without touching the path or query string. */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
