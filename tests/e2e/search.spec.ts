/** Search as you type (Ctrl+K), opening a hit in the reader, and find in the document (Ctrl+F), against the real web host. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { hasHorizontalOverflow, nextFrames, openApp, screenshotFolder } from './appPage.js';

async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('search-dialog')).toBeVisible();
  await expect(page.getByTestId('search-input')).toBeFocused();
}

/** Types `text` key by key, checking after each key that the results shown answer exactly what is in the field. */
async function typeAndFollow(page: Page, text: string, typed = ''): Promise<void> {
  const results = page.getByTestId('search-results');
  for (const key of text) {
    typed += key;
    await page.keyboard.type(key);
    await expect(results).toHaveAttribute('data-query', typed.trim());
  }
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByTestId('search-input').fill(query);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', query);
}

function highlightedWords(page: Page): Promise<string[]> {
  return page.locator('[data-testid="search-hit"] mark.search-hit__match').allTextContents();
}

test('typing searches at every keystroke and shows hits grouped per document with counts', async ({ page, host }) => {
  await openApp(page, host.url);
  await expect(page.getByTestId('document-card').first()).toBeVisible();
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/search')) searches.push(JSON.parse(request.postData() ?? '{}').query);
  });

  await openSearch(page);
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await typeAndFollow(page, 'zorg');
  // One search per keystroke, none held back by a debounce.
  expect(searches).toEqual(['z', 'zo', 'zor', 'zorg']);

  const groups = page.getByTestId('search-group');
  expect(await groups.count()).toBeGreaterThan(1);
  const docIds = await groups.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-doc-id')));
  expect(new Set(docIds).size).toBe(docIds.length);
  // Each group's count is its document's number of matching passages, and the group holds that many hits (all fit in one page here).
  for (const group of await groups.all()) {
    const count = Number(await group.getByTestId('search-group-count').textContent());
    await expect(group.getByTestId('search-hit')).toHaveCount(count);
    await expect(group.locator('.search-hit__section').first()).not.toBeEmpty();
  }
  await expect(page.getByTestId('search-status')).toContainText(/\d+ passages in \d+ documenten/);

  // Growing the query narrows the results, still per keystroke.
  await typeAndFollow(page, ' vr', 'zorg');
  // A trailing space changes nothing, so it asks nothing.
  expect(searches.slice(4)).toEqual(['zorg v', 'zorg vr']);
});

