/** The app:// protocol that serves the built renderer, so pages never load from file:// and always carry the CSP. */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { contentSecurityPolicy } from '../node/security/contentSecurityPolicy.js';
import { resolveStaticPath } from '../node/security/resolveStaticPath.js';

export const appScheme = 'app';
export const appHost = 'werkplaats';
/** Where the main window starts. */
export const appOrigin = `${appScheme}://${appHost}`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Answers one app:// request from `rendererDir`; anything outside it is refused. */
export async function serveAppRequest(requestUrl: string, rendererDir: string): Promise<Response> {
  const url = new URL(requestUrl);
  const headers = { 'content-security-policy': contentSecurityPolicy('electron'), 'x-content-type-options': 'nosniff' };
  if (url.host !== appHost) return new Response('Verboden', { status: 403, headers });
  const root = resolve(rendererDir);
  const found = resolveStaticPath(root, url.pathname);
  if (found === null) return new Response('Verboden', { status: 403, headers });
  const file = found === root ? join(root, 'index.html') : found;
  // Paths without a file are routes of the single-page app.
  const content = await readFile(file).catch(() => readFile(join(root, 'index.html')));
  const type = contentTypes[extname(file)] ?? 'text/html; charset=utf-8';
  return new Response(new Uint8Array(content), { status: 200, headers: { ...headers, 'content-type': type } });
}
