/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations),
 * one test per item, numbered as the guide numbers them. Each test exercises the shell's own code against a
 * stand-in of the electron module, or shows why the item does not apply. The README's table names these tests.
 */
import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('electron', () => ({
  app: { on: vi.fn(), whenReady: vi.fn(), getPath: vi.fn(), getAppPath: vi.fn(), requestSingleInstanceLock: vi.fn(), quit: vi.fn(), exit: vi.fn() },
  BrowserWindow: vi.fn(),
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
  ipcMain: { handle: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  screen: { getAllDisplays: vi.fn() },
  shell: { openExternal: vi.fn() },
  session: { defaultSession: {} },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const electron = await import('electron');
const { windowOptions, registerIpc, hardenWebContents, openExternally, denyAllPermissions, startUrl, appSchemePrivileges } = await import('./main.js');
const { serveAppRequest } = await import('./appProtocol.js');
const { contentSecurityPolicy } = await import('../node/security/contentSecurityPolicy.js');
const { stubApi } = await import('../core/api/stubApi.js');
const { ipcChannel, appCommandChannel } = await import('../core/api/transport.js');

const preferences = windowOptions('/app/preload.cjs').webPreferences!;
const linkTarget = { kind: 'link' as const, link: { docId: 'werkplaats-zwolle', fragment: 'inleiding' } };

/** Every non-test source file of the Electron layer, for items that are about what the code never does. */
const electronSources = readdirSync('electron', { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name))
  .map((name) => ({ name, text: readFileSync(join('electron', name), 'utf8') }));

function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    contents: { setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler), on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener) } as never,
    open: (url: string) => openHandler!({ url }),
    emit: (name: string, ...args: unknown[]) => listeners.get(name)!(...args),
  };
}

