import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { standInBinary } from '../tests/support/standInElectron.js';
import { afterPack, electronBinaryPath } from './afterPack.mjs';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A packed Linux app folder holding the stand-in binary and Electron's default app, as electron-builder leaves it before the hook. */
function packedLinuxApp() {
  const appOutDir = mkdtempSync(join(tmpdir(), 'werkplaats-after-pack-'));
  folders.push(appOutDir);
  mkdirSync(join(appOutDir, 'resources'));
  writeFileSync(join(appOutDir, 'werkplaats-reader'), standInBinary(), { mode: 0o755 });
  writeFileSync(join(appOutDir, 'resources', 'default_app.asar'), 'default app');
  writeFileSync(join(appOutDir, 'resources', 'app.asar'), 'the app');
  const context = {
    appOutDir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: { appInfo: { productFilename: 'Werkplaats Reader' }, executableName: 'werkplaats-reader', getResourcesDir: (out: string) => join(out, 'resources') },
  };
  return { appOutDir, context };
}

describe('afterPack', () => {
  it('flips the release fuses in the packed binary and leaves the others as Electron ships them', async () => {
    const { appOutDir, context } = packedLinuxApp();
    const binary = join(appOutDir, 'werkplaats-reader');
    const before = await getCurrentFuseWire(binary);
    expect(before[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    expect(before[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.DISABLE);

    await afterPack(context);

    const after = await getCurrentFuseWire(binary);
    expect(after[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(after[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(after[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(after[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(before[FuseV1Options.GrantFileProtocolExtraPrivileges]);
  });

  it("removes Electron's default app and keeps the app's own asar", async () => {
    const { appOutDir, context } = packedLinuxApp();
    await afterPack(context);
    expect(existsSync(join(appOutDir, 'resources', 'default_app.asar'))).toBe(false);
    expect(existsSync(join(appOutDir, 'resources', 'app.asar'))).toBe(true);
  });

  it('fails loudly on a binary without a fuse wire, instead of shipping unfused', async () => {
    const { appOutDir, context } = packedLinuxApp();
    writeFileSync(join(appOutDir, 'werkplaats-reader'), '#!/bin/sh\n');
    await expect(afterPack(context)).rejects.toThrow(/sentinel/);
  });
});

describe('electronBinaryPath', () => {
  const packager = { appInfo: { productFilename: 'Werkplaats Reader' }, executableName: 'werkplaats-reader' };
  it.each([
    ['linux', '/out/werkplaats-reader'],
    ['win32', '/out/Werkplaats Reader.exe'],
    ['darwin', '/out/Werkplaats Reader.app'],
    ['mas', '/out/Werkplaats Reader.app'],
  ])('finds the executable on %s', (electronPlatformName, expected) => {
    expect(electronBinaryPath({ appOutDir: '/out', electronPlatformName, packager })).toBe(expected);
  });
});
