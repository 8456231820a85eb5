/** Counts on screen follow the UI language: 1.200 in Dutch, 1,200 in English. */
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';

test('an import preview of 1,200 annotations writes its counts in the UI language', async ({ page, host }) => {
  await openApp(page, host.url);
  const annotation = (index: number) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `https://example.org/a/${index}`,
    created: '2026-11-30T09:00:00Z',
    modified: '2026-11-30T09:00:00Z',
    body: [{ type: 'TextualBody', value: `Notitie ${index}`, format: 'text/plain' }],
    target: [{ source: 'https://example.org/elders', selector: [{ type: 'TextQuoteSelector', exact: 'Deze zin komt in geen enkel document voor.' }] }],
  });
  const file = JSON.stringify(Array.from({ length: 1200 }, (_, index) => annotation(index)));
  await page.getByTestId('import-input').setInputFiles({ name: 'veel.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const preview = page.getByTestId('notes-import-dialog').getByTestId('import-preview');
  await expect(preview).toContainText('1.200 nieuw, 0 bijgewerkt, 1.200 niet teruggevonden', { timeout: 20_000 });

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByTestId('import-input').setInputFiles({ name: 'veel.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(preview).toContainText('1,200 new, 0 updated, 1,200 not found', { timeout: 20_000 });
});