describe('Electron security checklist', () => {
  it('1. only loads secure content: the window starts on app://, which serves only the built renderer, and the CSP allows no remote source', async () => {
    expect(startUrl(null)).toBe('app://werkplaats/index.html');
    expect(startUrl(linkTarget)).toMatch(/^app:\/\/werkplaats\/index\.html\?doc=/);
    const policy = contentSecurityPolicy('electron');
    expect(policy).not.toMatch(/https?:|\*|ws:/);
    expect((await serveAppRequest('app://elsewhere/index.html', '/nonexistent')).status).toBe(403);
  });

  it('2. gives the page no Node.js integration, in the page, its workers or its frames', () => {
    expect(preferences).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. isolates the preload’s context from the page', () => {
    expect(preferences.contextIsolation).toBe(true);
  });

  it('4. sandboxes the page’s process, and every renderer app-wide', () => {
    expect(preferences.sandbox).toBe(true);
    expect(electronSources.find(({ name }) => name === 'main.ts')!.text).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5. denies every permission request and every permission check', () => {
    let requestHandler: ((contents: unknown, permission: string, grant: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((contents: unknown, permission: string) => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (handler) => (requestHandler = handler as never), setPermissionCheckHandler: (handler) => (checkHandler = handler as never) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      const grant = vi.fn();
      requestHandler!({}, permission, grant);
      expect(grant).toHaveBeenCalledWith(false);
      expect(checkHandler!({}, permission)).toBe(false);
    }
  });

  it('6. keeps webSecurity on', () => {
    expect(preferences.webSecurity).toBe(true);
    for (const { text } of electronSources) expect(text).not.toMatch(/webSecurity:\s*false/);
  });

  it('7. sends a strict Content-Security-Policy with every app:// response', async () => {
    const policy = contentSecurityPolicy('electron');
    for (const directive of ["default-src 'none'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "connect-src 'none'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const rendererDir = mkdtempSync(join(tmpdir(), 'werkplaats-checklist-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    for (const url of ['app://werkplaats/index.html', 'app://werkplaats/#/notes', 'app://werkplaats/..%2f..%2fetc%2fpasswd', 'app://elsewhere/']) {
      expect((await serveAppRequest(url, rendererDir)).headers.get('content-security-policy'), url).toBe(policy);
    }
  });

  it('8. never runs insecure content', () => {
    expect(preferences.allowRunningInsecureContent).toBe(false);
  });

  it('9. enables no experimental features', () => {
    expect(preferences.experimentalFeatures).toBe(false);
    for (const { text } of electronSources) expect(text).not.toMatch(/experimentalFeatures:\s*true/);
  });

  it('10. enables no Blink features', () => {
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    for (const { text } of electronSources) expect(text).not.toMatch(/enableBlinkFeatures/);
  });

  it('11. <webview> allowpopups does not apply: the webview tag is off and any attach is refused', () => {
    expect(preferences.webviewTag).toBe(false);
    for (const { text } of electronSources) expect(text).not.toMatch(/allowpopups/i);
    const fake = fakeContents();
    hardenWebContents(fake.contents, async () => undefined);
    const attach = { preventDefault: vi.fn() };
    fake.emit('will-attach-webview', attach, { allowpopups: true }, { src: 'https://evil.example/' });
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('12. <webview> options and params are checked by refusing every webview, whatever it asks for', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, async () => undefined);
    for (const params of [{ src: 'app://werkplaats/index.html' }, { src: 'file:///etc/passwd', nodeintegration: 'on' }, { preload: 'file:///tmp/x.js' }]) {
      const attach = { preventDefault: vi.fn() };
      fake.emit('will-attach-webview', attach, { preload: params.preload }, params);
      expect(attach.preventDefault).toHaveBeenCalled();
    }
  });

  it('13. limits navigation to the app’s own pages', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, async () => undefined);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://werkplaatsen.evil/', 'javascript:alert(1)', 'data:text/html,x', 'werkplaats://doc/a']) {
      const navigation = { preventDefault: vi.fn() };
      fake.emit('will-navigate', navigation, url);
      expect(navigation.preventDefault, url).toHaveBeenCalled();
      const redirect = { preventDefault: vi.fn() };
      fake.emit('will-redirect', redirect, url);
      expect(redirect.preventDefault, url).toHaveBeenCalled();
    }
    const inside = { preventDefault: vi.fn() };
    fake.emit('will-navigate', inside, 'app://werkplaats/index.html#/notes');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('14. creates no new windows: window.open is always denied', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, async () => undefined);
    for (const url of ['app://werkplaats/index.html', 'https://www.windesheim.nl/', 'about:blank', 'javascript:alert(1)']) expect(fake.open(url)).toEqual({ action: 'deny' });
  });

  it('15. passes only web and mail links to shell.openExternal', () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    for (const url of ['https://www.windesheim.nl/', 'http://example.org/', 'mailto:info@example.org', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'vbscript:x', 'data:text/html,x', 'app://werkplaats/', 'niet een url']) openExternally(url, open);
    expect(opened).toEqual(['https://www.windesheim.nl/', 'http://example.org/', 'mailto:info@example.org']);
  });

  it('16. uses a current Electron: pinned exactly, installed as pinned, and no older than the supported majors', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version as string;
    expect(installed).toBe(pinned);
    // Electron supports its newest three majors; 45 was the newest stable when this floor was set (December 2026). Raise it as Electron moves on.
    const supportedFloor = 43;
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(supportedFloor);
  });

  it('17. validates the sender of every IPC call', async () => {
    const ipc = { handle: vi.fn() };
    const api = stubApi({ listDocuments: vi.fn(async () => []) });
    registerIpc(ipc, api);
    expect(ipc.handle).toHaveBeenCalledWith(ipcChannel, expect.any(Function));
    const handler = ipc.handle.mock.calls[0]![1] as (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
    const frame = { url: 'https://evil.example/' };
    expect(await handler({ senderFrame: frame, sender: { mainFrame: frame } }, 'listDocuments', {})).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    expect(api.listDocuments).not.toHaveBeenCalled();
  });

  it('18. uses a custom protocol, not file://: app:// is standard and secure, and bypasses no CSP', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    for (const { text } of electronSources) expect(text).not.toMatch(/loadFile\(|['"`]file:\/\//);
  });

  const builderConfig = readFileSync('electron-builder.yml', 'utf8');
  const afterPack = /^afterPack:\s*(\S+)/m.exec(builderConfig)?.[1];
  it('19. flips the fuses: electron-builder runs the afterPack hook, which sets every fuse the release changes (scripts/afterPack.test.ts flips them in a packed binary)', () => {
    expect(afterPack).toBeDefined();
    const hookTest = afterPack!.replace(/\.(mjs|js|cjs|ts)$/, '.test.ts');
    expect(existsSync(afterPack!)).toBe(true);
    expect(existsSync(hookTest)).toBe(true);
    const hook = readFileSync(afterPack!, 'utf8');
    for (const fuse of ['RunAsNode', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'OnlyLoadAppFromAsar', 'EnableEmbeddedAsarIntegrityValidation', 'EnableCookieEncryption']) expect(hook).toContain(fuse);
  });

  it('20. exposes no Electron API to the page: the preload gives it one object with call and onCommand, never ipcRenderer or an event', async () => {
    await import('./preload.js');
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, bridge] = expose.mock.calls[0]! as [string, Record<string, (...args: unknown[]) => unknown>];
    expect(key).toBe('werkplaats');
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onCommand']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');

    // Calls go to the one channel; a malformed method name never leaves the page.
    await bridge.call!('../../evil', {});
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    await bridge.call!('listDocuments', {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannel, 'listDocuments', {});

    // Commands reach the page checked and without the IPC event; anything malformed is dropped.
    const received: unknown[] = [];
    const unsubscribe = bridge.onCommand!((command: unknown) => received.push(command)) as () => void;
    const [channel, forward] = vi.mocked(electron.ipcRenderer.on).mock.calls[0]! as unknown as [string, (event: unknown, message: unknown) => void];
    expect(channel).toBe(appCommandChannel);
    const event = { sender: { send: vi.fn() }, ports: [] };
    forward(event, { name: 'search' });
    forward(event, { name: 'open-link', docId: 'a', fragment: null });
    forward(event, { name: 'search', exec: 'rm -rf /' });
    forward(event, 'search');
    forward(event, { name: 'quit' });
    expect(received).toEqual([{ name: 'search' }, { name: 'open-link', docId: 'a', fragment: null }]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(appCommandChannel, forward);
  });
});
