/** A deep link's web form (`/doc/<id>#<section>`) opens the reader at that section, like `werkplaats://doc/<id>#<section>` in the desktop app. */
import { test, expect } from './webHostFixture.js';
import { documentIds } from './appPage.js';
import { api } from './notesHelpers.js';

test('the web host takes /doc/<id>#<section> as a route and opens the reader there', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  const docId = ids[1]!;
  const document = await api<{ sections: { id: string; heading: string | null }[] }>(page, 'getDocument', { id: docId });
  const section = document.sections[Math.floor(document.sections.length / 2)]!;
  const origin = new URL(host.url).origin;

  await page.goto(`${origin}/doc/${encodeURIComponent(docId)}#${encodeURIComponent(section.id)}`);
  await expect(page).toHaveURL(new RegExp(`/#/doc/${docId}\\?section=${section.id}$`));
  await expect(page.locator('article.doc')).toBeVisible();
  // The linked section is what the reader shows: scrolled away from the start, with the section's top in the upper part of the window.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const top = await page.locator(`[id="section-${section.id}"]`).evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-5);
  expect(top).toBeLessThan(400);
});
