/** A stand-in for an unpacked Electron download, so packaging runs and can be checked on a machine that cannot fetch Electron. */
import { createPackage } from '@electron/asar';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The marker @electron/fuses looks for in an Electron binary; the fuse wire follows it. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The fuse wire of a stock Electron 45 binary, one byte per fuse in @electron/fuses' order ('1' on, '0' off):
 * RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off,
 * browser V8 snapshot off, file:// privileges on, WASM trap handlers on.
 */
export const stockFuseWire = '101100011';

/** Bytes of a stand-in `electron` executable: a shell script that says what it is, carrying a real fuse wire. */
export function standInBinary(wire: string = stockFuseWire): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: cannot run the app"; exit 1\n# '),
    Buffer.from(fuseSentinel, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.from('\n'),
  ]);
}

/**
 * Writes a folder shaped like an unpacked Linux Electron download: what electron-builder reads from `-c.electronDist`.
 * It copies the folder, renames `electron`, hashes every `resources/*.asar` (so default_app.asar must be a real asar)
 * and moves `LICENSE` beside the app. Returns the folder and a function that removes it.
 */
export async function writeStandInElectronDist(version: string): Promise<{ folder: string; remove: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'werkplaats-stand-in-electron-'));
  const defaultApp = join(folder, 'default-app-source');
  mkdirSync(join(folder, 'resources'));
  mkdirSync(defaultApp);
  writeFileSync(join(defaultApp, 'package.json'), JSON.stringify({ name: 'default_app', main: 'main.js' }));
  writeFileSync(join(defaultApp, 'main.js'), '');
  await createPackage(defaultApp, join(folder, 'resources', 'default_app.asar'));
  rmSync(defaultApp, { recursive: true });
  writeFileSync(join(folder, 'electron'), standInBinary(), { mode: 0o755 });
  writeFileSync(join(folder, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  writeFileSync(join(folder, 'LICENSES.chromium.html'), '<p>Stand-in for the Chromium licenses.</p>\n');
  writeFileSync(join(folder, 'version'), `${version}\n`);
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
