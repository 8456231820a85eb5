import { describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run here; the shell's logic is tested against a stand-in of the electron module.
vi.mock('electron', () => ({
  app: { on: vi.fn(), whenReady: vi.fn(), getPath: vi.fn(), getAppPath: vi.fn(), requestSingleInstanceLock: vi.fn(), quit: vi.fn(), exit: vi.fn() },
  BrowserWindow: vi.fn(),
  ipcMain: { handle: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  shell: { openExternal: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
}));

const { windowOptions, registerIpc, isTrustedSender, hardenWebContents, readPackTarget, launchCommand } = await import('./main.js');
const { parseAppCommand } = await import('../core/api/appCommand.js');
const { ipcChannel } = await import('../core/api/transport.js');
const { stubApi } = await import('../core/api/stubApi.js');

function fakeApi() {
  return stubApi({
    getAppInfo: vi.fn(async () => ({ corpusVersion: 'v', documentCount: 0, readOnly: false, notices: [], canTakeOver: false })),
    listDocuments: vi.fn(async () => []),
  });
}

function senderEvent(url: string, mainFrame = true) {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : { url } } } as never;
}

describe('windowOptions', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    const preferences = windowOptions('/app/preload.cjs').webPreferences!;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
  });

  it('has DevTools off unless asked for (the app asks only when not packaged)', () => {
    expect(windowOptions('p').webPreferences!.devTools).toBe(false);
    expect(windowOptions('p', { devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('fits a 1024×768 screen', () => {
    const options = windowOptions('p');
    expect(options.minWidth).toBeLessThanOrEqual(1024);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });
});

describe('registerIpc', () => {
  it('registers exactly one channel, named after the app', () => {
    const ipc = { handle: vi.fn() };
    registerIpc(ipc, fakeApi());
    expect(ipc.handle).toHaveBeenCalledTimes(1);
    expect(ipc.handle.mock.calls[0]![0]).toBe(ipcChannel);
    expect(ipcChannel).toMatch(/^werkplaats:/);
  });

  it('runs calls from the app page through dispatch', async () => {
    const ipc = { handle: vi.fn() };
    const api = fakeApi();
    registerIpc(ipc, api);
    const handler = ipc.handle.mock.calls[0]![1];
    expect(await handler(senderEvent('app://werkplaats/index.html'), 'listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(await handler(senderEvent('app://werkplaats/index.html'), 'listDocuments', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(api.listDocuments).toHaveBeenCalledTimes(1);
  });

  it('refuses calls from other origins and from subframes without running them', async () => {
    const ipc = { handle: vi.fn() };
    const api = fakeApi();
    registerIpc(ipc, api);
    const handler = ipc.handle.mock.calls[0]![1];
    for (const event of [senderEvent('https://evil.example/'), senderEvent('file:///etc/passwd'), senderEvent('app://werkplaats/index.html', false), senderEvent('app://other/index.html')]) {
      expect(await handler(event, 'listDocuments', {})).toMatchObject({ ok: false });
    }
    expect(api.listDocuments).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  it.each([
    ['app://werkplaats/index.html', true],
    ['app://werkplaats/', true],
    ['app://werkplaatsen.evil/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['not a url', false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSender(senderEvent(url))).toBe(trusted);
  });

  it('refuses an event without a frame', () => {
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: {} } } as never)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    return {
      contents: {
        setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
        on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
      } as never,
      open: (url: string) => openHandler!({ url }),
      emit: (name: string, ...args: unknown[]) => listeners.get(name)!(...args),
    };
  }

  it('denies window.open and hands web links to the system browser', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    hardenWebContents(fake.contents, async (url) => void opened.push(url));
    expect(fake.open('https://www.windesheim.nl/')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.windesheim.nl/']);
  });

  it('blocks navigation away from the app but allows app pages', () => {
    const opened: string[] = [];
    const fake = fakeContents();
    hardenWebContents(fake.contents, async (url) => void opened.push(url));
    const away = { preventDefault: vi.fn() };
    fake.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    fake.emit('will-navigate', inside, 'app://werkplaats/index.html#/doc/x');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    fake.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    fake.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(opened).toEqual(['https://evil.example/']);
  });
});

describe('readPackTarget', () => {
  it('turns a launched pack file into an open-route-pack command the preload accepts, and leaves other files to the import', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-main-'));
    const pack = join(folder, 'leesroute.json');
    writeFileSync(pack, '{"format":"werkplaats-leesroute","formatVersion":2}');
    const notes = join(folder, 'notities.json');
    writeFileSync(notes, '{"type":"AnnotationCollection"}');

    const packTarget = await readPackTarget({ kind: 'file', path: pack });
    const command = launchCommand(packTarget!);
    expect(command).toEqual({ name: 'open-route-pack', file: 'leesroute.json', content: '{"format":"werkplaats-leesroute","formatVersion":2}' });
    expect(parseAppCommand(command)).toEqual(command);
    expect(launchCommand((await readPackTarget({ kind: 'file', path: notes }))!)).toEqual({ name: 'import', path: notes });
    expect(await readPackTarget(null)).toBeNull();
  });
});
