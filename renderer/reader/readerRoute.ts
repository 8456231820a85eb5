/** The reader's route, `#/doc/<id>?at=…&q=…&theme=…&annotation=…`: read here, written by every link into a document. */
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
  };
}

/** The reader for `docId`, optionally at a passage with a query, theme or annotation to mark. */
export function documentHref(docId: string, options: { at?: number; query?: string; themeId?: string; annotationId?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.at !== undefined) params.set('at', String(options.at));
  if (options.query) params.set('q', options.query);
  if (options.themeId) params.set('theme', options.themeId);
  if (options.annotationId) params.set('annotation', options.annotationId);
  const search = params.toString();
  return `#/doc/${encodeURIComponent(docId)}${search ? `?${search}` : ''}`;
}
