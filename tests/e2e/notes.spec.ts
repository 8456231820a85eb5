/** Private highlights and notes: made from a selection, kept across reloads in the right place, recoloured, deleted and undone, never carrying hostile content. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './webHostFixture.js';
import { documentIds, openApp } from './appPage.js';
import { api, markedText, phraseIn, selectRange } from './notesHelpers.js';

interface StoredAnnotation {
  id: string;
  color: number;
  tags: string[];
  note: unknown;
  noteText: string;
  selectors: { type: string; exact?: string; start?: number; end?: number }[];
}

test.beforeEach(async ({ page }) => {
  // Wide enough for the side panel to be a third column.
  await page.setViewportSize({ width: 1600, height: 1000 });
});

async function openReader(page: import('@playwright/test').Page, url: string, docId: string, hash = `#/doc/${docId}`) {
  await openApp(page, url, hash);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  await expect(page.getByRole('tab', { name: /Aantekeningen/ })).toBeVisible();
}

test('a selection becomes a highlight with a note that survives a reload in the same place', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const phrase = await phraseIn(page, 1, 5);

  await selectRange(page, phrase.start, phrase.end);
  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Markeer als “vraag”' }).click();
  await expect(toolbar).toBeHidden();

  const mark = page.locator('mark.text-mark--annotation').first();
  await expect(mark).toBeVisible();
  const id = (await mark.getAttribute('data-annotation-id'))!;
  expect(await markedText(page, id)).toBe(phrase.text);
  await expect(mark).toHaveClass(/text-mark--color-1/);
  await expect(page.getByRole('tab', { name: /Aantekeningen/ })).toContainText('1');

  // Open the card, write a rich note.
  await mark.click();
  const card = page.getByTestId('annotation-popover');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
  const editor = card.getByRole('textbox', { name: 'Notitie' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Waarom ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('juist');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' hier?');
  await expect(card.getByTestId('save-status')).toHaveText(/Opgeslagen/);
  await card.getByRole('button', { name: 'Klaar' }).click();
  await expect(card.locator('strong')).toHaveText('juist');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  // Escape closed the card and stayed in the reader.
  await expect(page.locator('article.doc')).toBeVisible();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toHaveClass(/text-mark--with-note/);

  await page.reload();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toBeVisible();
  expect(await markedText(page, id)).toBe(phrase.text);
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toHaveClass(/text-mark--with-note/);
  const stored = await api<StoredAnnotation[]>(page, 'listAnnotations', {});
  expect(stored).toHaveLength(1);
  expect(stored[0]!.noteText).toBe('Waarom juist hier?');
  expect(JSON.stringify(stored[0]!.note)).toContain('"bold"');
});

test('a highlight is recoloured, deleted and brought back with "Ongedaan maken"', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const phrase = await phraseIn(page, 2, 3);
  await selectRange(page, phrase.start, phrase.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Markeer als “belangrijk”' }).click();
  const mark = page.locator('mark.text-mark--annotation').first();
  const id = (await mark.getAttribute('data-annotation-id'))!;

  await mark.click();
  const card = page.getByTestId('annotation-popover');
  await card.getByRole('button', { name: 'Kleur wijzigen naar “voorbeeld”' }).click();
  await expect(mark).toHaveClass(/text-mark--color-3/);
  await expect(card.getByRole('button', { name: 'Kleur wijzigen naar “voorbeeld”' })).toHaveAttribute('aria-pressed', 'true');

  // Tags from the card.
  await card.getByRole('button', { name: 'Tag toevoegen' }).click();
  await card.getByRole('combobox', { name: 'Tag toevoegen' }).fill('methode');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('listitem').filter({ hasText: 'methode' })).toBeVisible();

  await page.reload();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toHaveClass(/text-mark--color-3/);
  expect((await api<StoredAnnotation[]>(page, 'listAnnotations', {}))[0]!.tags).toEqual(['methode']);

  await page.locator(`mark[data-annotation-id="${id}"]`).first().click();
  await page.getByTestId('annotation-popover').getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`)).toHaveCount(0);
  const toast = page.getByTestId('notes-toast');
  await expect(toast).toContainText('Aantekening verwijderd.');
  await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toBeVisible();
  expect(await markedText(page, id)).toBe(phrase.text);
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toHaveClass(/text-mark--color-3/);
});

test('hostile note content does not survive: javascript: links and pasted scripts', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const phrase = await phraseIn(page, 1, 3);
  await selectRange(page, phrase.start, phrase.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Notitie' }).click();
  const card = page.getByTestId('annotation-popover');
  const editor = card.getByRole('textbox', { name: 'Notitie' });
  await expect(editor).toBeFocused();

  // Pasted HTML with a script, an event handler and a javascript: link.
  await editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>veilig <a href="javascript:window.__pwned=1">klik</a> <a href="https://example.org/x">goed</a><script>window.__pwned=2</script><img src="x" onerror="window.__pwned=3"><code>code</code></p>');
    data.setData('text/plain', 'veilig klik goed');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor).toContainText('veilig klik goed');
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://example.org/x');

  // The link field refuses javascript: as well.
  await page.keyboard.type(' en ');
  await card.getByRole('button', { name: 'Link', exact: true }).click();
  const field = card.getByRole('textbox', { name: /Adres/ });
  await field.fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('alert')).toHaveText('Alleen http(s)- en mailto-links zijn toegestaan.');
  await field.fill('mailto:lector@example.nl');
  await page.keyboard.press('Enter');
  await expect(editor.locator('a[href="mailto:lector@example.nl"]')).toBeVisible();
  await expect(card.getByTestId('save-status')).toHaveText(/Opgeslagen/);

  const [stored] = await api<StoredAnnotation[]>(page, 'listAnnotations', {});
  const json = JSON.stringify(stored!.note);
  expect(json).not.toMatch(/javascript|script|onerror|__pwned|"type":"code"|img/i);
  expect(json).toContain('https://example.org/x');
  expect(json).toContain('mailto:lector@example.nl');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // A note written past the editor (a tampered request) is sanitized by the app and shown without the link.
  await api(page, 'updateAnnotation', { id: stored!.id, note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'boos', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } });
  await page.reload();
  await page.locator(`mark[data-annotation-id="${stored!.id}"]`).first().click();
  const shown = page.getByTestId('annotation-popover');
  await expect(shown).toContainText('boos');
  await expect(shown.locator('a')).toHaveCount(0);
});

test('the panel filters by colour, tag and note, sorts, and lists orphans with their quote', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const phrases = [await phraseIn(page, 1, 2), await phraseIn(page, 2, 2), await phraseIn(page, 3, 2)];
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Een notitie' }] }] };
  // The two that stay anchored are made in reading order, so "newest first" reverses "by position".
  await api(page, 'createAnnotation', { docId, start: phrases[1]!.start, end: phrases[1]!.end, color: 0, note });
  await api(page, 'createAnnotation', { docId, start: phrases[2]!.start, end: phrases[2]!.end, color: 2, tags: ['beleid'] });
  const orphanSource = await api<StoredAnnotation>(page, 'createAnnotation', { docId, start: phrases[0]!.start, end: phrases[0]!.end, color: 4, tags: ['beleid'] });

  // Turn the last one into an orphan: its quote and position no longer fit the text.
  const file = join(host.dataDir, 'werkplaats-reader.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { annotations: StoredAnnotation[] };
  const orphan = data.annotations.find((annotation) => annotation.id === orphanSource.id)!;
  orphan.selectors = [
    { type: 'TextQuoteSelector', exact: 'Deze zin staat nergens in het corpus en kan niet worden teruggevonden', prefix: '', suffix: '' } as StoredAnnotation['selectors'][number],
    { type: 'TextPositionSelector', start: 999_990, end: 999_999 },
  ];
  writeFileSync(file, JSON.stringify(data));
  const url = await host.restart();
  await openReader(page, url, docId!);

  const panel = page.getByTestId('notes-panel');
  await expect(page.getByRole('tab', { name: /Aantekeningen/ })).toContainText('3');
  const items = panel.getByTestId('annotation-item');
  await expect(items).toHaveCount(2);
  const orphans = panel.getByTestId('orphans');
  await expect(orphans.getByTestId('orphan-item')).toHaveCount(1);
  await expect(orphans).toContainText('Deze zin staat nergens in het corpus');
  await expect(orphans).toContainText('niet teruggevonden in de huidige tekst');

  // Position order, then newest first.
  await expect(items.first()).toContainText(phrases[1]!.text);
  await expect(items.last()).toContainText(phrases[2]!.text);
  await panel.getByTestId('filter-sort').selectOption('date');
  await expect(items.first()).toContainText(phrases[2]!.text);
  await expect(items.last()).toContainText(phrases[1]!.text);

  await panel.getByRole('button', { name: 'Alleen “definitie”' }).click();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(phrases[2]!.text);
  await panel.getByRole('button', { name: 'Alle kleuren' }).click();
  await expect(items).toHaveCount(2);

  await panel.getByTestId('filter-note').selectOption('with');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Een notitie');
  await panel.getByTestId('filter-note').selectOption('without');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(phrases[2]!.text);
  await panel.getByTestId('filter-note').selectOption('any');

  await panel.getByTestId('filter-tag').selectOption('beleid');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('beleid');
  // Orphans stay listed whatever the filters.
  await expect(orphans.getByTestId('orphan-item')).toHaveCount(1);
  await panel.getByTestId('filter-tag').selectOption('');

  // A click scrolls to the highlight, flashes it and opens its card.
  await items.first().click();
  const id = await items.first().getAttribute('data-annotation-id');
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toHaveAttribute('data-flash', 'true');
  await expect(page.locator(`mark[data-annotation-id="${id}"]`).first()).toBeInViewport();
  await expect(page.getByTestId('annotation-popover')).toBeVisible();

  // Renaming a colour shows everywhere.
  await page.keyboard.press('Escape');
  await panel.getByText('Kleuren benoemen').click();
  const rename = panel.getByRole('textbox', { name: 'Naam voor kleur 3' });
  await rename.fill('begrip');
  await rename.press('Enter');
  await expect(panel.getByRole('button', { name: 'Alleen “begrip”' })).toBeVisible();
  expect((await api<string[]>(page, 'getColorLabels', {}))[2]).toBe('begrip');
});

test('the overview finds a note by an inflected word and links back to the passage', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await openReader(page, host.url, ids[1]!);
  const phrase = await phraseIn(page, 1, 4);
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hier werken de gemeenten goed samen met de hogeschool.' }] }] };
  const created = await api<StoredAnnotation>(page, 'createAnnotation', { docId: ids[1], start: phrase.start, end: phrase.end, color: 1, note });
  const other = await phraseIn(page, 2, 3);
  await api(page, 'createAnnotation', { docId: ids[1], start: other.start, end: other.end, color: 0 });

  await openApp(page, host.url, '#/notes');
  await expect(page.getByRole('heading', { name: 'Alle aantekeningen' })).toBeVisible();
  await expect(page.getByTestId('overview-annotation')).toHaveCount(2);
  await page.getByTestId('notes-search').fill('gemeente');
  await expect(page.getByTestId('overview-annotation')).toHaveCount(1);
  await expect(page.getByTestId('overview-annotation')).toContainText('gemeenten goed samen');
  await page.getByTestId('notes-search').fill('zzzqqq');
  await expect(page.getByTestId('overview-count')).toContainText('Niets gevonden');
  await page.getByTestId('notes-search').fill('');
  await expect(page.getByTestId('overview-annotation')).toHaveCount(2);
  await page.getByTestId('notes-search').fill('gemeente');
  await expect(page.getByTestId('overview-annotation')).toHaveCount(1);

  await page.getByTestId('overview-annotation').getByRole('link').first().click();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', ids[1]!);
  const mark = page.locator(`mark[data-annotation-id="${created.id}"]`).first();
  await expect(mark).toHaveAttribute('data-flash', 'true');
  await expect(mark).toBeInViewport();
});

test('the notebook saves itself, quotes a highlight with its source and opens the passage again', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const phrase = await phraseIn(page, 4, 5);
  const created = await api<StoredAnnotation>(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: 2 });
  await page.reload();

  const panel = page.getByTestId('notes-panel');
  await panel.getByTestId('notebook-toggle').click();
  const notebook = panel.getByTestId('notebook');
  const editor = notebook.getByRole('textbox');
  await editor.click();
  await page.keyboard.type('Eerste gedachten');
  await page.keyboard.press('Enter');
  await notebook.getByTestId('insert-quote').click();
  // Each quote in the menu names its document.
  await expect(notebook.getByTestId('quote-menu').getByRole('menuitem').first().locator('.notebook-quote__source')).toHaveText((await page.locator('.doc-header__title').textContent())!);
  await notebook.getByTestId('quote-menu').getByRole('menuitem').first().click();
  await expect(editor.locator('blockquote')).toContainText(phrase.text);
  const title = await page.locator('.doc-header__title').textContent();
  await expect(editor.locator('blockquote p').last()).toContainText(`— ${title}`);
  await page.keyboard.type('Daarna verder');
  await expect(notebook.getByTestId('save-status')).toHaveText(/Opgeslagen/);

  await page.reload();
  await panel.getByTestId('notebook-toggle').click();
  await expect(editor).toContainText('Eerste gedachten');
  await expect(editor.locator('blockquote')).toContainText(phrase.text);
  await expect(editor.locator('blockquote + p')).toHaveText('Daarna verder');
  const notes = await api<{ scope: { kind: string; docId: string } }[]>(page, 'listNotebookNotes', {});
  expect(notes).toHaveLength(1);
  expect(notes[0]!.scope).toEqual({ kind: 'document', docId });

  // With the cursor in the quote, "Open passage" goes back to the highlight.
  await editor.locator('blockquote p').first().click();
  await notebook.getByTestId('open-passage').click();
  await expect(page).toHaveURL(new RegExp(`annotation=${created.id}`));
  await expect(page.locator(`mark[data-annotation-id="${created.id}"]`).first()).toHaveAttribute('data-flash', 'true');

  // The general notebook lives on the overview.
  await openApp(page, host.url, '#/notes');
  const general = page.getByTestId('notebook');
  await general.getByRole('textbox').click();
  await page.keyboard.type('Algemene notitie');
  await expect(general.getByTestId('save-status')).toHaveText(/Opgeslagen/);
  const all = await api<{ scope: { kind: string } }[]>(page, 'listNotebookNotes', { scope: { kind: 'general' } });
  expect(all).toHaveLength(1);
});

test('a selection across two paragraphs highlights the canonical text between them', async ({ page, host }) => {
  const [docId] = await documentIds(page, host.url);
  await openReader(page, host.url, docId!);
  const from = await phraseIn(page, 1, 3);
  const to = await phraseIn(page, 2, 3);
  await selectRange(page, from.start, to.end);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Markeer als “definitie”' }).click();
  await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
  const [stored] = await api<StoredAnnotation[]>(page, 'listAnnotations', {});
  const document = await api<{ text: string }>(page, 'getDocument', { id: docId });
  const exact = stored!.selectors.find((selector) => selector.type === 'TextQuoteSelector')!.exact!;
  expect(exact).toBe(document.text.slice(from.start, to.end));
  expect(exact).toContain('\n');
  // Both paragraphs carry the mark; the marks hold the quote's text (headings between blocks are not marked).
  await expect(page.locator(`p.doc-paragraph:has(mark[data-annotation-id="${stored!.id}"])`)).toHaveCount(2);
  const marked = await markedText(page, stored!.id);
  expect(marked.startsWith(from.text)).toBe(true);
  expect(marked.endsWith(to.text)).toBe(true);
});

test('the overview filters by colour, a tag clicked on a card narrows it further, and search words are marked', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  await openReader(page, host.url, ids[0]!);
  const first = await phraseIn(page, 1, 4);
  const second = await phraseIn(page, 2, 4);
  const question = await api<StoredAnnotation>(page, 'createAnnotation', { docId: ids[0], start: first.start, end: first.end, color: 1, tags: ['nalezen'] });
  await api(page, 'createAnnotation', { docId: ids[0], start: second.start, end: second.end, color: 0, tags: ['nalezen'] });
  await openReader(page, host.url, ids[1]!);
  const third = await phraseIn(page, 1, 4);
  const other = await api<StoredAnnotation>(page, 'createAnnotation', { docId: ids[1], start: third.start, end: third.end, color: 1, tags: ['later'] });

  await openApp(page, host.url, '#/notes');
  const cards = page.getByTestId('overview-annotation');
  await expect(cards).toHaveCount(3);
  await page.getByTestId('overview-filters').getByRole('button', { name: 'Alleen “vraag”' }).click();
  await expect(cards).toHaveCount(2);
  await expect(page.getByTestId('overview-count')).toHaveText('2 aantekeningen in 2 documenten');

  await page.locator(`[data-annotation-id="${question.id}"]`).getByRole('button', { name: 'nalezen' }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards).toHaveAttribute('data-annotation-id', question.id);
  await expect(page.getByTestId('overview-filter-tag')).toHaveValue('nalezen');

  // The word searched for is marked in the card, and the filters still apply to the results.
  const word = first.text.split(/\s+/).find((candidate) => candidate.length > 5) ?? first.text.split(/\s+/)[0]!;
  await page.getByTestId('notes-search').fill(word);
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('mark.search-hit__match').first()).toBeVisible();

  await page.getByTestId('notes-search').fill('');
  await page.getByTestId('overview-filter-tag').selectOption('later');
  await expect(cards).toHaveAttribute('data-annotation-id', other.id);
  await page.getByTestId('overview-filters').getByRole('button', { name: 'Alleen “belangrijk”' }).click();
  await expect(cards).toHaveCount(0);
  await expect(page.getByTestId('overview-no-matches')).toBeVisible();
  await page.getByTestId('overview-no-matches').getByRole('button', { name: 'Filters wissen' }).click();
  await expect(cards).toHaveCount(3);
});
