/** What the app reports at start reaches the user: dismissible notices, and a lasting one in read-only mode. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './webHostFixture.js';
import { nextFrames, openApp } from './appPage.js';

const dataFile = 'werkplaats-reader.json';

test('a notice from start-up shows as a dismissible banner', async ({ page, host }) => {
  writeFileSync(join(host.dataDir, dataFile), '{ dit is geen json');
  const url = await host.restart();
  await openApp(page, url);
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('beschadigd');
  await expect(page.getByTestId('notice-read-only')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('document-card')).toHaveCount(5);
});

test('read-only data shows a lasting notice and reading still works', async ({ page, host }) => {
  writeFileSync(join(host.dataDir, dataFile), JSON.stringify({ schemaVersion: 999, readingStates: {} }));
  const url = await host.restart();
  await openApp(page, url);
  const lasting = page.getByTestId('notice-read-only');
  await expect(lasting).toBeVisible();
  await expect(lasting.getByRole('button')).toHaveCount(0);

  const refused = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState'));
  await page.getByTestId('document-card').first().click();
  await expect(page.locator('article.doc')).toBeVisible();
  await expect(lasting).toBeVisible();
  expect((await (await refused).json()).ok).toBe(false);
  // Nothing that would make a highlight is offered: selecting text shows no toolbar.
  await page.locator('.doc-paragraph').first().selectText();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
  await nextFrames(page);
  await expect(page.getByTestId('selection-toolbar')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect(page.getByTestId('error-state')).toHaveCount(0);
  await expect(page.locator('article.doc')).toBeVisible();
});

test.describe('a restored backup', () => {
  test.use({ timezoneId: 'Europe/Amsterdam' });

  test('is named by its local date and time in the UI language, with the folder shown only on request', async ({ page, host }) => {
    // A backup from yesterday at 09:30 UTC, inside the backups' keeping window whatever day the test runs.
    const taken = new Date(Date.now() - 24 * 60 * 60 * 1000);
    taken.setUTCHours(9, 30, 0, 0);
    const stamp = taken.toISOString().replace(/[:.]/g, '-');
    mkdirSync(join(host.dataDir, 'backups'), { recursive: true });
    writeFileSync(join(host.dataDir, 'backups', `werkplaats-reader-${stamp}.json`), JSON.stringify({ schemaVersion: 3, annotations: [], notebook: [] }));
    writeFileSync(join(host.dataDir, dataFile), '{ dit is geen json');
    const url = await host.restart();
    await openApp(page, url);

    const local = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(taken);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(`De meest recente goede reservekopie, van ${local('nl-NL')}, is teruggezet.`);
    await expect(notice).toContainText(/om 1[01]:30/);
    await expect(notice).not.toContainText(stamp);
    const folder = notice.getByTestId('notice-folder');
    await expect(folder).toBeHidden();
    expect(await notice.innerText()).not.toContain(host.dataDir);
    await notice.getByText('Toon map').click();
    await expect(folder).toBeVisible();
    await expect(folder).toHaveText(host.dataDir);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(notice).toContainText(`The most recent good backup, from ${local('en-GB')}, was restored.`);
    await expect(notice.getByText('Show location')).toBeVisible();
  });
});
