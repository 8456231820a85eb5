/**
 * The page's half of the desktop menu and of a second launch: commands arrive through the bridge's onCommand
 * (here a stand-in bridge in real Chromium, since Electron cannot run here) and open search, find or a deep link.
 */
import { test, expect } from './webHostFixture.js';
import { documentIds } from './appPage.js';

declare global {
  interface Window {
    /** Test hook: sends a command as the main process would. */
    sendAppCommand?: (command: unknown) => void;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Set<(command: unknown) => void>();
    // The preload's shape: call over the one channel (here HTTP to the web host), and onCommand.
    (window as unknown as { werkplaats: unknown }).werkplaats = {
      call: async (method: string, input: unknown) => (await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })).json(),
      onCommand: (listener: (command: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    window.sendAppCommand = (command) => listeners.forEach((listener) => listener(command));
  });
});

test('menu commands open search and find, a handed-over link opens its document, and unknown ones change nothing', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);

  await page.evaluate(() => window.sendAppCommand!({ name: 'search' }));
  await expect(page.getByTestId('search-input')).toBeVisible();
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-input')).toHaveCount(0);

  await page.evaluate((docId) => window.sendAppCommand!({ name: 'open-link', docId, fragment: null }), ids[2]!);
  await expect(page).toHaveURL(new RegExp(`#/doc/${ids[2]}$`));
  await expect(page.locator('article.doc')).toBeVisible();

  await page.evaluate(() => window.sendAppCommand!({ name: 'find' }));
  await expect(page.getByTestId('find-bar')).toBeVisible();
  await expect(page.getByTestId('find-input')).toBeFocused();

  // Help › Sneltoetsen (F1) shows the shortcut overview over the reader; Escape closes it and the reader stays.
  const before = page.url();
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.sendAppCommand!({ name: 'help' }));
  await expect(page.getByTestId('shortcut-help')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-help')).toHaveCount(0);

  // Unknown commands and a file path the page cannot read are ignored: the reader stays as it was.
  await page.evaluate(() => {
    window.sendAppCommand!({ name: 'import', path: '/etc/passwd' });
    window.sendAppCommand!({ name: 'no-such-command' });
  });
  await expect(page.locator('article.doc')).toBeVisible();
  expect(page.url()).toBe(before);
});

test('Bestand › Importeren… from the reader goes to the library with the import button focused, one Enter from the picker', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await page.evaluate((docId) => window.sendAppCommand!({ name: 'open-link', docId, fragment: null }), ids[0]!);
  await expect(page.locator('article.doc')).toBeVisible();
  await page.evaluate(() => window.sendAppCommand!({ name: 'import', path: null }));
  await expect(page).toHaveURL(/#\/$/);
  // A command from the menu is no click in the page, so Chromium keeps the picker shut; the button has focus instead.
  await expect(page.getByTestId('import-button')).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  expect((await chooser).isMultiple()).toBe(true);
});
