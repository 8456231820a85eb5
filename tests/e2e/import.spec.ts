/** Importing in the browser: pages by file picker and by drag and drop, and annotations with a previewed report; screenshots into dist/screenshots. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'import');
const screenshots = join(process.cwd(), 'dist', 'screenshots');
mkdirSync(screenshots, { recursive: true });

test('imports an HTML page from the picker and a text page by dropping it, each shown as an own document', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByTestId('import-input').setInputFiles(join(fixtures, 'werkplaats-twente.html'));
  await expect(page.getByTestId('import-messages')).toContainText('“Werkplaats Sociaal Domein Twente” is toegevoegd');
  // The card is the article around the title link that carries the document id.
  const card = page.locator('article.card', { has: page.locator('[data-doc-id="werkplaats-twente"]') });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('own-badge')).toHaveText(/eigen document/i);

  const text = readFileSync(join(fixtures, 'werkplaats-groningen.txt'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'werkplaats-groningen.txt', { type: 'text/plain' }));
    return data;
  }, text);
  await page.getByTestId('import-area').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('import-area').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('article.card', { has: page.locator('[data-doc-id="werkplaats-groningen"]') }).getByTestId('own-badge')).toBeVisible();

  // Searchable at once, without a restart.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('schuldhulpverlening');
  await expect(page.getByText('Werkplaats Sociaal Domein Groningen').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshots, 'import-library.png'), fullPage: false });
});

test('previews an annotation import as a report, imports it as a layer, and shows refusals with their place', async ({ page, host }) => {
  await openApp(page, host.url);
  const documentText = await page.evaluate(async () => {
    const token = sessionStorage.getItem('werkplaats-token') ?? '';
    const response = await fetch('api/getDocument', { method: 'POST', headers: { 'content-type': 'application/json', 'x-werkplaats-token': token }, body: JSON.stringify({ id: 'werkplaats-flevoland' }) });
    return ((await response.json()) as { value: { text: string } }).value.text;
  });
  const annotation = (id: string, exact: string, note: string) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `https://hypothes.is/a/${id}`,
    created: '2026-11-30T09:00:00Z',
    modified: '2026-11-30T09:00:00Z',
    body: [{ type: 'TextualBody', value: note, format: 'text/markdown' }, { type: 'TextualBody', value: 'werkgroep', purpose: 'tagging' }],
    target: [{ source: 'https://example.org/flevoland', selector: [{ type: 'TextQuoteSelector', exact }] }],
  });
  const file = JSON.stringify([
    annotation('a', documentText.slice(200, 260), 'Bespreken in de werkgroep'),
    annotation('b', documentText.slice(900, 950), 'Vergelijk met Zwolle'),
    annotation('c', 'Deze zin komt in geen enkel document voor.', 'Van een andere pagina'),
  ]);
  await page.getByTestId('import-input').setInputFiles({ name: 'docent-jansen.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const dialog = page.getByTestId('notes-import-dialog');
  await expect(dialog.getByTestId('import-preview')).toContainText('3 nieuw, 0 bijgewerkt, 1 niet teruggevonden — Importeren?');
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('textbox').fill('Docent Jansen');
  await expect(dialog.getByTestId('import-preview')).toContainText('3 nieuw');
  await dialog.screenshot({ path: join(screenshots, 'import-report.png') });
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('import-messages')).toContainText('Geïmporteerd: 3 nieuw, 0 bijgewerkt, 1 niet teruggevonden');
  await expect(page.getByTestId('layers')).toContainText('Docent Jansen');
  await expect(page.getByTestId('layers')).toContainText('docent-jansen.json');

  await page.getByTestId('import-input').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('[{"type":"Annotation","id":"x","target":"s","__proto__":{"a":1}}]') });
  await expect(page.getByTestId('notes-import-dialog')).toContainText('[0].__proto__: de sleutel "__proto__" is niet toegestaan');
  await expect(page.getByTestId('notes-import-dialog').getByRole('button', { name: 'Importeren' })).toBeDisabled();
  await page.getByTestId('notes-import-dialog').screenshot({ path: join(screenshots, 'import-refused.png') });
});

test('in the English UI a refused file’s reasons are English, each with its place', async ({ page, host }) => {
  await page.addInitScript(() => localStorage.setItem('werkplaats-language', 'en'));
  await openApp(page, host.url);
  await page.getByTestId('import-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('[\n  {"type": "Annotation",,}\n]') });
  const dialog = page.getByTestId('notes-import-dialog');
  await expect(dialog).toContainText('This file will not be imported');
  await expect(dialog).toContainText(/line 2, column \d+: this is not valid JSON/);
  await expect(dialog).not.toContainText('geldige');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByTestId('import-input').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
  await expect(page.getByTestId('import-messages')).toContainText('empty.txt was not imported; nothing was changed.');
  await expect(page.getByTestId('import-messages')).toContainText('empty.txt: the file is empty');
});
