/** axe-core on every view (reading routes and the import report included), light and dark, Dutch and English, 1600 and 1024 wide, with drawers, popovers, menus, dialogs, the toolbar and the find bar open: 0 violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';
import { api, phraseIn, selectRange } from './notesHelpers.js';

/** One line per violation: where, which rule, and the first offending element. */
async function violations(page: Page, where: string): Promise<string[]> {
  const started = Date.now();
  const result = await new AxeBuilder({ page }).analyze();
  if (process.env.AXE_TIMING) console.log(where, Date.now() - started);
  return result.violations.map((violation) => `${where}: ${violation.id} (${violation.impact}) ${violation.nodes.length}× e.g. ${violation.nodes[0]?.target.join(' ')} — ${violation.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
}

const docId = 'werkplaats-flevoland';

for (const language of ['nl', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1600, 1024] as const) {
      test(`axe: every view and open state, ${language}, ${theme}, ${width}`, async ({ page, host }) => {
        test.setTimeout(240_000);
        await page.setViewportSize({ width, height: width === 1024 ? 768 : 1000 });
        await page.addInitScript(
          ([lang, scheme]) => {
            localStorage.setItem('werkplaats-language', lang);
            localStorage.setItem('werkplaats-theme', scheme);
          },
          [language, theme] as const,
        );
        const found: string[] = [];
        const check = async (where: string) => found.push(...(await violations(page, where)));

        await openApp(page, host.url, '#/');
        await expect(page.getByTestId('document-card').first()).toBeVisible();
        await check('library');
        // The import's report dialog, here refusing a file with its reasons.
        await page.getByTestId('import-input').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('[{"type":"Annotation","id":"x","target":"s","__proto__":{"a":1}}]') });
        await expect(page.getByTestId('notes-import-dialog')).toBeVisible();
        await check('library + import report');
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('notes-import-dialog')).toHaveCount(0);

        // A highlight with a note, so the reader, the panel and the overview have something to show.
        await openApp(page, host.url, `#/doc/${docId}`);
        await expect(page.locator('article.doc')).toBeVisible();
        const phrase = await phraseIn(page, 1, 5);
        await api(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 1, tags: ['zorg'] });
        await openApp(page, host.url, `#/doc/${docId}?q=mantelzorg`);
        await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
        await check('reader');

        // The selection toolbar.
        const other = await phraseIn(page, 3, 4);
        await selectRange(page, other.start, other.end);
        await expect(page.getByTestId('selection-toolbar')).toBeVisible();
        await check('reader + selection toolbar');
        // "Voeg toe aan leesroute": its menu over the selection.
        await page.getByTestId('selection-toolbar').getByTestId('add-to-route').click();
        await expect(page.getByTestId('route-menu').getByRole('menuitem').first()).toBeFocused();
        await check('reader + route menu');
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('route-menu')).toBeHidden();
        await page.keyboard.press('Escape');

        // The highlight's popover.
        await page.locator('mark.text-mark--annotation').first().click();
        await expect(page.getByTestId('annotation-popover')).toBeVisible();
        await check('reader + popover');
        await page.keyboard.press('Escape');

        // The find bar.
        await page.keyboard.press('Control+f');
        await page.getByTestId('find-input').fill('werkplaats');
        await expect(page.getByTestId('find-count')).not.toHaveText('');
        await check('reader + find bar');
        await page.keyboard.press('Escape');

        // The side panel (a drawer at 1024), then the contents drawer.
        await page.keyboard.press('n');
        await expect(page.getByTestId('reader-panel')).toBeVisible();
        await check('reader + notes panel');
        await page.getByRole('tab').nth(1).click();
        await check('reader + see-also panel');
        await page.getByRole('tab').nth(2).click();
        await expect(page.getByTestId('route-panel').or(page.locator('.route-panel__empty'))).toBeVisible();
        await check('reader + route panel');
        await page.keyboard.press('Escape');
        if (width === 1024) {
          await page.getByTestId('toc-toggle').click();
          await check('reader + contents drawer');
          await page.keyboard.press('Escape');
        }

        // The search palette and the shortcut help.
        await page.keyboard.press('Control+k');
        await page.keyboard.type('mantelzorg');
        await expect(page.locator('[role="option"]').first()).toBeVisible();
        await check('search palette');
        await page.keyboard.press('Escape');
        await page.keyboard.press('?');
        await expect(page.getByTestId('shortcut-help')).toBeVisible();
        await check('shortcut help');
        await page.keyboard.press('Escape');

        for (const [hash, name] of [
          ['#/themes', 'themes'],
          ['#/theme/informal-care', 'theme page'],
          ['#/map', 'theme map'],
          ['#/routes', 'reading routes'],
          ['#/nowhere', 'not found'],
          ['#/notes', 'notes overview'],
        ] as const) {
          await openApp(page, host.url, hash);
          await expect(page.locator('main')).toBeVisible();
          await expect(page.locator('.loading, [data-testid="loading"]')).toHaveCount(0);
          await check(name);
        }
        await page.getByTestId('insert-quote').click();
        await expect(page.getByRole('menu')).toBeVisible();
        await check('notes overview + quote menu');
        await page.keyboard.press('Escape');
        await page.getByTestId('export-open').first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await check('notes overview + export dialog');
        await page.keyboard.press('Escape');

        // A reading route with a passage and a question, in the editor and as a student follows it.
        const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
        const route = await api<{ id: string }>(page, 'createRoute', { title: 'Mantelzorg in de regio', audience: 'Jaar 2', goals: ['Rollen benoemen'] });
        await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'passage', docId, start: phrase.start, end: phrase.end }, instruction: paragraph('Lees dit eerst.'), questions: [paragraph('Wie doet wat?')] });
        await api(page, 'addRouteStep', { routeId: route.id, target: { kind: 'theme', themeId: 'informal-care' } });
        await openApp(page, host.url, `#/route/${route.id}`);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('.loading, [data-testid="loading"]')).toHaveCount(0);
        await check('route editor');
        await openApp(page, host.url, `#/route/${route.id}/follow?step=0`);
        await expect(page.locator('main mark').first()).toBeVisible();
        await check('following a route');

        // The reading settings ("Aa").
        await page.getByTestId('reading-settings').click();
        await expect(page.getByTestId('reading-settings-panel')).toBeVisible();
        await check('reading settings');

        if (found.length > 0) console.log(found.join('\n'));
        expect(found).toEqual([]);
      });
    }
  }
}
