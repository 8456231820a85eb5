/** Hash routes (`#/`, `#/doc/<id>?at=…`, `#/themes`, …) so a reload keeps the view and the query string stays untouched. */

/** The reader, optionally opened at a passage with something to mark there. */
export interface ReaderRoute {
  name: 'reader';
  docId: string;
  /** Canonical offset to scroll to (a search hit or theme passage), instead of the saved reading position. */
  at: number | null;
  /** The search query whose matches to mark. */
  query: string | null;
  /** The theme whose evidence to mark. */
  themeId: string | null;
  /** The annotation to scroll to and flash. */
  annotationId: string | null;
  /** The section to open at (from a deep link), when no `at` is given. */
  section: string | null;
}

export type Route =
  | { name: 'library' }
  | ReaderRoute
  | { name: 'themes' }
  | { name: 'theme'; themeId: string }
  | { name: 'theme-map' }
  | { name: 'notes' }
  | { name: 'not-found' };

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function readerRoute(docId: string, params: URLSearchParams): ReaderRoute {
  const at = Number(params.get('at'));
  return {
    name: 'reader',
    docId,
    at: params.has('at') && Number.isInteger(at) && at >= 0 ? at : null,
    query: params.get('q'),
    themeId: params.get('theme'),
    annotationId: params.get('annotation'),
    section: params.get('section'),
  };
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split(/\?(.*)/s, 2);
  const params = new URLSearchParams(search);
  if (path === '' || path === '/') return { name: 'library' };
  if (path === '/themes') return { name: 'themes' };
  if (path === '/map') return { name: 'theme-map' };
  if (path === '/notes') return { name: 'notes' };
  const reader = /^\/doc\/(.+)$/.exec(path);
  if (reader) {
    const docId = decode(reader[1]!);
    return docId === null ? { name: 'not-found' } : readerRoute(docId, params);
  }
  const theme = /^\/theme\/(.+)$/.exec(path);
  if (theme) {
    const themeId = decode(theme[1]!);
    return themeId === null ? { name: 'not-found' } : { name: 'theme', themeId };
  }
  return { name: 'not-found' };
}

export const libraryHref = '#/';
export const themesHref = '#/themes';
export const themeMapHref = '#/map';
export const notesHref = '#/notes';

export function themeHref(themeId: string): string {
  return `#/theme/${encodeURIComponent(themeId)}`;
}

/** The reader for `docId`, optionally at a passage with a query, theme or annotation to mark. */
export function documentHref(docId: string, options: { at?: number; query?: string; themeId?: string; annotationId?: string; section?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.at !== undefined) params.set('at', String(options.at));
  if (options.query) params.set('q', options.query);
  if (options.themeId) params.set('theme', options.themeId);
  if (options.annotationId) params.set('annotation', options.annotationId);
  if (options.section) params.set('section', options.section);
  const search = params.toString();
  return `#/doc/${encodeURIComponent(docId)}${search ? `?${search}` : ''}`;
}

/** Goes to `href` (a hash route) without touching the path or query string. */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

/** Annotation ids are UUIDs; section ids are readable slugs, so the two never collide. */
const annotationIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The reader route for a deep link (`werkplaats://doc/<id>#<fragment>`): at the annotation or section the fragment names. */
export function deepLinkHref(docId: string, fragment: string | null): string {
  if (fragment === null) return documentHref(docId);
  return annotationIdPattern.test(fragment) ? documentHref(docId, { annotationId: fragment }) : documentHref(docId, { section: fragment });
}

/** Query parameter the hosts use to open a deep link at start (`/?doc=<id>#<fragment>`): the web host redirects `/doc/<id>` there. */
export const startDocumentParameter = 'doc';

/**
 * The hash route a start address asks for: `?doc=<id>` with the fragment as the hash. Null when the
 * address holds no such link, or when the hash is already a route of the app.
 */
export function startLinkHref(search: string, hash: string): string | null {
  const docId = new URLSearchParams(search).get(startDocumentParameter);
  if (!docId || docId.length > 200) return null;
  if (hash.startsWith('#/')) return null;
  const fragment = hash.length > 1 ? decode(hash.slice(1)) : null;
  return deepLinkHref(docId, fragment === '' ? null : fragment);
}
