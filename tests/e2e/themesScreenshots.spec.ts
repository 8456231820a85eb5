/** Saves screenshots of the theme map (light and dark), a theme page and the reader with theme chips and "Zie ook" into the screenshot folder (dist/screenshots; `npm run screenshots` writes docs/screenshots). */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { animationsDone, openApp, screenshotFolder } from './appPage.js';

const folder = screenshotFolder;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // Hover effects would make the shots depend on where the pointer was left.
  await page.mouse.move(0, 0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`theme map screenshot in ${scheme}`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openApp(page, host.url, '#/map');
    await expect(page.getByTestId('theme-map-cell').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await settle(page);
    await page.screenshot({ path: join(folder, `theme-map-${scheme}.png`) });
  });
}

test('theme page screenshot', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openApp(page, host.url, '#/theme/informal-care');
  await expect(page.getByTestId('theme-passage').first()).toBeVisible();
  await settle(page);
  await page.screenshot({ path: join(folder, 'theme-page-light.png') });
});

test('reader with themes screenshot', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openApp(page, host.url, '#/theme/informal-care');
  // A passage that opens its section, so the heading and its theme chips are in the shot.
  const group = page.locator('[data-testid="theme-group"][data-region="Regio Zwolle"]');
  await group.locator('.passage__link').first().click();
  await expect(page.locator('mark.text-mark--evidence').first()).toBeAttached();
  await page.getByTestId('reader-panel').getByRole('tab', { name: /Zie ook/ }).click();
  await expect(page.getByTestId('see-also-item').first()).toBeVisible();
  await expect(page.getByTestId('section-theme-chip').first()).toBeAttached();
  // Let the brief passage highlight fade so the shot shows the steady state.
  await animationsDone(page);
  await settle(page);
  await page.screenshot({ path: join(folder, 'reader-themes-light.png') });
});
