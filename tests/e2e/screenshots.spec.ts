/** Saves light and dark screenshots of the library and the reader at 1280×800 into the screenshot folder (dist/screenshots; `npm run screenshots` writes docs/screenshots). */
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

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots in ${scheme}`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const ids = await documentIds(page, host.url);
    const readerId = ids[0]!;

    // Open a document first so the library shows "Verder lezen".
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState'));
    await openApp(page, host.url, `#/doc/${ids[1]}`);
    await saved;
    await openApp(page, host.url, '#/');
    await expect(page.getByTestId('continue-reading')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await settle(page);
    await page.screenshot({ path: join(folder, `library-${scheme}.png`) });

    await openApp(page, host.url, `#/doc/${readerId}`);
    await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', readerId);
    await expect(page.getByTestId('toc-entry').first()).toHaveAttribute('aria-current', 'true');
    await settle(page);
    await page.screenshot({ path: join(folder, `reader-${scheme}.png`) });
  });
}
