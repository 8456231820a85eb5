/** The library lists the corpus, opens documents by mouse and keyboard, and fits a 1024×768 window. */
import { test, expect } from './webHostFixture.js';
import { documentIds, hasHorizontalOverflow, openApp } from './appPage.js';

const expectedTitles = [
  'Werkplaats Sociaal Domein Flevoland',
  'Werkplaats Sociaal Domein Zwolle',
  'Werkplaats Sociaal Domein Zuid-Holland Zuid',
  'Werkplaats Sociaal Domein Noord-Holland',
];

test('the library shows the five documents with their titles', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('library')).toBeVisible();
  const cards = page.getByTestId('document-card');
  await expect(cards).toHaveCount(5);
  const titles = await page.locator('.card__title').allInnerTexts();
  for (const title of expectedTitles) expect(titles).toContain(title);
  expect(titles.filter((title) => title.includes('24-uurszorg'))).toHaveLength(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  // The launch code left the address bar; the route stayed.
  expect(page.url()).not.toContain('launch=');
  // Kinds are badged; the news item shows a date.
  await expect(page.locator('.card .badge--news')).toHaveCount(1);
  await expect(page.locator('.card--news time')).toHaveCount(1);
});

test('a card is a link that Tab reaches and Enter opens; Escape goes back', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('document-card').first()).toBeVisible();
  let onCard = false;
  for (let presses = 0; presses < 25 && !onCard; presses += 1) {
    await page.keyboard.press('Tab');
    onCard = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'document-card');
  }
  expect(onCard).toBe(true);
  const docId = await page.evaluate(() => document.activeElement!.getAttribute('data-doc-id'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader')).toBeVisible();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId!);
  expect(new URL(page.url()).hash).toBe(`#/doc/${docId}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
});

test('"Verder lezen" offers the last document read', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await expect(page.getByTestId('continue-reading')).toHaveCount(0);
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState'));
  await openApp(page, host.url, `#/doc/${ids[2]}`);
  await expect(page.locator('article.doc')).toBeVisible();
  await saved;
  const title = await page.locator('.doc-header__title').innerText();
  await page.getByTestId('back-to-library').click();
  const banner = page.getByTestId('continue-reading');
  await expect(banner).toContainText(title);
  await banner.getByRole('link').click();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', ids[2]!);
});

test('the language toggle switches the UI to English and is remembered', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Document text stays Dutch whatever the UI language.
  await page.getByTestId('document-card').first().click();
  await expect(page.getByTestId('document-body')).toHaveAttribute('lang', 'nl');
});

test('the theme toggle sets data-theme and follows the system by default', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, host.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Licht' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Systeem' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('at 1024×768 neither the library nor the reader scrolls sideways', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const ids = await documentIds(page, host.url);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  for (const id of ids) {
    await openApp(page, host.url, `#/doc/${id}`);
    await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', id);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  }
  // Below ~1100px the contents sit behind a toggle.
  await expect(page.getByTestId('toc')).toBeHidden();
  await page.getByTestId('toc-toggle').click();
  await expect(page.getByTestId('toc')).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('toc')).toBeHidden();
  await expect(page.getByTestId('reader')).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('document-card').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/');
});
