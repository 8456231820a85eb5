/** Someone else's imported layer in the reader: drawn apart from own highlights, read-only with its origin, copied into the reader's own set, shown and hidden from the panel. */
import { test, expect } from './webHostFixture.js';
import { openApp } from './appPage.js';
import { api } from './notesHelpers.js';

const docId = 'werkplaats-flevoland';

test.beforeEach(async ({ page }) => {
  // Wide enough for the side panel to be a third column.
  await page.setViewportSize({ width: 1600, height: 1000 });
});

test('a teacher’s layer is shown quietly, read-only with its origin, and one annotation is copied into the reader’s own', async ({ page, host }) => {
  await openApp(page, host.url);
  const text = (await api<{ text: string }>(page, 'getDocument', { id: docId })).text;
  const exact = text.slice(200, 260);
  const file = JSON.stringify([
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/teacher-1',
      created: '2026-11-30T09:00:00Z',
      modified: '2026-11-30T09:00:00Z',
      body: [{ type: 'TextualBody', value: 'Bespreken in de werkgroep', format: 'text/markdown' }],
      target: [{ source: 'https://example.org/flevoland', selector: [{ type: 'TextQuoteSelector', exact }] }],
    },
  ]);
  await api(page, 'importAnnotations', { content: file, fileName: 'docent-jansen.json', layerName: 'Docent Jansen' });

  await openApp(page, host.url, `#/doc/${docId}`);
  const layerMark = page.locator('mark.text-mark--layer-annotation');
  await expect(layerMark.first()).toBeVisible();
  // Drawn in its own style, not as one of the reader's own highlights.
  await expect(page.locator('mark.text-mark--annotation')).toHaveCount(0);
  const layerId = (await layerMark.first().getAttribute('data-annotation-id'))!;
  await expect(page.getByRole('tab', { name: /Aantekeningen/ })).not.toContainText('1');

  const panel = page.getByTestId('notes-panel');
  const layerRow = panel.getByTestId('reader-layer');
  await expect(layerRow).toContainText('Docent Jansen');
  await expect(layerRow).toContainText('docent-jansen.json');
  await expect(layerRow.getByTestId('layer-annotation-item')).toContainText('Bespreken in de werkgroep');
  await expect(panel.getByTestId('annotation-item')).toHaveCount(0);

  await layerMark.first().click();
  const card = page.getByTestId('annotation-popover');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('layer-origin')).toContainText('Docent Jansen');
  await expect(card.getByTestId('layer-origin')).toContainText('docent-jansen.json');
  await expect(card).toContainText('Bespreken in de werkgroep');
  // Read-only: no colour picker, note editor or delete.
  await expect(card.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Notitie bewerken' })).toHaveCount(0);

  await card.getByRole('button', { name: 'Kopieer naar mijn aantekeningen' }).click();
  const ownMark = page.locator('mark.text-mark--annotation');
  await expect(ownMark.first()).toBeVisible();
  const ownId = (await ownMark.first().getAttribute('data-annotation-id'))!;
  expect(ownId).not.toBe(layerId);
  await expect(panel.getByTestId('annotation-item')).toHaveCount(1);
  await expect(panel.getByTestId('annotation-item')).toContainText('Bespreken in de werkgroep');
  // The copy opens as the reader's own, editable card.
  await expect(page.getByTestId('annotation-popover')).toHaveAttribute('data-annotation-id', ownId);
  await expect(page.getByTestId('annotation-popover').getByRole('button', { name: 'Verwijderen' })).toBeVisible();

  const own = await api<{ id: string; noteText: string }[]>(page, 'listAnnotations', {});
  expect(own.map((annotation) => annotation.noteText)).toEqual(['Bespreken in de werkgroep']);
  const layers = await api<{ annotationCount: number }[]>(page, 'listLayers', {});
  expect(layers.map((layer) => layer.annotationCount)).toEqual([1]);
  const withLayers = await api<{ id: string; noteText: string }[]>(page, 'listAnnotations', { includeLayers: true });
  expect(withLayers.find((annotation) => annotation.id === layerId)?.noteText).toBe('Bespreken in de werkgroep');
});

test('a layer imported in the library shows in a reader opened before, and is hidden and shown again from the reader’s panel', async ({ page, host }) => {
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  // The reader has loaded this document's annotations (none yet) into its cache.
  await expect(page.getByTestId('notes-panel')).toBeVisible();
  const text = (await api<{ text: string }>(page, 'getDocument', { id: docId })).text;
  const file = JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/classmate-1',
    created: '2026-11-30T09:00:00Z',
    modified: '2026-11-30T09:00:00Z',
    target: [{ source: 'https://example.org/flevoland', selector: [{ type: 'TextQuoteSelector', exact: text.slice(900, 950) }] }],
  });
  // In-app navigation (no reload), so only the import's invalidation can bring the layer into the reader.
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('import-input').setInputFiles({ name: 'klasgenoot.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const dialog = page.getByTestId('notes-import-dialog');
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('textbox').fill('Klasgenoot');
  await dialog.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByTestId('layers')).toContainText('Klasgenoot');
  await page.evaluate((id) => (location.hash = `#/doc/${id}`), docId);

  const layerMark = page.locator('mark.text-mark--layer-annotation');
  await expect(layerMark).not.toHaveCount(0);
  const show = page.getByTestId('reader-layer').getByRole('checkbox');
  await expect(show).toBeChecked();
  // The box follows the saved state, so it turns once the app has the change.
  await show.click();
  await expect(show).not.toBeChecked();
  await expect(layerMark).toHaveCount(0);
  await expect(page.getByTestId('reader-layer')).toContainText('verborgen');
  await show.click();
  await expect(show).toBeChecked();
  await expect(layerMark).not.toHaveCount(0);
});

test('in the English UI a layer’s card and panel are English', async ({ page, host }) => {
  await page.addInitScript(() => localStorage.setItem('werkplaats-language', 'en'));
  await openApp(page, host.url);
  const text = (await api<{ text: string }>(page, 'getDocument', { id: docId })).text;
  const file = JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/teacher-2',
    created: '2026-11-30T09:00:00Z',
    modified: '2026-11-30T09:00:00Z',
    target: [{ source: 'https://example.org/flevoland', selector: [{ type: 'TextQuoteSelector', exact: text.slice(400, 450) }] }],
  });
  await api(page, 'importAnnotations', { content: file, fileName: 'teacher.json', layerName: 'Ms Jansen' });
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.getByTestId('reader-layers')).toContainText('Other people’s layers');
  await expect(page.getByTestId('reader-layer')).toContainText('1 in this document');
  await page.locator('mark.text-mark--layer-annotation').first().click();
  const card = page.getByTestId('annotation-popover');
  await expect(card.getByTestId('layer-origin')).toContainText(/From Ms Jansen: teacher\.json, imported on/);
  await expect(card.getByRole('button', { name: 'Copy to my notes' })).toBeVisible();
});
