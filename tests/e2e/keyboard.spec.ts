/** The app by keyboard only: a student's whole flow from search to a tagged note found again, and Escape that closes the innermost thing first. */
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

/** A description of the focused element: its tag, test id, accessible-ish name and whether it sits in the document body. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? null,
      name: (element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim().slice(0, 80),
      inBody: element?.closest('[data-document-body]') !== null && element !== null,
      inToolbar: element?.closest('[data-testid="selection-toolbar"]') !== null,
      inPopover: element?.closest('[data-testid="annotation-popover"]') !== null,
      inPanel: element?.closest('[data-testid="reader-panel"]') !== null,
      testId: element?.dataset.testid ?? null,
      isBody: element === document.body,
    };
  });
}

/** Presses Tab until the focused element's name matches `name` (at most `limit` times); fails otherwise. */
async function tabTo(page: Page, name: RegExp, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (name.test((await focused(page)).name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; focus is on ${JSON.stringify(await focused(page))}`);
}

test('a student searches, opens a hit, highlights a sentence with a note and a tag, reloads and finds it in the overview, all by keyboard', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('mantelzorgers');
  await expect(page.locator('[role="option"]').first()).toBeVisible();
  await page.keyboard.press('Enter');

  // Focus lands on the passage of the hit, not on <body>.
  await expect(page.locator('article.doc')).toBeVisible();
  await expect.poll(async () => (await focused(page)).inBody).toBe(true);

  // Caret mode, then Shift+Ctrl+→ selects word by word.
  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret-mode-badge')).toBeVisible();
  await expect(page.getByTestId('reading-caret')).toBeVisible();
  await page.keyboard.press('Shift+ArrowDown');
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim().split(/\s+/).length).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();

  // h opens the toolbar with focus inside; arrows move in it; Notitie highlights and opens the note.
  await page.keyboard.press('h');
  await expect.poll(async () => (await focused(page)).inToolbar).toBe(true);
  await page.keyboard.press('End');
  expect((await focused(page)).name).toMatch(/^Passage toevoegen aan leesroute$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect((await focused(page)).name).toMatch(/Notitie/);
  await page.keyboard.press('Enter');
  const popover = page.getByTestId('annotation-popover');
  await expect(popover).toBeVisible();
  await expect.poll(async () => (await focused(page)).inPopover).toBe(true);
  await page.keyboard.type('Belangrijk voor mijn scriptie');

  // Tag it, from inside the card.
  await tabTo(page, /^Tag toevoegen$/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('scriptie');
  await page.keyboard.press('Enter');
  await expect(popover.locator('.notes-tag')).toHaveText(['scriptie×']);

  // Escape closes the card and gives focus back to the text, still in the reader.
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page.locator('article.doc')).toBeVisible();
  await expect.poll(async () => (await focused(page)).isBody).toBe(false);
  await expect(page.locator('mark.text-mark--annotation')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('mark.text-mark--annotation')).toHaveCount(1);

  // Back to the library with b, then the main menu to the overview, and its search finds the note.
  await page.locator('article.doc').waitFor();
  await page.keyboard.press('b');
  await expect(page.getByTestId('library')).toBeVisible();
  await tabTo(page, /^Aantekeningen$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/notes$/);
  await tabTo(page, /Zoek in aantekeningen/);
  await page.keyboard.type('scriptie');
  const card = page.locator('.overview-card').filter({ hasText: 'Belangrijk voor mijn scriptie' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('scriptie');
});

test('Escape closes the innermost thing first and focus goes back to what opened it; the reader stays', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page, host.url, '#/doc/werkplaats-flevoland');
  await expect(page.locator('article.doc')).toBeVisible();
  // Make one highlight through the API-free path: select a paragraph with the context-menu key in caret mode.
  await page.keyboard.press('F7');
  // Caret mode is on (and the caret placed) before the arrow moves it; on a slow machine that takes a moment.
  await expect(page.getByTestId('caret-mode-badge')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.rangeCount ?? 0)).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+F10');
  await expect.poll(async () => (await focused(page)).inToolbar).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
  await page.keyboard.press('Escape'); // leaves caret mode
  await expect(page.getByTestId('caret-mode-badge')).toBeHidden();

  // n opens the drawer with focus on the first annotation; ↓ moves; Enter opens its card.
  await page.keyboard.press('n');
  await expect(page.getByTestId('reader-panel')).toHaveAttribute('data-drawer-open', 'true');
  await expect(page.getByTestId('reader-panel-backdrop')).toBeVisible();
  await expect.poll(async () => (await focused(page)).inPanel).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-popover')).toBeVisible();
  // The card takes focus, so its note, tags and colours are the next Tab stops (not the rest of the page).
  await expect.poll(async () => (await focused(page)).inPopover).toBe(true);
  await page.keyboard.press('Tab');
  expect((await focused(page)).inPopover).toBe(true);

  // Esc: the card, then the drawer (focus back to the item, then to the corner button), and only then back.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-popover')).toBeHidden();
  await expect(page.getByTestId('reader-panel')).toHaveAttribute('data-drawer-open', 'true');
  await expect.poll(async () => (await focused(page)).inPanel).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reader-panel')).toHaveAttribute('data-drawer-open', 'false');
  await expect.poll(async () => (await focused(page)).testId).toBe('reader-panel-toggle');
  await expect(page.locator('article.doc')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('library')).toBeVisible();
});

test('? shows every shortcut in the current language, and Escape closes it', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcut-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Cursormodus aan of uit');
  await expect(help.locator('kbd', { hasText: 'F7' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('library')).toBeVisible();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.keyboard.press('?');
  await expect(help).toContainText('Caret mode on or off');
  await expect(help).not.toContainText('Cursormodus');
});

test('the quote menu is a menu: it opens on its first item, ↓ and ↑ move, Escape returns to its button', async ({ page, host }) => {
  await openApp(page, host.url, '#/notes');
  const button = page.getByTestId('insert-quote');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('moving to another view by keyboard leaves focus on the menu link or in the new main area, never on <body>', async ({ page, host }) => {
  await openApp(page, host.url, '#/');
  await expect(page.getByTestId('library')).toBeVisible();
  for (const [link, url] of [
    [/^Leesroutes$/, /#\/routes$/],
    [/^Thema’s$/, /#\/themes$/],
  ] as const) {
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
    await expect.poll(async () => (await focused(page)).isBody).toBe(false);
    // Where the header stays, focus stays on the link just used; where the page is rebuilt, it moves to the new main area.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null || document.activeElement?.getAttribute('aria-current') === 'page')).toBe(true);
  }
});

test('after highlighting in caret mode the caret is back where it was, and the arrows go on selecting', async ({ page, host }) => {
  await openApp(page, host.url, '#/doc/werkplaats-flevoland');
  await expect(page.locator('article.doc')).toBeVisible();
  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret-mode-badge')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.rangeCount ?? 0)).toBeGreaterThan(0);
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Shift+Control+ArrowRight');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  await expect.poll(async () => (await focused(page)).inToolbar).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('mark.text-mark--annotation')).toHaveCount(1);
  // The highlight re-rendered the text under the selection; the next arrow brings the caret back and moves it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('reading-caret')).toBeVisible();
  await page.keyboard.press('Shift+Control+ArrowRight');
  const selected = await page.evaluate(() => {
    const selection = window.getSelection()!;
    return { inText: selection.anchorNode?.parentElement?.closest('[data-document-body]') !== null, text: selection.toString().trim() };
  });
  expect(selected.inText).toBe(true);
  expect(selected.text.length).toBeGreaterThan(0);
  await expect(page.getByTestId('caret-mode-badge')).toBeVisible();
});
