/** Turns the raw request target of an HTTP request into a path and query, or null, without ever throwing. */

/** Longest request target the web host reads; the app's own URLs are far shorter. */
export const maximumTargetLength = 4096;

/** The parts of a request target the web host routes on. */
export interface RequestTarget {
  /** The path as sent, still percent-encoded, always starting with a single `/`. */
  pathname: string;
  /** The decoded query parameters. */
  query: URLSearchParams;
}

/**
 * Parses an origin-form request target (`/path?query`). Returns null for anything else: an empty or
 * overlong target, a scheme- or protocol-relative form (`//host`, `http://…`, `*`), control characters,
 * or a path whose percent-encoding does not decode.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maximumTargetLength) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  if (/[\u0000-\u0020\u007f]/.test(raw)) return null;
  const queryStart = raw.indexOf('?');
  const pathname = queryStart === -1 ? raw : raw.slice(0, queryStart);
  if (pathname.includes('#')) return null;
  try {
    decodeURIComponent(pathname);
    const parsed = new URL(`http://127.0.0.1${raw}`);
    if (parsed.host !== '127.0.0.1') return null;
    return { pathname, query: parsed.searchParams };
  } catch {
    return null;
  }
}
