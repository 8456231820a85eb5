/** The note editors under the app's CSP: no inline style is refused, ProseMirror finds its white-space rule, and a space stays outside a bold word; and the overview prints without the app's chrome. */
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { documentIds, openApp } from './appPage.js';
import { api, phraseIn } from './notesHelpers.js';

interface Complaints {
  console: string[];
  violations: string[];
}

/** Collects console messages and CSP violation events from the first script on, for every page the test opens. */
async function collectComplaints(page: Page): Promise<() => Promise<Complaints>> {
  const console: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.effectiveDirective} ${event.blockedURI}`));
  });
  return async () => ({ console, violations: await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) });
}

function aboutStyleOrWhiteSpace(lines: readonly string[]): string[] {
  return lines.filter((line) => /style-src|inline style|white-space/i.test(line));
}

test('the note editors apply no refused inline style, and a space typed before Ctrl+B stays outside the bold', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const complaints = await collectComplaints(page);
  const [docId] = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId!);
  const phrase = await phraseIn(page, 1, 4);
  const created = await api<{ id: string }>(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 0 });
  await page.reload();

  const mark = page.locator(`mark[data-annotation-id="${created.id}"]`).first();
  await mark.click();
  const card = page.getByTestId('annotation-popover');
  await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
  const editor = card.getByRole('textbox', { name: 'Notitie' });
  await expect(editor).toBeFocused();
  // ProseMirror's own rule reached the editor from our stylesheet.
  expect(await editor.evaluate((element) => getComputedStyle(element).whiteSpace)).toMatch(/pre-wrap|break-spaces/);
  await page.keyboard.type('Vergelijk met ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('bold');
  expect(await editor.innerHTML()).toContain('Vergelijk met <strong>bold</strong>');
  await expect(card.getByTestId('save-status')).toHaveText(/Opgeslagen/);
  await card.getByRole('button', { name: 'Klaar' }).click();
  // The shown note: exactly "bold" is bold (toHaveText would trim a swallowed space away).
  expect(await card.locator('strong').evaluate((element) => element.textContent)).toBe('bold');
  expect(await card.locator('.note-content').first().evaluate((element) => element.textContent)).toBe('Vergelijk met bold');

  const stored = await api<{ id: string; note: { content: { content: { text: string; marks?: { type: string }[] }[] }[] } }[]>(page, 'listAnnotations', {});
  const runs = stored.find((annotation) => annotation.id === created.id)!.note.content[0]!.content;
  expect(runs.map((run) => [run.text, (run.marks ?? []).map((markType) => markType.type)])).toEqual([
    ['Vergelijk met ', []],
    ['bold', ['bold']],
  ]);

  // The notebook editor on the overview, under the same policy: empty, it shows its hint (drawn by CSS).
  await openApp(page, host.url, '#/notes');
  const notebook = page.getByTestId('notebook').getByRole('textbox');
  await expect(notebook.locator('p').first()).toHaveAttribute('data-placeholder', /Markering citeren/);
  expect(await notebook.locator('p').first().evaluate((element) => getComputedStyle(element, '::before').content)).toContain('Schrijf hier je gedachten');
  await notebook.click();
  await page.keyboard.type('Algemeen');
  await expect(page.getByTestId('notebook').getByTestId('save-status')).toHaveText(/Opgeslagen/);

  // The route editor's instruction field, under the same policy.
  await openApp(page, host.url, '#/routes');
  await page.getByTestId('route-new-title').fill('Proefroute');
  await page.getByRole('button', { name: 'Maken' }).click();
  const instruction = page.getByTestId('route-add-step').locator('.ProseMirror');
  await instruction.click();
  await page.keyboard.type('Lees eerst ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('dit');
  expect(await instruction.innerHTML()).toContain('Lees eerst <strong>dit</strong>');

  const { console, violations } = await complaints();
  expect(violations).toEqual([]);
  expect(aboutStyleOrWhiteSpace(console)).toEqual([]);
});

test('the notes overview prints its cards without the header, navigation, search, filters or toolbars', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const [docId] = await documentIds(page, host.url);
  await openApp(page, host.url, `#/doc/${docId}`);
  const phrase = await phraseIn(page, 1, 4);
  await api(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 1, tags: ['nalezen'] });
  await openApp(page, host.url, '#/notes');
  await expect(page.getByTestId('overview-annotation')).toHaveCount(1);
  await expect(page.getByTestId('overview-filters')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.app-header', 'nav', '[role="search"]', '[data-testid="overview-filters"]', '[role="toolbar"]', '[data-testid="export-open"]', '.overview-card__open']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.getByTestId('overview-annotation')).toBeVisible();
  await expect(page.getByTestId('overview-annotation')).toContainText(phrase.text);
  await expect(page.getByTestId('overview-tag')).toBeVisible();
  await expect(page.getByTestId('notebook').getByRole('textbox')).toBeVisible();
});
