import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The Electron binary cannot run here: startApp runs against a stand-in of the electron module that records what it is asked.
const userData = mkdtempSync(join(tmpdir(), 'werkplaats-start-'));
const recorded = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: Record<string, unknown>; sent: unknown[]; loaded: string[]; listeners: Map<string, () => void>; focused: number }[],
}));

vi.mock('electron', () => {
  class FakeWindow {
    record = { options: {} as Record<string, unknown>, sent: [] as unknown[], loaded: [] as string[], listeners: new Map<string, () => void>(), focused: 0 };
    webContents = { send: (channel: string, message: unknown) => this.record.sent.push([channel, message]) };
    constructor(options: Record<string, unknown>) {
      this.record.options = options;
      recorded.windows.push(this.record);
    }
    once(name: string, listener: () => void) { this.record.listeners.set(name, listener); }
    on(name: string, listener: () => void) { this.record.listeners.set(name, listener); }
    maximize() {}
    show() {}
    isMinimized() { return false; }
    restore() {}
    focus() { this.record.focused += 1; }
    isMaximized() { return false; }
    getNormalBounds() { return { x: 40, y: 30, width: 1300, height: 880 }; }
    async loadURL(url: string) { this.record.loaded.push(url); }
  }
  return {
    app: {
      on: (name: string, listener: (...args: unknown[]) => void) => recorded.appListeners.set(name, listener),
      whenReady: async () => undefined,
      getPath: () => userData,
      getAppPath: () => '/opt/werkplaats',
      getLocale: () => 'nl-NL',
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => true),
      setAsDefaultProtocolClient: vi.fn(() => true),
      enableSandbox: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
    shell: { openExternal: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  };
});

vi.mock('../node/createNodeApi.js', async () => {
  const { stubApi } = await import('../core/api/stubApi.js');
  return { createNodeApi: async () => ({ api: stubApi({}), notices: [], dataDamaged: false }) };
});

const electron = await import('electron');
const { startApp, windowOptions, appSchemePrivileges } = await import('./main.js');
const { appCommandChannel } = await import('../core/api/appCommand.js');

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('startApp', async () => {
  const argv = process.argv;
  process.argv = ['/opt/werkplaats/werkplaats-reader', 'werkplaats://doc/werkplaats-zwolle#inleiding'];
  await startApp();
  process.argv = argv;
  const window = recorded.windows[0]!;

  it('opens one window with exactly the hardened options, where the state file says', () => {
    expect(recorded.windows).toHaveLength(1);
    const expected = windowOptions('x');
    expect({ ...(window.options.webPreferences as object), preload: 'x' }).toEqual(expected.webPreferences);
    // No state file yet: the default size, centred on the screen's work area.
    expect(window.options).toMatchObject({ x: 320, y: 95, width: 1280, height: 860, minWidth: expected.minWidth });
  });

  it('sandboxes every renderer, denies permissions and registers app:// and werkplaats://', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([appSchemePrivileges]);
    expect(electron.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('werkplaats');
  });

  it('opens a link given at the first launch as the start page', () => {
    expect(window.loaded).toEqual(['app://werkplaats/index.html?doc=werkplaats-zwolle#inleiding']);
  });

  it('sets the native menu in the system language (Dutch here)', () => {
    const template = vi.mocked(electron.Menu.setApplicationMenu).mock.calls[0]![0] as unknown as { label?: string }[];
    expect(template.map((item) => item.label)).toContain('Bestand');
  });

  it('hands a second launch’s link or file to the first window and focuses it', async () => {
    const secondInstance = recorded.appListeners.get('second-instance')!;
    secondInstance({}, ['/opt/werkplaats/werkplaats-reader', '--flag', 'werkplaats://doc/werkplaats-flevoland']);
    secondInstance({}, ['/opt/werkplaats/werkplaats-reader', '/home/an/notities.json']);
    secondInstance({}, ['/opt/werkplaats/werkplaats-reader']);
    // A file is first looked at (is it a reading-route pack?), so the hand-over comes a moment later.
    await vi.waitFor(() => expect(window.focused).toBe(3));
    expect(window.sent).toEqual([
      [appCommandChannel, { name: 'open-link', docId: 'werkplaats-flevoland', fragment: null }],
      [appCommandChannel, { name: 'import', path: '/home/an/notities.json' }],
    ]);
  });

  it('remembers the window’s place in a small file in userData when it closes', () => {
    window.listeners.get('close')!();
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 40, y: 30, width: 1300, height: 880 }, maximized: false });
  });
});
