/** Exporting from the dialog in Chromium: highlight and note in the reader, open the dialog, download Markdown and HTML that hold them. */
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect } from './webHostFixture.js';
import { documentIds, openApp } from './appPage.js';
import { phraseIn, selectRange } from './notesHelpers.js';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
});

async function downloadFrom(page: import('@playwright/test').Page): Promise<{ name: string; text: string }> {
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-save')).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-save').click()]);
  await expect(dialog.getByTestId('export-message')).toContainText(download.suggestedFilename());
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

test('a highlight with a note is exported from the dialog as Markdown and HTML holding the quote and the note', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId!);
  const phrase = await phraseIn(page, 1, 5);
  await selectRange(page, phrase.start, phrase.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Markeer als “vraag”' }).click();
  const mark = page.locator('mark.text-mark--annotation').first();
  await mark.click();
  const card = page.getByTestId('annotation-popover');
  await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await page.keyboard.type('Waarom ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('juist');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' hier?');
  await expect(card.getByTestId('save-status')).toHaveText(/Opgeslagen/);
  await card.getByRole('button', { name: 'Klaar' }).click();
  await page.keyboard.press('Escape');

  await page.getByTestId('notes-panel').getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-scope')).toHaveValue('document');
  await expect(dialog.getByTestId('export-count')).toHaveText('1 markering en 0 notitieboekpagina’s gaan mee');
  await expect(dialog.getByTestId('export-preview')).toContainText(phrase.text);

  const markdown = await downloadFrom(page);
  expect(markdown.name).toMatch(new RegExp(`^aantekeningen-${docId}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
  expect(markdown.text).toContain(`> ${phrase.text}`);
  expect(markdown.text).toContain('Waarom **juist** hier?');
  expect(markdown.text).toContain(`werkplaats://doc/${docId}#`);

  await dialog.getByTestId('export-format').selectOption('html');
  await expect(dialog.getByTestId('export-preview')).toContainText('<!doctype html>');
  const html = await downloadFrom(page);
  expect(html.name.endsWith('.html')).toBe(true);
  expect(html.text).toContain(phrase.text);
  // The editor may keep the typed space inside the bold run; either way it reads "Waarom juist hier?".
  expect(html.text).toMatch(/<p>Waarom ?<strong> ?juist<\/strong> hier\?<\/p>/);
  expect(html.text).toContain("script-src 'none'");
});

test('Ctrl+Shift+E opens the dialog from the overview with its filter, and Escape closes it', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${docId}`);
  const phrase = await phraseIn(page, 2, 4);
  await selectRange(page, phrase.start, phrase.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Markeer als “belangrijk”' }).click();
  await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();

  await openApp(page, host.url, '#/notes');
  await expect(page.getByTestId('overview-annotation')).toHaveCount(1);
  await page.locator('.overview__header').getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope')).toHaveValue('filter');
  await expect(dialog.getByTestId('export-count')).toHaveText('1 markering en 0 notitieboekpagina’s gaan mee');
  mkdirSync('dist/screenshots', { recursive: true });
  await dialog.screenshot({ path: 'dist/screenshots/export-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+Shift+E');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-scope')).toHaveValue('all');
  await dialog.getByTestId('export-include-highlights').uncheck();
  await expect(dialog.getByTestId('export-count')).toHaveText('0 markeringen en 0 notitieboekpagina’s gaan mee');
});
