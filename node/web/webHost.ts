/** Serves the renderer and the API over HTTP on loopback only, for browsers and for tests in real Chromium. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { httpStatusOf, type ApiFailure } from '../../common/apiError.js';
import { dispatch } from '../../core/api/dispatch.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import { contentSecurityPolicy } from '../security/contentSecurityPolicy.js';
import { exceedsJsonDepth } from '../security/measureJsonDepth.js';
import { resolveStaticPath } from '../security/resolveStaticPath.js';
import { deepLinkScheme, parseDeepLink } from '../../core/links/deepLink.js';
import { LaunchCodes } from './launchCodes.js';
import { parseRequestTarget } from './parseRequestTarget.js';

/** Header that carries the per-launch token for programs (tests, scripts); the browser sends the session cookie instead. */
export const tokenHeader = 'x-werkplaats-token';
/** Query parameter of the one-time launch code in the link the host prints and opens. */
export const launchParameter = 'launch';
/** Largest API request body, in bytes. */
export const maximumBodyBytes = 1024 * 1024;
/** Deepest nesting of arrays and objects an API body may have; the app's own inputs need fewer than 12. */
export const maximumJsonDepth = 64;
/** Imports carry whole files (a page as base64, an annotation file as text), so only these methods may send more. */
const importBodyBytes = 40 * 1024 * 1024;
const importMethods = new Set(['importPage', 'previewAnnotationImport', 'importAnnotations']);
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

/** How long the host waits for a client, in milliseconds. */
export interface WebHostTimeouts {
  /** Whole request, headers and body. */
  requestTimeout: number;
  /** Headers of a request, from the moment the connection is ready for one. */
  headersTimeout: number;
  /** An idle keep-alive connection between requests. */
  keepAliveTimeout: number;
}

/** The defaults: generous for a local browser, short enough that idle or slow clients cannot hold connections. */
export const defaultTimeouts: WebHostTimeouts = { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebHostOptions {
  api: WerkplaatsApi;
  /** Folder of the built renderer. */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Must be a loopback address; anything else is refused. */
  host?: string;
  /** Defaults to 32 random bytes. */
  token?: string;
  /** Defaults to `defaultTimeouts`. */
  timeouts?: Partial<WebHostTimeouts>;
}

export interface WebHost {
  /** The address to open first: it carries a one-time launch code, never the token. */
  url: string;
  /** The origin every page of the app has (`http://127.0.0.1:<port>`). */
  origin: string;
  port: number;
  /** The session secret: the value of the session cookie, and of `tokenHeader` for programs. */
  token: string;
  /** Name of the HttpOnly session cookie; it carries the port, so hosts on other ports never share it. */
  cookieName: string;
  /** A fresh one-time link, for opening the app again in another browser. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

const plainText = 'text/plain; charset=utf-8';
const html = 'text/html; charset=utf-8';

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy('web'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...extra,
  });
  response.end(body);
}

/** Answers a refused request and closes its connection, so a refused client cannot keep it open or send more on it. */
function refuse(response: ServerResponse, status: number, body: string, type = plainText): void {
  send(response, status, body, type, { connection: 'close' });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value));
}

/** Refuses a call with the status its code maps to, the same `{ok: false, error}` body `dispatch` gives, and a closed connection. */
function refuseCall(response: ServerResponse, error: ApiFailure): void {
  refuse(response, httpStatusOf(error.code), JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
}

/** A small page with no script, in Dutch and English, for a browser that is turned away. */
function refusalPage(dutch: string, english: string): string {
  return `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Werkplaats Reader</title><main style="font:16px/1.5 sans-serif;max-width:36rem;margin:4rem auto"><h1>Werkplaats Reader</h1><p>${dutch}</p><p lang="en">${english}</p></main></html>`;
}

function sameToken(given: string | string[] | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of cookie `name` in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/** Host header check: blocks DNS-rebinding pages that reach the port under another name. */
function isLoopbackHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  if (!match) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '');
  return loopbackHosts.has(name) && Number(match[2] ?? 80) === port;
}

