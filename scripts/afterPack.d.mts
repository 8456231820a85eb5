import type { FuseConfig } from '@electron/fuses';
/** The part of electron-builder's AfterPackContext the hook reads. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string; getResourcesDir(appOutDir: string): string };
}
/** The fuses every release carries. */
export const releaseFuses: FuseConfig;
/** The Electron executable inside a packed app folder. */
export function electronBinaryPath(context: Omit<PackContext, 'arch' | 'packager'> & { packager: Omit<PackContext['packager'], 'getResourcesDir'> }): string;
/** electron-builder's afterPack hook: flips the release fuses and removes the default app. */
export function afterPack(context: PackContext): Promise<void>;
export default afterPack;