test('a slow answer to an older keystroke never replaces a newer one', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.route('**/api/search', async (route) => {
    const { query } = JSON.parse(route.request().postData() ?? '{}') as { query: string };
    if (query === 'jeu') await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const slowAnswer = page.waitForResponse((response) => response.url().endsWith('/api/search') && response.request().postData()?.includes('"jeu"') === true);
  await openSearch(page);
  await page.keyboard.type('jeu');
  await page.keyboard.type('gd');
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', 'jeugd');
  // Once the slow answer is in and painted, the newer one still shows.
  await slowAnswer;
  await nextFrames(page);
  await expect(results).toHaveAttribute('data-query', 'jeugd');
});

test('matches found through folding, stemming and compounds are highlighted', async ({ page, host }) => {
  await openApp(page, host.url);
  await openSearch(page);
  await search(page, 'client');
  const folded = await highlightedWords(page);
  expect(folded.length).toBeGreaterThan(0);
  expect(folded.some((word) => /^cliënt/i.test(word))).toBe(true);
  expect(folded).toContain('Cliëntondersteuning');

  await search(page, 'mantelzorg');
  expect(await highlightedWords(page)).toContain('mantelzorgers');
});

test('↑ ↓ choose a hit and Enter opens the reader at its passage with the matches marked, over the saved position', async ({ page, host }) => {
  // Read the document once: its saved position is now its top.
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState'));
  await openApp(page, host.url, '#/doc/werkplaats-flevoland');
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');
  await saved;
  await openApp(page, host.url, '#/');
  await expect(page.getByTestId('document-card').first()).toBeVisible();

  const input = page.getByTestId('search-input');
  await openSearch(page);
  await search(page, 'client');
  await expect(input).toHaveAttribute('role', 'combobox');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const group = page.getByTestId('search-group').first();
  await expect(group).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-dialog')).toBeHidden();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#\/doc\/werkplaats-flevoland\?at=\d+&q=client$/);
  const at = Number(/at=(\d+)/.exec(hash)![1]);

  const marks = page.locator('mark.text-mark--search');
  await expect(marks.first()).toBeVisible();
  // The opened hit hands its own matches to the reader (no second search).
  expect(await marks.count()).toBeGreaterThan(0);
  // The hit's own match is in view, in the passage's block, not the saved top of the document.
  const hitMark = page.locator('mark.text-mark--search').filter({ hasText: /^Cliënt/ }).first();
  await expect(hitMark).toBeInViewport();
  const blockOffset = await hitMark.evaluate((mark) => Number(mark.closest<HTMLElement>('[data-offset]')!.dataset.offset));
  expect(blockOffset).toBeLessThanOrEqual(at);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await expect(page.locator('#doc-title')).not.toBeInViewport();

  // The note says why words are marked and clears them.
  await page.getByRole('button', { name: 'Zoektreffers verbergen' }).click();
  await expect(marks).toHaveCount(0);
});

test('Esc closes the search and returns focus; "/" opens it when not typing', async ({ page, host }) => {
  await openApp(page, host.url);
  const nav = page.getByRole('link', { name: 'Thema’s' });
  await nav.focus();
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-dialog')).toBeVisible();
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-dialog')).toBeHidden();
  await expect(nav).toBeFocused();
  // Escape closed only the panel: still in the library.
  expect(new URL(page.url()).hash).toBe('#/');

  // The header button opens it too, and the last query is still there.
  await page.getByTestId('search-open').click();
  await search(page, 'jeugd');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-open')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('search-input')).toHaveValue('jeugd');
});

test('a typo shows "Bedoelde je" with the correction, which searches it explicitly', async ({ page, host }) => {
  await openApp(page, host.url);
  await openSearch(page);
  await search(page, 'mantelzrog');
  const correction = page.getByTestId('search-correction');
  await expect(correction).toContainText('Bedoelde je');
  await expect(correction.getByRole('button')).toContainText('mantelzorg');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  const corrected = (await correction.getByRole('button').textContent())!;
  await correction.getByRole('button').click();
  await expect(page.getByTestId('search-input')).toHaveValue(corrected);
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', corrected);
  await expect(correction).toBeHidden();

  await search(page, 'qqqqzzzz');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await expect(page.getByTestId('search-no-results')).toContainText('qqqqzzzz');
});

test('filters narrow the results and keep showing every alternative with its count', async ({ page, host }) => {
  await openApp(page, host.url);
  await openSearch(page);
  await search(page, 'zorg');
  const status = page.getByTestId('search-status');
  const regions = page.getByTestId('search-facet-region').getByTestId('search-filter-option');
  const regionCount = await regions.count();
  expect(regionCount).toBeGreaterThan(1);
  const allHits = await page.getByTestId('search-hit').count();

  const flevoland = page.getByTestId('search-facet-region').locator('[data-value="Flevoland"]');
  const flevolandCount = Number(await flevoland.locator('.search-facet__count').textContent());
  expect(flevolandCount).toBeGreaterThan(0);
  expect(flevolandCount).toBeLessThan(allHits);
  await flevoland.click();
  await expect(flevoland).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('search-hit')).toHaveCount(flevolandCount);
  await expect(status).toContainText(`${flevolandCount} passages`);
  // Counts ignore the filters, so the other regions stay on offer.
  await expect(regions).toHaveCount(regionCount);

  // Kind: only the news item.
  await page.getByTestId('search-facet-kind').locator('[data-value="news"]').click();
  const groups = page.getByTestId('search-group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toHaveAttribute('data-doc-id', /^nieuws-/);

  // Clearing brings everything back.
  await page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await expect(page.getByTestId('search-hit')).toHaveCount(allHits);

  // Document filter.
  const documentOption = page.getByTestId('search-facet-document').locator('[data-value="werkplaats-zuid-holland-zuid"]');
  const documentCount = Number(await documentOption.locator('.search-facet__count').textContent());
  await documentOption.click();
  await expect(groups).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toHaveCount(documentCount);
});

test('a theme filter shows the theme by name with its count and keeps only passages on that theme', async ({ page, host }) => {
  await openApp(page, host.url);
  await openSearch(page);
  await search(page, 'vrijwilligers');
  const option = page.getByTestId('search-facet-theme').locator('[data-value="informal-care"]');
  await expect(option).toContainText('Informele zorg');
  const themeCount = Number(await option.locator('.search-facet__count').textContent());
  expect(themeCount).toBeGreaterThan(0);
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('search-hit')).toHaveCount(themeCount);
});

