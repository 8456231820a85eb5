// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, so a release cannot be run as Node or debugged from outside.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/**
 * The fuses every release carries (https://www.electronjs.org/docs/latest/tutorial/fuses).
 * Off: ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect, which would let anyone run code as the app.
 * On: load the app only from app.asar, check app.asar against the hash stored in the binary, and encrypt cookies.
 */
export const releaseFuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
};

/**
 * The Electron executable inside a packed app folder: `<product>.app` on macOS (the fuses library finds the framework inside),
 * `<product>.exe` on Windows, and the Linux executable name (derived from the package name) elsewhere.
 * @param {{appOutDir: string, electronPlatformName: string, packager: {appInfo: {productFilename: string}, executableName?: string}}} context
 * @returns {string}
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}

/**
 * Flips the release fuses and removes Electron's default app; electron-builder signs after this hook, so the signature covers the result.
 * On Apple silicon the ad-hoc signature is reset, as flipping invalidates it.
 * @param {Parameters<typeof electronBinaryPath>[0] & {arch: number, packager: {getResourcesDir(appOutDir: string): string}}} context
 */
export async function afterPack(context) {
  // electron-builder's Arch enum: 3 is arm64, 4 universal.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && (context.arch === 3 || context.arch === 4);
  await flipFuses(electronBinaryPath(context), { ...releaseFuses, resetAdHocDarwinSignature });
  // A local Electron (-c.electronDist) keeps its default_app.asar, which a release does not need; downloaded ones are cleaned by electron-builder.
  await rm(join(context.packager.getResourcesDir(context.appOutDir), 'default_app.asar'), { force: true });
}

export default afterPack;
