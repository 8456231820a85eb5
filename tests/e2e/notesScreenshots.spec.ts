/** Saves screenshots of highlights with the annotations panel (light and dark, 1600×1000) and of the overview into the screenshot folder (dist/screenshots; `npm run screenshots` writes docs/screenshots). */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { animationsDone, documentIds, openApp, screenshotFolder } from './appPage.js';
import { api, phraseIn } from './notesHelpers.js';

const folder = screenshotFolder;

const paragraph = (text: string, marks?: { type: string; attrs?: Record<string, string> }[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });

async function seed(page: Page, docId: string): Promise<string> {
  const phrases = [await phraseIn(page, 0, 9), await phraseIn(page, 1, 6), await phraseIn(page, 2, 7), await phraseIn(page, 3, 5)];
  const notes = [
    {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Kern van de werkplaats: ' }, { type: 'text', text: 'praktijk, onderwijs en onderzoek', marks: [{ type: 'bold' }] }, { type: 'text', text: ' samen.' }] },
      ],
    },
    null,
    { type: 'doc', content: [paragraph('Hoe verhoudt dit zich tot de regio-aanpak?'), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('navragen bij de lector')] }] }] },
    null,
  ];
  const colors = [0, 1, 2, 3];
  const tags = [['kern'], ['methode'], ['vraag', 'regio'], []];
  let first = '';
  for (const [index, phrase] of phrases.entries()) {
    const created = await api<{ id: string }>(page, 'createAnnotation', { docId, start: phrase.start, end: phrase.end, color: colors[index], tags: tags[index], ...(notes[index] ? { note: notes[index] } : {}) });
    if (index === 0) first = created.id;
  }
  return first;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`notes screenshots in ${scheme}`, async ({ page, host }) => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const ids = await documentIds(page, host.url);
    const docId = ids[0]!;
    await openApp(page, host.url, `#/doc/${docId}`);
    await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
    const first = await seed(page, docId);
    await page.reload();
    await expect(page.locator('mark.text-mark--annotation').first()).toBeVisible();
    await expect(page.getByTestId('annotation-item')).toHaveCount(4);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

    // Show one card open over its highlight.
    await page.locator(`mark[data-annotation-id="${first}"]`).first().click();
    await expect(page.getByTestId('annotation-popover')).toBeVisible();
    await settle(page);
    // Headless Chromium may paint a just-shown card late: wait for its animations and two frames.
    await animationsDone(page);
    await page.screenshot({ path: join(folder, `notes-reader-${scheme}.png`) });

    if (scheme === 'light') {
      const other = ids[1]!;
      await openApp(page, host.url, `#/doc/${other}`);
      await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', other);
      const phrase = await phraseIn(page, 1, 8);
      await api(page, 'createAnnotation', { docId: other, start: phrase.start, end: phrase.end, color: 4, tags: ['kritiek'], note: { type: 'doc', content: [paragraph('Onderbouwing ontbreekt; vergelijk met de andere regio’s.')] } });
      await api(page, 'saveNotebookNote', {
        scope: { kind: 'general' },
        content: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Rode draad' }] },
            paragraph('Alle werkplaatsen koppelen praktijk, onderwijs en onderzoek; verschillen zitten in de regio.'),
            { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('vergelijk de lectoraten')] }, { type: 'listItem', content: [paragraph('gemeenten per regio')] }] },
          ],
        },
      });
      await openApp(page, host.url, '#/notes');
      await expect(page.getByTestId('overview-annotation')).toHaveCount(5);
      await expect(page.getByTestId('notebook')).toContainText('Rode draad');
      await settle(page);
      await animationsDone(page);
      await page.screenshot({ path: join(folder, 'notes-overview-light.png') });
    }
  });
}
