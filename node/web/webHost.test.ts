import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../core/api/createApi.js';
import { openUserDataStore } from '../../core/storage/userDataStore.js';
import { Memory } from 'lowdb';
import { buildSearchIndex } from '../../core/search/searchIndex.js';
import { buildLibraryFromFolder } from '../corpus/buildCorpusFiles.js';
import { maximumJsonDepth, startWebHost, tokenHeader, type WebHost } from './webHost.js';

/** Raw HTTP so the Host header can be set freely (fetch forbids it). */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, agent: false, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Writes `text` on a fresh TCP connection; resolves with what came back once the server closed it (or after `waitMs`). */
function raw(port: number, text: string, waitMs = 2_000) {
  return new Promise<{ reply: string; closedByServer: boolean }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ reply, closedByServer: false });
    }, waitMs);
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ reply, closedByServer: true });
    });
    socket.write(text);
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

const newId = () => crypto.randomUUID();

describe('startWebHost', () => {
  let host: WebHost;
  let firstId: string;

  beforeAll(async () => {
    const { bundle, themes } = await buildLibraryFromFolder('.');
    firstId = bundle.documents[0]!.id;
    const rendererDir = mkdtempSync(join(tmpdir(), 'werkplaats-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Werkplaats Reader</title>');
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'secret-outside.txt'), 'geheim');
    const store = await openUserDataStore(new Memory());
    host = await startWebHost({ api: createApi({ bundle, themes, store, now: () => new Date('2026-01-01T00:00:00Z'), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId }), rendererDir });
  });
  afterAll(() => host.close());

  const json = (body: unknown, token?: string) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { [tokenHeader]: token } : {}) },
    body: JSON.stringify(body),
  });

  it('prints a loopback URL that carries a one-time launch code, never the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]{64}$/);
    expect(host.url).not.toContain(host.token);
  });

  it('trades a launch code once for an HttpOnly, SameSite=Strict session cookie', async () => {
    const launch = new URL(host.newLaunchUrl());
    const first = await send(host.port, `${launch.pathname}${launch.search}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toBe(`${host.cookieName}=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
    const session = `${host.cookieName}=${host.token}`;

    // The same link again, from history or a `ps` listing in another browser: refused, and no cookie.
    const again = await send(host.port, `${launch.pathname}${launch.search}`);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('al gebruikt');
    // The browser that already has the session is sent on to the app.
    expect((await send(host.port, `${launch.pathname}${launch.search}`, { headers: { cookie: session } })).status).toBe(303);

    expect((await send(host.port, '/', { headers: { cookie: session } })).status).toBe(200);
    const withoutSession = await send(host.port, '/');
    expect(withoutSession.status).toBe(401);
    expect(withoutSession.body).not.toContain('<script');
  });

  it('accepts the session cookie only from a page of its own origin', async () => {
    const session = `${host.cookieName}=${host.token}`;
    const call = (headers: Record<string, string>) => send(host.port, '/api/listDocuments', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    expect((await call({ cookie: session, origin: host.origin })).status).toBe(200);
    expect((await call({ cookie: session })).status).toBe(401);
    expect((await call({ cookie: session, origin: 'http://127.0.0.1:1' })).status).toBe(401);
    expect((await call({ cookie: `${host.cookieName}=${'0'.repeat(64)}`, origin: host.origin })).status).toBe(401);
    expect((await call({ cookie: `werkplaats-1=${host.token}`, origin: host.origin })).status).toBe(401);
  });

  it.each([['//'], ['//a:99999'], ['//['], ['//%'], ['/%'], ['*'], ['http://127.0.0.1/']])('answers GET %s with 400 and keeps running', async (path) => {
    const { reply, closedByServer } = await raw(host.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    expect(statusOf(reply)).toBe(400);
    expect(closedByServer).toBe(true);
    expect((await send(host.port, '/api/listDocuments', json({}, host.token))).status).toBe(200);
  });

  it(`refuses a body nested deeper than ${maximumJsonDepth} levels with 400, before parsing it`, async () => {
    for (const depth of [maximumJsonDepth + 1, 100_000]) {
      const body = '['.repeat(depth) + ']'.repeat(depth);
      const response = await send(host.port, '/api/listDocuments', { ...json({}, host.token), body });
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toEqual({ code: 'json-too-deep', params: { limit: maximumJsonDepth } });
    }
    const deepInput = JSON.parse((await send(host.port, '/api/getDocument', { ...json({}, host.token), body: JSON.stringify({ id: JSON.parse('['.repeat(40) + ']'.repeat(40)) }) })).body);
    expect(deepInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('closes the connection after a refusal instead of keeping it alive', async () => {
    const { reply, closedByServer } = await raw(host.port, `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}`);
    expect(statusOf(reply)).toBe(401);
    expect(reply.toLowerCase()).toContain('connection: close');
    expect(closedByServer).toBe(true);
  });

  it('answers API calls that carry the token', async () => {
    const response = await send(host.port, '/api/listDocuments', json({}, host.token));
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body);
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(5);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await send(host.port, '/api/listDocuments', json({}))).status).toBe(401);
    expect((await send(host.port, '/api/listDocuments', json({}, 'f'.repeat(64)))).status).toBe(401);
    expect((await send(host.port, '/api/listDocuments', json({}, host.token.slice(1)))).status).toBe(401);
  });

  it('answers each refusal with its HTTP status and the error code the UI translates', async () => {
    const codeOf = (response: { body: string }) => JSON.parse(response.body).error.code;
    const noToken = await send(host.port, '/api/listDocuments', json({}));
    expect([noToken.status, codeOf(noToken)]).toEqual([401, 'unauthorized']);
    const request = json({}, host.token);
    const foreign = await send(host.port, '/api/listDocuments', { ...request, headers: { ...request.headers, origin: 'https://evil.example' } });
    expect([foreign.status, codeOf(foreign)]).toEqual([403, 'forbidden-origin']);
    const get = await send(host.port, '/api/listDocuments', { ...request, method: 'GET', body: undefined });
    expect([get.status, codeOf(get)]).toEqual([405, 'method-not-allowed']);
    const malformed = await send(host.port, '/api/listDocuments', { ...request, body: '{niet json' });
    expect([malformed.status, codeOf(malformed)]).toEqual([400, 'invalid-json']);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await send(host.port, '/api/listDocuments', { ...json({}, host.token), headers: { ...json({}, host.token).headers, host: `evil.example:${host.port}` } });
    expect(response.status).toBe(403);
    expect((await send(host.port, '/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses API calls from another origin even with the token', async () => {
    const request = json({}, host.token);
    const response = await send(host.port, '/api/listDocuments', { ...request, headers: { ...request.headers, origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });

  it('validates input through the shared dispatch', async () => {
    const unknown = await send(host.port, '/api/getDocument', json({ id: 'bestaat-niet' }, host.token));
    expect([unknown.status, JSON.parse(unknown.body)]).toMatchObject([404, { ok: false, error: { code: 'document-not-found', params: { id: 'bestaat-niet' } } }]);
    const invalid = await send(host.port, '/api/getDocument', json({ id: 42 }, host.token));
    expect([invalid.status, JSON.parse(invalid.body)]).toMatchObject([400, { ok: false, error: { code: 'invalid-input' } }]);
    const method = await send(host.port, '/api/deleteEverything', json({}, host.token));
    expect([method.status, JSON.parse(method.body)]).toMatchObject([404, { ok: false, error: { code: 'unknown-method' } }]);
    const found = JSON.parse((await send(host.port, '/api/getDocument', json({ id: firstId }, host.token))).body);
    expect(found.value.id).toBe(firstId);
  });

  it('rejects malformed JSON and oversized bodies with a clear error', async () => {
    const malformed = await send(host.port, '/api/listDocuments', { ...json({}, host.token), body: '{niet json' });
    expect(malformed.status).toBe(400);
    const huge = await send(host.port, '/api/listDocuments', { ...json({}, host.token), body: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('serves the renderer with a strict CSP and falls back to index.html for app routes', async () => {
    const page = await send(host.port, '/', { headers: { cookie: `${host.cookieName}=${host.token}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Werkplaats Reader');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    const asset = await send(host.port, '/assets/app.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect((await send(host.port, '/themes', { headers: { cookie: `${host.cookieName}=${host.token}` } })).body).toContain('Werkplaats Reader');
  });

  it('takes a deep-link path /doc/<id> as a route: it lands on the app with the document to open', async () => {
    const session = { cookie: `${host.cookieName}=${host.token}` };
    const linked = await send(host.port, `/doc/${firstId}`, { headers: session });
    expect(linked.status).toBe(303);
    expect(linked.headers.location).toBe(`/?doc=${firstId}`);
    expect((await send(host.port, '/doc/cli%C3%ABnt/', { headers: session })).headers.location).toBe('/?doc=cli%C3%ABnt');
    // With a launch code the cookie and the landing come in one step.
    const launch = new URL(host.newLaunchUrl());
    const first = await send(host.port, `/doc/${firstId}${launch.search}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/?doc=${firstId}`);
    expect(first.headers['set-cookie']).toBeDefined();
    expect((await send(host.port, '/doc/a%2Fb', { headers: session })).status).toBe(400);
    expect((await send(host.port, `/doc/${firstId}`)).status).toBe(401);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret-outside.txt', '/..%2fsecret-outside.txt', '/%2e%2e/secret-outside.txt']) {
      const response = await send(host.port, path);
      expect(response.body).not.toContain('geheim');
    }
  });

  it('drops connections that stay silent or send their headers too slowly', async () => {
    const { bundle, themes } = await buildLibraryFromFolder('.');
    const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex([]), newId });
    const quick = await startWebHost({ api, rendererDir: tmpdir(), timeouts: { requestTimeout: 400, headersTimeout: 300, keepAliveTimeout: 200 } });
    try {
      expect((await raw(quick.port, '', 10_000)).closedByServer).toBe(true);
      const slow = await raw(quick.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\n`, 10_000);
      expect(slow.closedByServer).toBe(true);
      expect(statusOf(slow.reply) === 0 || statusOf(slow.reply) === 408).toBe(true);
      const idle = await raw(quick.port, `GET /assets/none.js HTTP/1.1\r\nHost: 127.0.0.1:${quick.port}\r\n\r\n`, 10_000);
      expect(statusOf(idle.reply)).toBeGreaterThan(0);
      expect(idle.closedByServer).toBe(true);
    } finally {
      await quick.close();
    }
  });

  it('only listens on loopback', async () => {
    await expect(startWebHost({ api: createApi({ bundle: { format: 1, version: 'x', documents: [], boilerplate: [], removed: {} }, themes: { corpusVersion: 'x', thesaurus: { format: 1, themes: [] }, index: { format: 1, themes: [], documents: [] } }, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex([]), newId }), rendererDir: tmpdir(), host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
