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
import { resolveStaticPath } from '../security/resolveStaticPath.js';

/** Header that carries the per-launch token on every API call. */
export const tokenHeader = 'x-werkplaats-token';
const maximumBodyBytes = 1024 * 1024;
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

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
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy('web'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value));
}

/** Answers a refused call with the status its code maps to and the same `{ok: false, error}` body `dispatch` gives. */
function sendFailure(response: ServerResponse, error: ApiFailure): void {
  sendJson(response, httpStatusOf(error.code), { ok: false, error });
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Host header check: blocks DNS-rebinding pages that reach the port under another name. */
function isLoopbackHostHeader(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader);
  if (!match) return false;
  const name = match[1]!.replace(/^\[|\]$/g, '');
  return loopbackHosts.has(name) && Number(match[2] ?? 80) === port;
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maximumBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(request: IncomingMessage, response: ServerResponse, api: WerkplaatsApi, token: string, method: string, port: number) {
  if (request.method !== 'POST') return sendFailure(response, { code: 'method-not-allowed', params: {} });
  if (!sameToken(request.headers[tokenHeader], token)) return sendFailure(response, { code: 'unauthorized', params: {} });
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackHostHeader(origin.replace(/^https?:\/\//, ''), port)) {
    return sendFailure(response, { code: 'forbidden-origin', params: {} });
  }
  const body = await readBody(request);
  if (body === null) {
    // The rest of the body is never read, so this connection cannot carry another request.
    response.setHeader('connection', 'close');
    response.on('finish', () => request.destroy());
    return sendFailure(response, { code: 'body-too-large', params: { limitBytes: maximumBodyBytes } });
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendFailure(response, { code: 'invalid-json', params: {} });
  }
  const result = await dispatch(api, method, input);
  if (result.ok) sendJson(response, 200, result);
  else sendFailure(response, result.error);
}

async function handleStatic(response: ServerResponse, rendererDir: string, pathname: string) {
  const root = resolve(rendererDir);
  let file = resolveStaticPath(root, pathname);
  if (file === null) return send(response, 403, 'Verboden', 'text/plain; charset=utf-8');
  const info = await stat(file).catch(() => null);
  // Paths without a file are routes of the single-page app.
  if (!info || info.isDirectory()) file = join(root, 'index.html');
  const content = await readFile(file).catch(() => null);
  if (!content) return send(response, 404, 'Niet gevonden. Is de app gebouwd (npm run build)?', 'text/plain; charset=utf-8');
  send(response, 200, content, contentTypes[extname(file)] ?? 'application/octet-stream');
}

/** Starts the web host; resolves once it listens. */
export async function startWebHost({ api, rendererDir, port = 0, host = '127.0.0.1', token = randomBytes(32).toString('hex') }: WebHostOptions): Promise<WebHost> {
  if (!loopbackHosts.has(host)) throw new Error(`De webhost luistert alleen op loopback (127.0.0.1), niet op ${host}.`);
  let listeningPort = port;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const reply = isLoopbackHostHeader(request.headers.host, listeningPort)
      ? url.pathname.startsWith('/api/')
        ? handleApi(request, response, api, token, url.pathname.slice('/api/'.length), listeningPort)
        : handleStatic(response, rendererDir, url.pathname)
      : Promise.resolve(send(response, 403, 'Alleen via 127.0.0.1 bereikbaar.', 'text/plain; charset=utf-8'));
    reply.catch(() => {
      if (!response.headersSent) send(response, 500, 'Interne fout', 'text/plain; charset=utf-8');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  listeningPort = (server.address() as AddressInfo).port;
  const shownHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${shownHost}:${listeningPort}/?token=${token}`,
    port: listeningPort,
    token,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections from an open browser tab would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}
