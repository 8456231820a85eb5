/** The printed link opens the app once: afterwards the same URL, from history or a `ps` listing, opens nothing elsewhere. */
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

test('the launch link works once, and the secret never reaches the page', async ({ page, browser, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('document-card')).toHaveCount(5);
  expect(page.url()).not.toContain('launch=');
  // The session cookie is HttpOnly: no script in the page can read it.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

  // The same link in another browser profile (someone who read it from history or `ps`): refused.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  const response = await other.goto(host.url);
  expect(response?.status()).toBe(403);
  await expect(other.locator('body')).toContainText('al gebruikt');
  await expect(other.locator('body')).toContainText('has been used');
  const origin = new URL(host.url).origin;
  const apiStatus = await other.evaluate(async (url) => (await fetch(`${url}/api/listDocuments`, { method: 'POST', body: '{}' })).status, origin);
  expect(apiStatus).toBe(401);
  // Even the app's address without the link opens nothing there.
  expect((await other.goto(`${origin}/#/notes`))?.status()).toBe(401);
  await stranger.close();

  // The browser that opened it keeps working, also after a reload.
  await page.reload();
  await expect(page.getByTestId('document-card')).toHaveCount(5);
});
