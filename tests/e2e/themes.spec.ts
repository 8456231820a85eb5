/** Themes link the Werkplaatsen: the theme index, a theme page with its passages, theme chips and "Zie ook" in the reader, and the theme map. */
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { headerBottom, nextFrames, openApp } from './appPage.js';

async function openThemePage(page: Page, url: string, themeId: string): Promise<void> {
  await openApp(page, url, `#/theme/${themeId}`);
  await expect(page.getByTestId('theme-view')).toHaveAttribute('data-theme-id', themeId);
}

test('the theme index lists every theme with its description and counts, and cards open theme pages', async ({ page, host }) => {
  await openApp(page, host.url, '#/themes');
  const cards = page.getByTestId('theme-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(12);
  await expect(page.locator('.primary-nav__link[aria-current="page"]')).toHaveText('Thema’s');

  const informalCare = page.locator('[data-testid="theme-card"][data-theme-id="informal-care"]');
  await expect(informalCare.locator('.theme-card__description')).not.toBeEmpty();
  await expect(informalCare.locator('.theme-card__synonyms')).toContainText('mantelzorger');
  await expect(informalCare.locator('.theme-card__count')).toContainText(/\d+ passages/);
  // Narrower themes name the theme they belong to; broader ones list their subthemes.
  await expect(page.locator('[data-testid="theme-card"][data-theme-id="intellectual-disability"] .theme-card__broader')).toContainText('Inclusie');
  await expect(page.locator('[data-testid="theme-card"][data-theme-id="inclusion"] .theme-card__narrower a')).toHaveCount(3);

  await informalCare.locator('.theme-card__link').click();
  await expect(page.getByTestId('theme-view')).toHaveAttribute('data-theme-id', 'informal-care');
});

test('the informal-care page groups its passages per Werkplaats and a passage opens the reader there with the evidence marked', async ({ page, host }) => {
  await openThemePage(page, host.url, 'informal-care');
  await expect(page.locator('.theme-page__title')).toHaveText('Informele zorg en mantelzorg');
  const groups = page.getByTestId('theme-group');
  const regions = await groups.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-region')));
  for (const region of ['Flevoland', 'Regio Zwolle', 'Zuid-Holland Zuid', 'Noord-Holland']) expect(regions).toContain(region);
  // Every group says how many passages it holds, and every passage shows why it is there.
  for (const group of await groups.all()) {
    const count = await group.getByTestId('theme-passage').count();
    expect(count).toBeGreaterThan(0);
    await expect(group.locator('.passage-group__count')).toContainText(String(count));
  }
  await expect(page.locator('.passage .theme-evidence').first()).toBeVisible();

  // Open a passage deep in a document: the reader scrolls to it instead of the top and marks the theme's words.
  const group = page.locator('[data-testid="theme-group"][data-region="Noord-Holland"]');
  const link = group.locator('.passage__link').last();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^#\/doc\/[^?]+\?at=\d+&theme=informal-care$/);
  const docId = await group.getAttribute('data-doc-id');
  await link.click();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId!);
  const at = Number(/at=(\d+)/.exec(href)![1]);
  await expect(page.locator('.doc-body mark.text-mark--evidence').first()).toBeAttached();
  const index = await page
    .locator('.doc-body mark.text-mark--evidence')
    .evaluateAll((elements, offset) => elements.findIndex((element) => Number((element as HTMLElement).dataset.start) >= offset), at);
  expect(index).toBeGreaterThanOrEqual(0);
  await expect(page.locator('.doc-body mark.text-mark--evidence').nth(index)).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await expect(page.getByTestId('theme-marks-bar')).toContainText('Informele zorg');

  // The marks can be cleared.
  await page.getByTestId('theme-marks-bar').getByRole('button', { name: 'Markeringen weghalen' }).click();
  await expect(page.locator('mark.text-mark--evidence')).toHaveCount(0);
});

test('sections carry theme chips that explain themselves and link to theme pages', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/werkplaats-regio-zwolle');
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', 'werkplaats-regio-zwolle');
  const chips = page.getByTestId('section-theme-chip');
  await expect(chips.first()).toBeVisible();
  expect(await chips.count()).toBeGreaterThan(3);
  // Chips sit inside sections, right under the heading when there is one.
  const underHeading = await page.locator('.doc-section h2 + [data-testid="section-themes"]').count();
  expect(underHeading).toBeGreaterThan(0);
  const first = chips.first();
  await expect(first).toHaveAttribute('href', /^#\/theme\/[\w-]+$/);
  await expect(first).toHaveAttribute('title', /^waarom: \S/);
  const themeId = await first.getAttribute('data-theme-id');
  await first.click();
  await expect(page.getByTestId('theme-view')).toHaveAttribute('data-theme-id', themeId!);
});

