/** The reader shows a document's structure, jumps through its contents, moves between documents and reports errors. */
import { test, expect } from './webHostFixture.js';
import { documentIds, headerBottom, openApp } from './appPage.js';

test('opening a document shows its metadata and its sections', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await page.getByTestId('document-card').first().click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', ids[0]!);
  await expect(page.locator('.doc-header__title')).toBeVisible();
  await expect(page.getByTestId('document-facts')).toBeVisible();

  const headings = page.locator('.doc-section__heading');
  expect(await headings.count()).toBeGreaterThan(1);
  for (const heading of await headings.all()) await expect(heading).toBeAttached();
  await expect(headings.first()).toBeVisible();

  // Every TOC entry maps to a section; the lead is called "Inleiding".
  const entries = page.getByTestId('toc-entry');
  expect(await entries.count()).toBe(await page.locator('.doc-section').count());
  if ((await page.locator('.doc-section--lead').count()) > 0) await expect(entries.first()).toHaveText('Inleiding');
  await expect(entries.first()).toHaveAttribute('aria-current', 'true');

  // Every block carries its offset into the canonical text.
  const offsets = await page.locator('.doc-body [data-offset]').evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-offset'))));
  expect(offsets.length).toBeGreaterThan(3);
  expect(offsets.every((offset) => Number.isInteger(offset) && offset >= 0)).toBe(true);
  expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
});

test('a TOC entry scrolls its section to the top and marks it current', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${ids[1]}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', ids[1]!);
  const entries = page.getByTestId('toc-entry');
  const count = await entries.count();
  expect(count).toBeGreaterThan(2);
  const target = entries.nth(Math.min(3, count - 1));
  const sectionId = await target.getAttribute('data-section-id');
  const heading = page.locator(`#heading-${sectionId}`);
  await expect(heading).not.toBeInViewport();

  await target.click();
  await expect(target).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-testid="toc-entry"][aria-current="true"]')).toHaveCount(1);
  const top = await headerBottom(page);
  await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(top);
  await expect.poll(async () => (await heading.boundingBox())?.y ?? 9999).toBeLessThan(top + 80);
  await expect(heading).toBeFocused();

  // Scrolling back up hands the mark back to the first section.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect(entries.first()).toHaveAttribute('aria-current', 'true');
  await expect(target).not.toHaveAttribute('aria-current', 'true');

  // The last section may be too short to reach the top; the jump still marks it.
  const last = entries.last();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(page.locator(`#heading-${await last.getAttribute('data-section-id')}`)).toBeInViewport();
  await page.waitForFunction(() => window.scrollY > 0);
  await expect(last).toHaveAttribute('aria-current', 'true');
});

test('previous/next buttons and shortcuts follow the library order', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${ids[0]}`);
  const article = page.locator('article.doc');
  await expect(article).toHaveAttribute('data-doc-id', ids[0]!);
  await expect(page.getByTestId('previous-document')).toBeDisabled();

  await page.getByTestId('next-document').click();
  await expect(article).toHaveAttribute('data-doc-id', ids[1]!);
  await page.keyboard.press(']');
  await expect(article).toHaveAttribute('data-doc-id', ids[2]!);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(article).toHaveAttribute('data-doc-id', ids[1]!);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(article).toHaveAttribute('data-doc-id', ids[2]!);
  await page.keyboard.press('[');
  await expect(article).toHaveAttribute('data-doc-id', ids[1]!);
  await page.keyboard.press('b');
  await expect(page.getByTestId('library')).toBeVisible();

  await openApp(page, host.url, `#/doc/${ids[ids.length - 1]}`);
  await expect(page.getByTestId('next-document')).toBeDisabled();
});

test('an unknown document id shows the error with a way back', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/bestaat-niet');
  const error = page.getByTestId('error-state');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Er is geen document met id');
  await expect(error).toContainText('bestaat-niet');
  await error.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('document-card')).toHaveCount(5);
});

test('an error from the app follows the UI language: switching to English translates it in place', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/bestaat-niet');
  const error = page.getByTestId('error-state');
  await expect(error).toContainText('Er is geen document met id "bestaat-niet".');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(error).toContainText('There is no document with id "bestaat-niet".');
  await expect(error).not.toContainText('Er is geen document');
});

test('below 1440 px the side panel is a drawer opened from a button, never lost below the text', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const ids = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${ids[0]}`);
  const panel = page.getByTestId('reader-panel');
  await expect(panel).toBeHidden();
  const toggle = page.getByTestId('reader-panel-toggle');
  await expect(toggle).toBeInViewport();
  await toggle.click();
  await expect(panel).toBeInViewport();
  await expect(panel.getByRole('tab', { name: /Aantekeningen/ })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Open, the corner button gives way (it would cover the drawer's last lines) to a close button inside the drawer.
  await expect(toggle).toBeHidden();
  const close = panel.getByTestId('reader-panel-close');
  await expect(close).toBeInViewport();
  await close.click();
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  // A click on the backdrop beside the drawer closes it too.
  await toggle.click();
  await expect(panel).toBeInViewport();
  await page.getByTestId('reader-panel-backdrop').click({ position: { x: 40, y: 300 } });
  await expect(panel).toBeHidden();
});
