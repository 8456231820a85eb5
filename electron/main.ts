/** The Electron shell: one hardened window over the shared API, nothing more. */
import { electronExportHost } from './desktop/electronExportHost.js';
import { app, BrowserWindow, ipcMain, Menu, protocol, screen, session, shell, type BrowserWindowConstructorOptions, type CustomScheme, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { join, resolve } from 'node:path';
import { appCommandChannel, type AppCommand } from '../core/api/appCommand.js';
import { deepLinkScheme } from '../core/links/deepLink.js';
import type { WerkplaatsApi } from '../core/api/contract.js';
import { ipcChannel } from '../core/api/transport.js';
import { dispatch } from '../core/api/dispatch.js';
import type { ApiResult } from '../common/apiError.js';
import { createNodeApi } from '../node/createNodeApi.js';
import { bundlePath, rendererDir } from '../node/paths.js';
import { appOrigin, appScheme, serveAppRequest } from './appProtocol.js';
import { findLaunchTarget, type LaunchTarget } from './desktop/launchArguments.js';
import { readLaunchedPack } from './desktop/readLaunchedPack.js';
import { buildMenuTemplate, menuLanguage } from './desktop/menuTemplate.js';
import { captureWindowState } from './desktop/windowState.js';
import { loadWindowState, saveWindowState } from './desktop/windowStateFile.js';

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
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click would otherwise try to open a link in a new window (denied anyway, see hardenWebContents).
      disableBlinkFeatures: 'Auxclick',
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

/** The app:// scheme's privileges: a standard, secure origin that may fetch; it never bypasses the CSP. */
export const appSchemePrivileges: CustomScheme = { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } };

/** The app needs no camera, microphone, location, notifications or any other permission: every request and every check is denied. */
export function denyAllPermissions(target: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  target.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  target.setPermissionCheckHandler(() => false);
}

/** Where the window starts: the app's own page, opened at a deep link when the launch carried one (`?doc=<id>#<fragment>`, read by the renderer). */
export function startUrl(target: LaunchTarget | null): string {
  if (target?.kind !== 'link') return `${appOrigin}/index.html`;
  const { docId, fragment } = target.link;
  return `${appOrigin}/index.html?doc=${encodeURIComponent(docId)}${fragment === null ? '' : `#${encodeURIComponent(fragment)}`}`;
}

/** The command that hands a launch target to a running page. */
export function launchCommand(target: LaunchTarget): AppCommand {
  if (target.kind === 'link') return { name: 'open-link', docId: target.link.docId, fragment: target.link.fragment };
  if (target.kind === 'pack') return { name: 'open-route-pack', file: target.file, content: target.content };
  return { name: 'import', path: target.path };
}

/** A launched file that is a reading-route pack, read for the page; anything else as it was. */
export async function readPackTarget(target: LaunchTarget | null): Promise<LaunchTarget | null> {
  if (target?.kind !== 'file') return target;
  const pack = await readLaunchedPack(target.path);
  return pack ? { kind: 'pack', ...pack } : target;
}

/** Brings `window` to the front and hands it what a later launch (or the OS) asked to open. */
export function focusAndHandOver(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus' | 'webContents'>, target: LaunchTarget | null): void {
  if (window.isMinimized()) window.restore();
  window.focus();
  if (target !== null) window.webContents.send(appCommandChannel, launchCommand(target));
}

/** Registers `werkplaats://` with the OS; in development Electron is started with the app folder, which the OS must pass again. */
export function registerDeepLinkProtocol(target: Pick<typeof app, 'setAsDefaultProtocolClient' | 'isPackaged'>, argv: readonly string[] = process.argv): boolean {
  if (target.isPackaged || argv.length < 2) return target.setAsDefaultProtocolClient(deepLinkScheme);
  return target.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [resolve(argv[1]!)]);
}

/** Starts the app: single instance, protocol, API, IPC, menu and the window where it was last. */
export async function startApp(): Promise<void> {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerDeepLinkProtocol(app);
  const appPath = app.getAppPath();
  let window: BrowserWindow | null = null;
  let pending = findLaunchTarget(process.argv, appPath);
  const handOver = (target: LaunchTarget | null) => {
    if (window) focusAndHandOver(window, target);
    else pending = target ?? pending;
  };
  app.on('second-instance', (_event, argv) => void readPackTarget(findLaunchTarget(argv, appPath)).then(handOver));
  // macOS hands links and files to the running app as events instead of a second launch.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const target = findLaunchTarget(['app', url]);
    if (target?.kind === 'link' || target?.kind === 'pack') handOver(target);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void readPackTarget(findLaunchTarget(['app', path])).then(handOver);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url)));
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  const userData = app.getPath('userData');
  // The folder to open is the data folder createNodeApi was given, never a path from the page.
  const { api } = await createNodeApi({ dataDir: userData, bundleFile: bundlePath(appPath), exportHost: electronExportHost(() => window), openFolder: (folder) => shell.openPath(folder) });
  const renderer = rendererDir(appPath);
  protocol.handle(appScheme, (request) => serveAppRequest(request.url, renderer));
  registerIpc(ipcMain, api);

  const state = await loadWindowState(userData, screen.getAllDisplays().map((display) => display.workArea));
  const opened = new BrowserWindow({ ...windowOptions(join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }), ...state.bounds });
  window = opened;
  if (state.maximized) opened.maximize();
  opened.once('ready-to-show', () => opened.show());
  opened.on('close', () => {
    try {
      saveWindowState(userData, captureWindowState(opened.getNormalBounds(), opened.isMaximized()));
    } catch {
      // Not remembering the window is no reason to stop the app from closing.
    }
  });
  const send = (command: AppCommand) => opened.webContents.send(appCommandChannel, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language: menuLanguage(app.getLocale()), platform: process.platform, send })));
  // Read after the listeners above are in place, so nothing the OS hands over early is missed.
  const first = await readPackTarget(pending);
  pending = null;
  await opened.loadURL(startUrl(first));
  if (first?.kind === 'file' || first?.kind === 'pack') send(launchCommand(first));
  if (pending !== null) focusAndHandOver(opened, pending);
  app.on('window-all-closed', () => app.quit());
}

if (process.versions.electron && !process.env.VITEST) {
  startApp().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    app.exit(1);
  });
}
