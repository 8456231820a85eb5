/** Why: the crash writer runs as a plain Node process, so its TypeScript (and the storage code it uses) is bundled into one .mjs first. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles the crash writer into a standalone `.mjs` in `outDir` and returns its path. */
export async function buildCrashWriter(outDir: string = mkdtempSync(join(tmpdir(), 'werkplaats-crash-build-'))): Promise<string> {
  const outfile = join(outDir, 'crashWriter.mjs');
  await build({
    entryPoints: [new URL('./crashWriter.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}
