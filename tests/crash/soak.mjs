// Why: a long crash soak (≥ 1000 SIGKILLs) is too slow for the unit tests, so it runs from here: `node tests/crash/soak.mjs [trials] [seed]`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const trials = Number(process.argv[2] ?? 1000);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const outDir = mkdtempSync(join(tmpdir(), 'werkplaats-soak-'));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' };
// Bundles lowdb and zod too, so the output runs from the temp folder; `require` is shimmed for CommonJS dependencies.
const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

const runner = join(outDir, 'runCrashTrials.mjs');
const writerScript = join(outDir, 'crashWriter.mjs');
await build({ ...common, banner, entryPoints: [new URL('./runCrashTrials.ts', import.meta.url).pathname], outfile: runner });
await build({ ...common, banner, entryPoints: [new URL('./crashWriter.ts', import.meta.url).pathname], outfile: writerScript });
const { runCrashTrials } = await import(pathToFileURL(runner).href);

const started = Date.now();
const summary = await runCrashTrials({
  trials,
  seed,
  writerScript,
  onTrial: ({ trial, problems }) => {
    if ((trial + 1) % 100 === 0 || problems.length > 0) console.log(`round ${trial + 1}/${trials}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  },
});
console.log(
  `${summary.trials} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${summary.seed}: ` +
    `${summary.acknowledged} acknowledged writes, ${summary.killedBeforeFirstAck} kills before the first ack, ${summary.failures.length} failures`,
);
process.exit(summary.failures.length === 0 ? 0 : 1);
