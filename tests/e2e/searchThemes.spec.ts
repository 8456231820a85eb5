/** Search that knows the themes and English: the theme a query names at the top, how a query was widened, no empty filter column, and an opened hit's matches handed to the reader. */
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill(query);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', query);
}

test('a query naming a theme shows it at the top with its counts, one click from its page', async ({ page, host }) => {
  await openApp(page, host.url, '#/');
  await searchFor(page, 'mantelzorg');
  const theme = page.getByTestId('search-theme').first();
  await expect(theme).toContainText('Informele zorg en mantelzorg');
  await expect(theme).toContainText(/\d+ passages in \d+ documenten/);
  await theme.click();
  await expect(page).toHaveURL(/#\/theme\/informal-care$/);
});

test('an English query finds Dutch passages and says how it matched', async ({ page, host }) => {
  await openApp(page, host.url, '#/');
  await searchFor(page, 'informal care');
  await expect(page.getByTestId('search-expansion')).toContainText('informal care → informele zorg, informele hulp, mantelzorg');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expect(page.locator('[data-testid="search-hit"] mark.search-hit__match').first()).toHaveText(/informe|mantelzorg/i);
  await expect(page.getByTestId('search-theme').first()).toContainText('Informele zorg en mantelzorg');
  await page.screenshot({ path: 'test-results/search-english-theme.png' });
});

test('no results show no empty filter column', async ({ page, host }) => {
  await openApp(page, host.url, '#/');
  await searchFor(page, 'qqxzwv');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await expect(page.getByTestId('search-filters')).toHaveCount(0);
});

test('opening a hit marks its matches in the reader without searching again', async ({ page, host }) => {
  await openApp(page, host.url, '#/');
  let searchedAgain = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/findInDocument')) searchedAgain += 1;
  });
  await searchFor(page, 'jeugdhulpverleners');
  await page.keyboard.press('Enter');
  await expect(page.locator('article.doc')).toBeVisible();
  await expect(page.locator('mark.text-mark--search').first()).toHaveText(/jeugdhulpverleners/i);
  expect(searchedAgain).toBe(0);
});
