import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

/** Bundles the preload the way `scripts/build.mjs` does, in memory. */
async function bundlePreload(): Promise<string> {
  const result = await build({ entryPoints: ['electron/preload.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

describe('preload', () => {
  it('bundles to under 50 kB, without the method table or the search code', async () => {
    const text = await bundlePreload();
    expect(Buffer.byteLength(text)).toBeLessThan(50 * 1024);
    expect(text).not.toMatch(/snowball|flexsearch|zod/i);
    expect(text).toContain('werkplaats:call');
  });
});
