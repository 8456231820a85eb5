// Finds the Electron executable without a stack trace: the electron package downloads it lazily, which fails offline.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Returns `{path}` when Electron can run here, or `{reason}`: one sentence saying why not. */
export function findElectronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 180_000 });
  const path = probe.stdout?.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  return {
    reason:
      'Electron is niet beschikbaar op deze machine: het programma kon niet worden gedownload (geen internet). ' +
      'Gebruik "npm run web" om de app in je browser te openen.',
  };
}