function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && origin.startsWith('http://') && isLoopbackHostHeader(origin.slice('http://'.length), port);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface HostState {
  api: WerkplaatsApi;
  rendererDir: string;
  token: string;
  port: number;
  cookieName: string;
  launchCodes: LaunchCodes;
}

function hasSession(request: IncomingMessage, state: HostState): boolean {
  return sameToken(readCookie(request.headers.cookie, state.cookieName), state.token);
}

/**
 * A call is let in with the token in `tokenHeader` (programs), or with the session cookie from a page
 * of this very origin: SameSite does not separate ports, so the Origin header must name this one.
 */
function isAuthorized(request: IncomingMessage, state: HostState): boolean {
  if (sameToken(request.headers[tokenHeader], state.token)) return true;
  return hasSession(request, state) && isOwnOrigin(request.headers.origin, state.port);
}

async function handleApi(request: IncomingMessage, response: ServerResponse, state: HostState, method: string) {
  if (request.method !== 'POST') return refuseCall(response, { code: 'method-not-allowed', params: {} });
  if (!isAuthorized(request, state)) return refuseCall(response, { code: 'unauthorized', params: {} });
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, state.port)) return refuseCall(response, { code: 'forbidden-origin', params: {} });
  const limit = importMethods.has(method) ? importBodyBytes : maximumBodyBytes;
  const body = await readBody(request, limit);
  if (body === null) {
    // The rest of the body is never read, so this connection cannot carry another request.
    response.on('finish', () => request.destroy());
    return refuseCall(response, { code: 'body-too-large', params: { limitBytes: limit } });
  }
  if (exceedsJsonDepth(body, maximumJsonDepth)) return refuseCall(response, { code: 'json-too-deep', params: { limit: maximumJsonDepth } });
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuseCall(response, { code: 'invalid-json', params: {} });
  }
  const result = await dispatch(state.api, method, input);
  if (result.ok) sendJson(response, 200, result);
  else sendJson(response, httpStatusOf(result.error.code), result);
}

/**
 * Where a page request lands. A deep-link path (`/doc/<id>`, the web form of `werkplaats://doc/<id>`)
 * goes to `/?doc=<id>`, which the renderer opens; the browser carries the `#fragment` over the redirect.
 * Null for a `/doc/` path that is no valid link.
 */
export function landingPath(pathname: string): string | null {
  if (!pathname.startsWith('/doc/')) return pathname;
  const parsed = parseDeepLink(`${deepLinkScheme}:/${pathname}`);
  return parsed.ok ? `/?doc=${encodeURIComponent(parsed.link.docId)}` : null;
}

/**
 * The app's page needs a session. A valid launch code starts one (cookie, then a redirect that drops
 * the code from the address bar); a spent code opens nothing unless this browser already has a session.
 */
