/** The reading settings say where the data folder is; the browser host shows it without offering to open it. */
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

test('the reading settings show the data folder, and in the browser explain how to open it instead of a button', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('reading-settings').click();
  const folder = page.getByTestId('data-folder');
  await expect(folder).toContainText('Gegevensmap');
  await expect(folder.getByTestId('data-folder-path')).toHaveText(host.dataDir);
  await expect(folder.getByTestId('open-data-folder')).toHaveCount(0);
  await expect(folder).toContainText('Open de map in je bestandsbeheer');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByTestId('reading-settings').click();
  await expect(folder).toContainText('Data folder');
  await expect(folder).toContainText('Open the folder in your file manager');
  await expect(folder.getByTestId('data-folder-path')).toHaveText(host.dataDir);

  // The API agrees: this host cannot open folders, whatever the page asks.
  const answer = await page.evaluate(async () => {
    const token = sessionStorage.getItem('werkplaats-token') ?? '';
    const response = await fetch('api/openDataFolder', { method: 'POST', headers: { 'content-type': 'application/json', 'x-werkplaats-token': token }, body: '{}' });
    return { status: response.status, body: (await response.json()) as unknown };
  });
  expect(answer).toEqual({ status: 409, body: { ok: false, error: { code: 'folder-open-unavailable', params: {} } } });
});
