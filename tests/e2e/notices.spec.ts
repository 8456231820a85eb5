/** What the app reports at start reaches the user: dismissible notices, and a lasting one in read-only mode. */
import { writeFileSync } from 'node:fs';
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
