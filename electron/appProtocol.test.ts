import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveAppRequest } from './appProtocol.js';

describe('serveAppRequest', () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'werkplaats-app-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(rendererDir, 'main.js'), 'export {}');

  it('serves renderer files with the CSP', async () => {
    const response = await serveAppRequest('app://werkplaats/main.js', rendererDir);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'none'");
  });

  it('refuses other hosts and paths outside the renderer', async () => {
    expect((await serveAppRequest('app://elsewhere/index.html', rendererDir)).status).toBe(403);
    const escaped = await serveAppRequest('app://werkplaats/..%2f..%2fetc%2fpasswd', rendererDir);
    expect(escaped.status).toBe(403);
  });
});
