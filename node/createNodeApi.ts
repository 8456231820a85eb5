/** Wires the API for a Node host (web host, CLI, Electron main): prebuilt corpus files from disk, user data in a folder. */
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { createApi } from '../core/api/createApi.js';
import type { WerkplaatsApi } from '../core/api/contract.js';
import { loadBundle } from './corpus/loadBundle.js';
import { loadThemes } from './corpus/loadThemes.js';
import { appRoot, bundlePath, corpusFilesIn } from './paths.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportHost } from '../core/export/exportHost.js';
import { createChromiumPdfRenderer } from './export/chromiumPdfRenderer.js';
import { writeExportFile } from './export/writeExportFile.js';
import { loadSearchIndex } from './search/loadSearchIndex.js';
import { openUserData } from './storage/openUserData.js';
import { decodeBase64PageFile } from './import/decodePageFile.js';
import { openImportedPages } from './import/importedPagesFile.js';
import type { StartupNotice } from '../common/startupNotice.js';
import { ApiError } from '../common/apiError.js';
import type { DataAccess } from '../core/storage/dataAccess.js';
import { createSwitchableStore } from '../core/storage/userDataStore.js';

export interface NodeApiOptions {
  /** The user's data folder. */
  dataDir: string;
  /** The prebuilt corpus bundle; its theme and search files are read from the same folder. */
  bundleFile?: string;
  /** Only read the user's data (the CLI): no writer lock, no repairs. */
  readOnly?: boolean;
  /** What the host adds for exports (Electron: its own PDF engine and save dialog); Node defaults fill the rest. */
  exportHost?: Partial<ExportHost>;
  /**
   * Opens a folder in the system's file manager, answering '' or what went wrong (Electron's `shell.openPath`); only
   * the desktop host has one. It is only ever given `dataDir`.
   */
  openFolder?: (folder: string) => Promise<string>;
}

/** The version in the app's package.json, or "onbekend". */
export function appVersion(): string {
  try {
    return String((JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'onbekend');
  } catch {
    return 'onbekend';
  }
}

/** Exports on a Node host: Chromium for PDF, atomic file writes, and a turn of the event loop between pieces. */
export function nodeExportHost(overrides: Partial<ExportHost> = {}): ExportHost {
  return {
    appVersion: appVersion(),
    pdfRenderer: () => createChromiumPdfRenderer(),
    writeFile: writeExportFile,
    yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
    ...overrides,
  };
}

export interface NodeApi {
  api: WerkplaatsApi;
  /** What opening the data reported, as codes; also reachable through `getAppInfo`. */
  notices: StartupNotice[];
  /** True when the data file is damaged and was only read (the CLI): the data in `api` is then empty, not the user's. */
  dataDamaged: boolean;
}

/** Loads the corpus and its themes, opens the user's data, and builds the shared API over them; search loads on first use. */
export async function createNodeApi({ dataDir, bundleFile = bundlePath(), readOnly = false, exportHost, openFolder }: NodeApiOptions): Promise<NodeApi> {
  const files = corpusFilesIn(dirname(bundleFile));
  const [bundle, opened, importedPages] = await Promise.all([loadBundle(bundleFile), openUserData(dataDir, { readOnly }), openImportedPages(dataDir)]);
  const themes = await loadThemes(files.themes, bundle);
  const store = createSwitchableStore(opened.store);
  // One array for the life of the host: a take-over replaces its contents, and `getAppInfo` reads it each time.
  const notices = [...opened.notices];
  if (importedPages.notice !== null) notices.push(importedPages.notice);
  let heldElsewhere = opened.lockHolder !== undefined;
  const dataAccess: DataAccess = {
    folder: dataDir,
    ...(openFolder
      ? {
          async openFolder() {
            const failure = await openFolder(dataDir);
            if (failure !== '') throw new ApiError('folder-open-failed', { detail: failure });
          },
        }
      : {}),
    canTakeOver: () => heldElsewhere,
    async takeOver() {
      const reopened = await openUserData(dataDir, { takeOver: true });
      store.replace(reopened.store);
      notices.splice(0, notices.length, ...reopened.notices);
      heldElsewhere = false;
    },
  };
  const api = createApi({
    bundle,
    themes,
    store,
    now: () => new Date(),
    notices,
    dataAccess,
    loadSearchIndex: () => loadSearchIndex(files.search, bundle),
    newId: () => randomUUID(),
    importedPages,
    decodePageFile: decodeBase64PageFile,
    exportHost: nodeExportHost(exportHost),
  });
  return { api, notices, dataDamaged: opened.damaged ?? false };
}
