/** The Electron shell: one hardened window over the shared API, nothing more. */
import { app, BrowserWindow, ipcMain, protocol, session, shell, type BrowserWindowConstructorOptions, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import type { WerkplaatsApi } from '../core/api/contract.js';
import { ipcChannel } from '../core/api/transport.js';
import { dispatch } from '../core/api/dispatch.js';
import type { ApiResult } from '../common/apiError.js';
import { createNodeApi } from '../node/createNodeApi.js';
import { bundlePath, rendererDir } from '../node/paths.js';
import { appOrigin, appScheme, serveAppRequest } from './appProtocol.js';

/** Options of the main window: isolated, sandboxed, no Node in the page; DevTools only when `devTools` (development, never a packaged release). */
export function windowOptions(preloadPath: string, { devTools = false }: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Werkplaats Reader',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  };
}

/** True for calls from the main frame of an app:// page; anything else is refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === appOrigin || frame.url.startsWith(`${appOrigin}/`);
  } catch {
    return false;
  }
}

/** Registers the one IPC channel; every call is checked for its sender and validated by `dispatch`. */
export function registerIpc(ipc: Pick<typeof ipcMain, 'handle'>, api: WerkplaatsApi): void {
  ipc.handle(ipcChannel, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'forbidden-origin', params: {} } } satisfies ApiResult;
    }
    return dispatch(api, method, input);
  });
}

/** Opens http(s) and mailto links in the system browser or mail app; nothing else leaves the app. */
export function openExternally(url: string, open: (url: string) => Promise<void>): void {
  try {
    const { protocol: scheme } = new URL(url);
    if (scheme === 'https:' || scheme === 'http:' || scheme === 'mailto:') void open(url);
  } catch {
    // Not a URL: ignore.
  }
}

/** Denies new windows and navigation away from the app in `contents`. */
export function hardenWebContents(contents: WebContents, open: (url: string) => Promise<void>): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, open);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) {
      event.preventDefault();
      openExternally(url, open);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Starts the app: protocol, API, IPC and the window. */
export async function startApp(): Promise<void> {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  const gotLock = app.requestSingleInstanceLock();
  if (!gotLock) {
    app.quit();
    return;
  }
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
  await app.whenReady();
  // The app needs no camera, microphone, notifications or other device permissions.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  const root = app.getAppPath();
  const { api } = await createNodeApi({ dataDir: app.getPath('userData'), bundleFile: bundlePath(root) });
  const renderer = rendererDir(root);
  protocol.handle(appScheme, (request) => serveAppRequest(request.url, renderer));
  registerIpc(ipcMain, api);

  const window = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${appOrigin}/index.html`);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

if (process.versions.electron && !process.env.VITEST) {
  startApp().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    app.exit(1);
  });
}
