/** Saves screenshots of the library and the reader at 1280×800, in Dutch and English, light and dark, into the screenshot folder (dist/screenshots; `npm run screenshots` writes docs/screenshots). */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { documentIds, openApp, screenshotFolder } from './appPage.js';

const folder = screenshotFolder;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Hover effects would make the shots depend on where the pointer was left.
  await page.mouse.move(0, 0);
}

for (const [language, scheme] of [['nl', 'light'], ['nl', 'dark'], ['en', 'light'], ['en', 'dark']] as const) {
  test(`screenshots in ${language}, ${scheme}`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.addInitScript((chosen) => localStorage.setItem('werkplaats-language', chosen), language);
    const ids = await documentIds(page, host.url);
    const readerId = ids[0]!;

    // Open a document first so the library shows "Verder lezen".
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState'));
    await openApp(page, host.url, `#/doc/${ids[1]}`);
    await saved;
    await openApp(page, host.url, '#/');
    await expect(page.getByTestId('continue-reading')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await settle(page);
    await page.screenshot({ path: join(folder, `library-${language}-${scheme}.png`) });

    await openApp(page, host.url, `#/doc/${readerId}`);
    await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', readerId);
    await expect(page.getByTestId('toc-entry').first()).toHaveAttribute('aria-current', 'true');
    await settle(page);
    await page.screenshot({ path: join(folder, `reader-${language}-${scheme}.png`) });
  });
}