async function handlePage(request: IncomingMessage, response: ServerResponse, state: HostState, pathname: string, launchCode: string | null) {
  const landing = landingPath(pathname);
  if (landing === null) return refuse(response, 400, refusalPage('Deze link wijst niet naar een document.', 'This link does not point at a document.'), html);
  if (launchCode !== null) {
    if (state.launchCodes.redeem(launchCode)) {
      return send(response, 303, '', plainText, {
        location: landing,
        'set-cookie': `${state.cookieName}=${state.token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (hasSession(request, state)) return send(response, 303, '', plainText, { location: landing });
    return refuse(response, 403, refusalPage('Deze link is al gebruikt of verlopen. Start <code>npm run web</code> opnieuw voor een nieuwe link.', 'This link has been used or has expired. Run <code>npm run web</code> again for a new link.'), html);
  }
  if (!hasSession(request, state)) {
    return refuse(response, 401, refusalPage('Open de app via de link die <code>npm run web</code> toont.', 'Open the app through the link <code>npm run web</code> prints.'), html);
  }
  if (landing !== pathname) return send(response, 303, '', plainText, { location: landing });
  const content = await readFile(join(resolve(state.rendererDir), 'index.html')).catch(() => null);
  if (!content) return refuse(response, 404, 'Niet gevonden. Is de app gebouwd (npm run build)? / Not found. Was the app built?');
  send(response, 200, content, html);
}

async function handleStatic(request: IncomingMessage, response: ServerResponse, state: HostState, pathname: string, launchCode: string | null) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Alleen GET. / GET only.');
  const root = resolve(state.rendererDir);
  const file = resolveStaticPath(root, pathname);
  if (file === null) return refuse(response, 400, 'Ongeldig pad. / Invalid path.');
  const info = await stat(file).catch(() => null);
  // Paths without a file are routes of the single-page app; the page itself is the one thing that needs a session.
  if (!info || info.isDirectory() || file === join(root, 'index.html')) return handlePage(request, response, state, pathname, launchCode);
  const content = await readFile(file).catch(() => null);
  if (!content) return refuse(response, 404, 'Niet gevonden. / Not found.');
  send(response, 200, content, contentTypes[extname(file)] ?? 'application/octet-stream');
}

/** Routes one request; every failure, whatever the input, ends as a 4xx (or a 500 for a fault of the host itself), never as a crash. */
async function handleRequest(request: IncomingMessage, response: ServerResponse, state: HostState): Promise<void> {
  const target = parseRequestTarget(request.url);
  if (target === null) return refuse(response, 400, 'Ongeldig adres. / Invalid address.');
  if (!isLoopbackHostHeader(request.headers.host, state.port)) return refuse(response, 403, 'Alleen via 127.0.0.1 bereikbaar. / Reachable on 127.0.0.1 only.');
  if (target.pathname.startsWith('/api/')) return handleApi(request, response, state, target.pathname.slice('/api/'.length));
  return handleStatic(request, response, state, target.pathname, target.query.get(launchParameter));
}

/** Starts the web host; resolves once it listens. */
export async function startWebHost({ api, rendererDir, port = 0, host = '127.0.0.1', token = randomBytes(32).toString('hex'), timeouts = {} }: WebHostOptions): Promise<WebHost> {
  if (!loopbackHosts.has(host)) throw new Error(`De webhost luistert alleen op loopback (127.0.0.1), niet op ${host}.`);
  const limits = { ...defaultTimeouts, ...timeouts };
  const state: HostState = { api, rendererDir, token, port, cookieName: '', launchCodes: new LaunchCodes() };
  const server: Server = createServer({ requestTimeout: limits.requestTimeout, headersTimeout: limits.headersTimeout, keepAliveTimeout: limits.keepAliveTimeout, connectionsCheckingInterval: Math.min(1_000, limits.headersTimeout) }, (request, response) => {
    let reply: Promise<void>;
    try {
      reply = handleRequest(request, response, state);
    } catch (error) {
      reply = Promise.reject(error);
    }
    reply.catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Interne fout. / Internal error.');
      else response.destroy();
    });
  });
  // A connection that stays silent for a whole request timeout is dropped, whether or not it ever sent a request.
  server.on('connection', (socket) => socket.setTimeout(limits.requestTimeout, () => socket.destroy()));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  state.port = (server.address() as AddressInfo).port;
  state.cookieName = `werkplaats-${state.port}`;
  const shownHost = host === '::1' ? '[::1]' : host;
  const origin = `http://${shownHost}:${state.port}`;
  const newLaunchUrl = () => `${origin}/?${launchParameter}=${state.launchCodes.issue()}`;
  return {
    url: newLaunchUrl(),
    origin,
    port: state.port,
    token,
    cookieName: state.cookieName,
    newLaunchUrl,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections from an open browser tab would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