test('Ctrl+F finds in the document with "1 van N", moves through the matches and Esc clears them', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/werkplaats-flevoland');
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('zorg');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 van \d+$/);
  const total = Number(/van (\d+)/.exec((await count.textContent())!)![1]);
  expect(total).toBeGreaterThan(2);
  await expect(page.locator('mark.text-mark--find')).toHaveCount(total - 1);
  const current = page.locator('mark.text-mark--find-current');
  await expect(current).toHaveCount(1);
  // Stemming and compounds count here too.
  expect((await page.locator('mark.text-mark--find, mark.text-mark--find-current').allTextContents()).some((word) => /^zorgvragers$/i.test(word))).toBe(true);
  const first = await current.getAttribute('data-start');

  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 van ${total}`);
  await expect(current).not.toHaveAttribute('data-start', first!);
  await expect(current).toBeInViewport();
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`1 van ${total}`);
  await expect(current).toHaveAttribute('data-start', first!);
  await page.getByTestId('find-previous').click();
  await expect(count).toHaveText(`${total} van ${total}`);
  await expect(current).toBeInViewport();
  await page.getByTestId('find-next').click();
  await expect(count).toHaveText(`1 van ${total}`);

  await input.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await expect(page.locator('mark.text-mark--find, mark.text-mark--find-current')).toHaveCount(0);
  // Escape closed only the find bar: still reading.
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');

  await page.keyboard.press('Control+f');
  await expect(input).toHaveValue('zorg');
  await page.keyboard.type('qqqqzzzz');
  await expect(count).toHaveText('Geen treffers');
});

test('at 1024×768 the header keeps the search within reach in the library and the reader', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const hash of ['#/', '#/doc/werkplaats-flevoland']) {
    await openApp(page, host.url, hash);
    const trigger = page.getByTestId('search-open');
    await expect(trigger).toBeInViewport({ ratio: 1 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const header = await page.locator('.app-header__inner').evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(header).toBe(true);
    await trigger.click();
    await expect(page.getByTestId('search-input')).toBeFocused();
    await page.keyboard.press('Escape');
  }
});

const screenshots = screenshotFolder;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`search screenshot in ${scheme}`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openApp(page, host.url);
    await expect(page.getByTestId('document-card').first()).toBeVisible();
    await openSearch(page);
    await search(page, 'client');
    await expect(page.locator('mark.search-hit__match').first()).toBeVisible();
    await settle(page);
    await page.screenshot({ path: join(screenshots, `search-${scheme}.png`) });
  });
}

test('find screenshot in light', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openApp(page, host.url, '#/doc/werkplaats-flevoland');
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-flevoland');
  await page.keyboard.press('Control+f');
  await page.keyboard.type('zorg');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 van/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(/^3 van/);
  await expect(page.locator('mark.text-mark--find-current')).toBeInViewport();
  await settle(page);
  await page.screenshot({ path: join(screenshots, 'find-light.png') });
});
