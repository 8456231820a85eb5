/** In the English UI nothing of the app's own text is Dutch: every view is scanned for Dutch UI words, outside the Dutch document text. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';
import { api, phraseIn } from './notesHelpers.js';

/** Dutch words that belong to the app's interface (not to the corpus, which stays Dutch and is marked lang="nl"). */
const dutchWords = [
  'aantekening', 'aantekeningen', 'bibliotheek', 'zoeken', 'sluiten', 'vorige', 'volgende', 'inhoud', 'inleiding', 'notitie', 'kleur',
  'markeer', 'markering', 'belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek', 'documenten', 'thema’s', 'themakaart', 'gemeenten', 'ook over',
  'lezer', 'terug', 'opnieuw', 'soort', 'nieuws', 'zie ook', 'geen', 'niet', 'toon', 'alle', 'van de', 'het', 'een', 'wissen',
];

/** The visible text and the accessible labels on the page that are not inside Dutch content (`lang="nl"`). */
function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pieces: string[] = [];
    const english = (element: Element | null) => !element?.closest('[lang]:not(html)') || element.closest('[lang]:not(html)')!.getAttribute('lang') !== 'nl';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !english(parent) || parent.closest('script, style, [aria-hidden="true"] .never')) continue;
      const text = node.textContent?.trim();
      if (text) pieces.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!english(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) pieces.push(value);
      }
    }
    return pieces;
  });
}

function dutchIn(pieces: string[]): string[] {
  return pieces.filter((piece) => dutchWords.some((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(piece)));
}

test('the English UI shows no Dutch of its own on any view', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.addInitScript(() => localStorage.setItem('werkplaats-language', 'en'));
  const docId = 'werkplaats-flevoland';
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toBeVisible();
  const phrase = await phraseIn(page, 1, 5);
  await api(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 0, tags: ['study'] });

  const found: string[] = [];
  const scan = async (where: string) => found.push(...dutchIn(await interfaceText(page)).map((piece) => `${where}: ${piece}`));

  await openApp(page, host.url, '#/');
  await expect(page.getByTestId('document-card').first()).toBeVisible();
  await scan('library');
  await openApp(page, host.url, `#/doc/${docId}?q=mantelzorg`);
  await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
  await scan('reader');
  await page.locator('mark.text-mark--annotation').first().click();
  await expect(page.getByTestId('annotation-popover')).toBeVisible();
  await scan('reader + popover');
  await page.keyboard.press('Escape');
  await page.getByRole('tab').nth(1).click();
  await scan('reader + see also');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('mantelzorg');
  await expect(page.locator('[role="option"]').first()).toBeVisible();
  await scan('search');
  await page.keyboard.press('Escape');
  for (const hash of ['#/themes', '#/theme/informal-care', '#/map', '#/routes', '#/notes']) {
    await openApp(page, host.url, hash);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('[data-testid="loading"]')).toHaveCount(0);
    await scan(hash);
  }
  expect(found).toEqual([]);
});

test('start-up notices about the data speak English in the English UI', async ({ page, host }) => {
  const pageWithDeepHeading = { id: 'algemeen-1', scope: { kind: 'general' }, content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Kop' }] }] }, text: 'Kop', created: '2026-11-01T10:00:00.000Z', modified: '2026-11-01T10:00:00.000Z', deleted: null };
  writeFileSync(join(host.dataDir, 'werkplaats-reader.json'), JSON.stringify({ schemaVersion: 3, annotations: [null], notebook: [pageWithDeepHeading] }));
  writeFileSync(join(host.dataDir, 'reading-state.json'), '{ "werkplaats-flevoland": { "offset": 1');
  await page.addInitScript(() => localStorage.setItem('werkplaats-language', 'en'));
  await openApp(page, await host.restart(), '#/');
  const notices = page.getByTestId('notice');
  await expect(notices).toHaveCount(3);
  for (const summary of await page.locator('.notice__folder summary').all()) await summary.click();
  await expect(notices.filter({ hasText: 'set apart' })).toContainText('1 annotation could not be read');
  await expect(notices.filter({ hasText: 'cleaned up' })).toBeVisible();
  await expect(notices.filter({ hasText: 'reading positions were damaged' })).toBeVisible();
  expect(dutchIn(await interfaceText(page))).toEqual([]);
});

for (const language of ['nl', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots in ${language}, ${theme}, to dist/screenshots`, async ({ page, host }) => {
      await page.setViewportSize({ width: 1600, height: 1000 });
      await page.addInitScript(
        ([lang, scheme]) => {
          localStorage.setItem('werkplaats-language', lang);
          localStorage.setItem('werkplaats-theme', scheme);
        },
        [language, theme] as const,
      );
      const docId = 'werkplaats-flevoland';
      await openApp(page, host.url, `#/doc/${docId}`);
      await expect(page.locator('article.doc')).toBeVisible();
      const phrase = await phraseIn(page, 1, 8);
      await api(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 0, tags: ['scriptie'] });
      const shot = (name: string) => page.screenshot({ path: `dist/screenshots/language-${name}-${language}-${theme}.png` });

      await openApp(page, host.url, '#/');
      await expect(page.getByTestId('document-card').first()).toBeVisible();
      await shot('library');
      await openApp(page, host.url, `#/doc/${docId}?q=mantelzorg`);
      await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
      await page.keyboard.press('Control+f');
      await page.getByTestId('find-input').fill('werkplaats');
      await expect(page.getByTestId('find-count')).not.toHaveText('');
      await shot('reader');
      await page.keyboard.press('Escape');
      await page.locator('mark.text-mark--annotation').first().click();
      await expect(page.getByTestId('annotation-popover')).toBeVisible();
      await shot('popover');
      await page.keyboard.press('Escape');
      await openApp(page, host.url, '#/map');
      await expect(page.getByTestId('theme-map')).toBeVisible();
      await shot('map');
      await openApp(page, host.url, '#/notes');
      await expect(page.locator('.overview-card').first()).toBeVisible();
      await shot('notes');
    });
  }
}
