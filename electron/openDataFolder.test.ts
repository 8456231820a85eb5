import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The Electron binary cannot run here: the real shell, with the real API over a fresh data folder, runs against a
// stand-in of the electron module, and the page's calls go through the one IPC handler it registers.
const userData = mkdtempSync(join(tmpdir(), 'werkplaats-folder-'));
const appRoot = process.cwd();

vi.mock('electron', () => {
  class FakeWindow {
    webContents = { send: () => undefined };
    once() {}
    on() {}
    maximize() {}
    show() {}
    isMinimized() { return false; }
    restore() {}
    focus() {}
    isMaximized() { return false; }
    getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 860 }; }
    async loadURL() {}
  }
  return {
    app: {
      on: vi.fn(),
      whenReady: async () => undefined,
      getPath: () => userData,
      getAppPath: () => appRoot,
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
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    dialog: { showSaveDialog: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  };
});

const electron = await import('electron');
const { startApp } = await import('./main.js');

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('opening the data folder from the desktop app', async () => {
  const argv = process.argv;
  process.argv = [join(appRoot, 'werkplaats-reader')];
  await startApp();
  process.argv = argv;
  const handler = vi.mocked(electron.ipcMain.handle).mock.calls[0]![1] as (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
  const frame = { url: 'app://werkplaats/index.html' };
  const page = { senderFrame: frame, sender: { mainFrame: frame } };
  const openPath = vi.mocked(electron.shell.openPath);

  it('tells the page where the data lives, and that it can be opened here', async () => {
    expect(await handler(page, 'getDataFolder', {})).toEqual({ ok: true, value: { path: userData, canOpen: true } });
  });

  it('opens exactly the data folder with shell.openPath, and nothing else', async () => {
    openPath.mockClear();
    expect(await handler(page, 'openDataFolder', {})).toEqual({ ok: true, value: { opened: true } });
    expect(openPath.mock.calls).toEqual([[userData]]);
  });

  it.each([{ path: '/etc' }, { folder: '/home' }, { path: '../../etc' }, '/etc'])('trusts no path from the page: %j is refused and opens nothing', async (input) => {
    openPath.mockClear();
    expect(await handler(page, 'openDataFolder', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('refuses a call from any other page or frame', async () => {
    openPath.mockClear();
    const elsewhere = { url: 'https://example.org/' };
    expect(await handler({ senderFrame: elsewhere, sender: { mainFrame: elsewhere } }, 'openDataFolder', {})).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    expect(openPath).not.toHaveBeenCalled();
  });

  it('says what went wrong when the system cannot open the folder', async () => {
    openPath.mockResolvedValueOnce('No application is registered to open folders');
    expect(await handler(page, 'openDataFolder', {})).toEqual({
      ok: false,
      error: { code: 'folder-open-failed', params: { detail: 'No application is registered to open folders' } },
    });
  });
});
