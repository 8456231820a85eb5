/** Maps a URL path to a file inside a folder, refusing anything that could step outside it. */
import { join, resolve, sep } from 'node:path';

/**
 * Returns the absolute file for `pathname` inside `root`, or null when the path is malformed,
 * has `..` segments (encoded or not), backslashes or NUL bytes.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  return file === base || file.startsWith(base + sep) ? file : null;
}
