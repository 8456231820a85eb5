// `npm start`: builds when needed and launches the desktop app, or says in one sentence why it cannot.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electron = findElectronBinary();
if (!electron.path) {
  console.error(electron.reason);
  process.exit(1);
}
const child = spawn(electron.path, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
