/** Runs the real desktop app where the Electron binary exists; elsewhere it is skipped with the reason printed. */
import { test, expect, _electron as electron } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

const binary = findElectronBinary();
if (!binary.path) console.log(`Electron-test overgeslagen: ${binary.reason}`);

test.describe('desktop app', () => {
  test.skip(!binary.path, binary.reason ?? '');

  test('opens the library in a hardened window and reads a document', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'werkplaats-electron-'));
    const app = await electron.launch({ executablePath: binary.path, args: [resolve('.'), `--user-data-dir=${userData}`] });
    const window = await app.firstWindow();
    await expect(window.getByTestId('document-card')).toHaveCount(5);
    expect(window.url()).toMatch(/^app:\/\/werkplaats\//);
    const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined');
    expect(isolated).toBe(true);
    await window.getByTestId('document-card').first().click();
    await expect(window.locator('main h2').first()).toBeVisible();
    await app.close();
  });
});
