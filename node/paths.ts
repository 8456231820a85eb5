/** Where the app's files live on this machine: the built corpus bundle and the user's data folder. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The product name; Electron derives `userData` from it, and the web host and CLI use the same folder. */
export const productName = 'Werkplaats Reader';

/** The OS location Electron's `app.getPath('userData')` uses for this app. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (env.WERKPLAATS_DATA_DIR) return resolve(env.WERKPLAATS_DATA_DIR);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

/** The project (or packaged app) root: the nearest folder above this module with a package.json. */
export function appRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`Kan de app-map niet vinden vanaf ${from}.`);
    folder = parent;
  }
  return folder;
}

/** The files the corpus build writes into one folder, and the app reads back. */
export interface CorpusFiles {
  bundle: string;
  themes: string;
  search: string;
}

/** The corpus files inside `folder`. */
export function corpusFilesIn(folder: string): CorpusFiles {
  return { bundle: join(folder, 'bundle.json'), themes: join(folder, 'themes.json'), search: join(folder, 'search-index.json') };
}

/** The built corpus files of the app at `root`. */
export function corpusFiles(root: string = appRoot()): CorpusFiles {
  return corpusFilesIn(join(root, 'dist', 'corpus'));
}

/** Path of the prebuilt corpus bundle. */
export function bundlePath(root: string = appRoot()): string {
  return corpusFiles(root).bundle;
}

/** Folder of the built renderer. */
export function rendererDir(root: string = appRoot()): string {
  return join(root, 'dist', 'renderer');
}
