/** The reader's route, `#/doc/<id>?at=…&q=…&theme=…&annotation=…&section=…`: read here, written by every link into a document, deep links included. */
import { decodeSegment, type HashLocation } from '../routing/view.js';

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

/** The reader route at `location`, or null when it is not a document link (or its id is badly encoded). */
export function parseReaderRoute({ path, params }: HashLocation): ReaderRoute | null {
  const match = /^\/doc\/(.+)$/.exec(path);
  const docId = match ? decodeSegment(match[1]!) : null;
  if (docId === null) return null;
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
  const fragment = hash.length > 1 ? decodeSegment(hash.slice(1)) : null;
  return deepLinkHref(docId, fragment === '' ? null : fragment);
}
