import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+(.*)/s, 2) as [string, string]));
}

describe('contentSecurityPolicy', () => {
  it('is repeated in the page itself, no looser than the header (frame-ancestors works only as a header)', () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('renderer/index.html', 'utf8'))?.[1];
    expect(meta).toBeDefined();
    const header = directives(contentSecurityPolicy('web'));
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });

  it('lets the Electron page connect nowhere; only the web host’s page talks to its own origin', () => {
    expect(directives(contentSecurityPolicy('electron')).get('connect-src')).toBe("'none'");
    expect(directives(contentSecurityPolicy('web')).get('connect-src')).toBe("'self'");
  });
});