test('"Zie ook" lists passages from other documents for the section in view, each with its reason', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const docId = 'werkplaats-flevoland';
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  const panel = page.getByTestId('reader-panel');
  await panel.getByRole('tab', { name: /Zie ook/ }).click();
  const items = page.getByTestId('see-also-item');
  await expect(items.first()).toBeVisible();
  // The panel is a third column beside the text on a wide screen.
  const panelBox = (await panel.boundingBox())!;
  const textBox = (await page.locator('article.doc').boundingBox())!;
  expect(panelBox.x).toBeGreaterThan(textBox.x + textBox.width);

  for (const item of await items.all()) {
    expect(await item.getAttribute('data-doc-id')).not.toBe(docId);
    await expect(item.getByTestId('see-also-reason')).toHaveText(/^ook over: \S/);
    await expect(item.locator('.related__title')).not.toBeEmpty();
  }

  // Another section asks once; coming back to the first uses the cached answer.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/getRelatedPassages')) requests.push(request.postData() ?? '');
  });
  const entries = page.getByTestId('toc-entry');
  const second = entries.nth(2);
  const secondId = await second.getAttribute('data-section-id');
  await second.click();
  await expect.poll(() => requests.some((body) => body.includes(secondId!))).toBe(true);
  await expect(items.first()).toBeVisible();
  await entries.first().click();
  await expect(entries.first()).toHaveAttribute('aria-current', 'true');
  await nextFrames(page);
  expect(requests.filter((body) => body.includes('"inleiding"'))).toHaveLength(0);

  // An item opens the reader in the other document, with its passage at the top (the three-column layout is in place from the first frame).
  const item = items.first();
  const otherId = await item.getAttribute('data-doc-id');
  const at = Number(/at=(\d+)/.exec((await item.getAttribute('href'))!)![1]);
  await item.click();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', otherId!);
  await expect(page.locator('mark.text-mark--evidence').first()).toBeAttached();
  const top = await headerBottom(page);
  await expect
    .poll(() =>
      page.evaluate((offset) => {
        const block = Array.from(document.querySelectorAll<HTMLElement>('.doc-body [data-offset]')).filter((element) => Number(element.dataset.offset) <= offset).pop()!;
        const section = block.closest('section')!;
        // A section's first block brings its heading along.
        const shown = section.querySelector('[data-offset]') === block && section.querySelector('h2') ? section : block;
        return Math.round(shown.getBoundingClientRect().top);
      }, at),
    )
    .toBeLessThan(top + 60);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('the theme map has a linked, counted cell for every theme and document, a text version and the Werkplaatsen', async ({ page, host }) => {
  await openApp(page, host.url, '#/map');
  const map = page.getByTestId('theme-map');
  await expect(map).toBeVisible();
  const rows = map.getByTestId('theme-map-row');
  const columns = map.getByTestId('theme-map-column');
  const rowCount = await rows.count();
  const columnCount = await columns.count();
  expect(rowCount).toBeGreaterThanOrEqual(12);
  expect(columnCount).toBe(5);
  const cells = map.getByTestId('theme-map-cell');
  await expect(cells).toHaveCount(rowCount * columnCount);
  const facts = await cells.evaluateAll((elements) =>
    elements.map((element) => ({ tag: element.tagName, href: element.getAttribute('href') ?? '', count: element.getAttribute('data-count'), text: element.textContent })),
  );
  for (const fact of facts) {
    expect(fact.tag).toBe('A');
    expect(fact.href).toMatch(/^#\/(doc|theme)\//);
    expect(fact.text).toBe(fact.count);
  }
  expect(facts.some((fact) => Number(fact.count) > 0 && fact.href.startsWith('#/doc/'))).toBe(true);

  // Keyboard: one cell in the tab order, arrows move between cells.
  const focusable = await cells.evaluateAll((elements) => elements.filter((element) => element.getAttribute('tabindex') === '0').length);
  expect(focusable).toBe(1);
  await map.locator('[data-row="0"][data-column="-1"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(map.locator('[data-row="0"][data-column="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(map.locator('[data-row="1"][data-column="0"]')).toBeFocused();

  // The text version names each theme with its places and counts.
  const text = page.getByTestId('theme-map-text');
  await text.locator('summary').click();
  await expect(text.locator('li')).toHaveCount(rowCount);
  await expect(text.locator('li').first()).toContainText(/: .+\(\d+\)/);

  // Where the Werkplaatsen work.
  const werkplaatsen = page.getByTestId('werkplaats-card');
  expect(await werkplaatsen.count()).toBe(4);
  await expect(page.locator('[data-testid="werkplaats-card"][data-doc-id="werkplaats-noord-holland"]')).toContainText('gemeenten');

  // A cell with passages opens the reader at the first of them.
  const cell = cells.filter({ hasText: /^[1-9]/ }).first();
  const docId = await cell.getAttribute('data-doc-id');
  await cell.click();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId!);
  await expect(page.locator('mark.text-mark--evidence').first()).toBeInViewport();
});

test('with the "Zie ook" column on a wide screen, the saved reading position still comes back', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const docId = 'werkplaats-noord-holland';
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.getByTestId('section-theme-chip').first()).toBeVisible();
  const offset = await page.evaluate(() => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('.doc-body [data-offset]'));
    const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
    const candidates = blocks.filter((block) => block.closest('section')!.querySelector('[data-offset]') !== block && block.getBoundingClientRect().top + window.scrollY - 200 < maxScroll);
    return Number(candidates[Math.floor(candidates.length * 0.6)]!.dataset.offset);
  });
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/setReadingState') && JSON.parse(response.request().postData() ?? '{}').offset === offset);
  await page.locator(`.doc-body [data-offset="${offset}"]`).first().evaluate((block) => block.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await saved;

  // Away and back within the app, as a reader does: the document view mounts afresh and restores.
  await page.evaluate(() => (window.location.hash = '#/themes'));
  await expect(page.getByTestId('theme-card').first()).toBeVisible();
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), docId);
  await expect(page.getByTestId('section-theme-chip').first()).toBeAttached();
  const block = page.locator(`.doc-body [data-offset="${offset}"]`).first();
  await expect(block).toBeInViewport();
  const top = await headerBottom(page);
  expect((await block.boundingBox())!.y).toBeGreaterThanOrEqual(top - 2);
  expect((await block.boundingBox())!.y).toBeLessThan(top + 120);
});
