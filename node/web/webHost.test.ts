import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../core/api/createApi.js';
import { openUserDataStore } from '../../core/storage/userDataStore.js';
import { Memory } from 'lowdb';
import { buildSearchIndex } from '../../core/search/searchIndex.js';
import { buildLibraryFromFolder } from '../corpus/buildCorpusFiles.js';
import { startWebHost, tokenHeader, type WebHost } from './webHost.js';

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

  it('prints a loopback URL that carries the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    expect(host.url).toContain(host.token);
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
    const page = await send(host.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Werkplaats Reader');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    const asset = await send(host.port, '/assets/app.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect((await send(host.port, '/doc/iets')).body).toContain('Werkplaats Reader');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret-outside.txt', '/..%2fsecret-outside.txt', '/%2e%2e/secret-outside.txt']) {
      const response = await send(host.port, path);
      expect(response.body).not.toContain('geheim');
    }
  });

  it('only listens on loopback', async () => {
    await expect(startWebHost({ api: createApi({ bundle: { format: 1, version: 'x', documents: [], boilerplate: [], removed: {} }, themes: { corpusVersion: 'x', thesaurus: { format: 1, themes: [] }, index: { format: 1, themes: [], documents: [] } }, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex([]), newId }), rendererDir: tmpdir(), host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
