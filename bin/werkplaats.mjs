#!/usr/bin/env node
// The `werkplaats` command: builds the CLI when it is missing or out of date, then runs it.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'node', 'corpus', '--if-stale', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
await import(join(root, 'dist/node/cli.mjs'));
