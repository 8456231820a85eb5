/** Small helpers the e2e specs share: opening a hash route on the running host and reading layout facts. */
import type { Page } from '@playwright/test';
import { expect } from './webHostFixture.js';

/** Opens `hash` (e.g. `#/doc/x`) through the host's launch URL and waits for the app to render. */
export async function openApp(page: Page, url: string, hash = '#/'): Promise<void> {
  await page.goto(`${url}${hash}`);
  await expect(page.locator('.app-header')).toBeVisible();
}

/** Opens the library and returns the document ids in library order. */
export async function documentIds(page: Page, url: string): Promise<string[]> {
  await openApp(page, url);
  const cards = page.getByTestId('document-card');
  await expect(cards.first()).toBeVisible();
  return cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-doc-id') ?? ''));
}

/** True when the page is wider than the window (a horizontal scrollbar would show). */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Bottom edge of the sticky header: the top of the readable area. */
export function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.app-header')!.getBoundingClientRect().bottom);
}
