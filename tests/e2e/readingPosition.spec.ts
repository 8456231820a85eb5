/** The reading position is saved server-side as the reader scrolls and comes back after a reload and a host restart. */
import type { Page } from '@playwright/test';
import { test, expect } from './webHostFixture.js';
import { documentIds, headerBottom, openApp } from './appPage.js';

/** Offset of a block deep in the document that can still be scrolled to the top of the view. */
function lateBlockOffset(page: Page): Promise<number> {
  return page.evaluate(() => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('.doc-body [data-offset]'));
    const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
    const reachable = blocks.filter((block) => block.getBoundingClientRect().top + window.scrollY - 200 < maxScroll);
    // Skip the first block of a section, so the block itself (not its heading) lands at the top.
    const candidates = reachable.filter((block) => block.closest('section')!.querySelector('[data-offset]') !== block);
    const pick = candidates[Math.floor(candidates.length * 0.75)] ?? reachable[reachable.length - 1]!;
    return Number(pick.dataset.offset);
  });
}

async function expectBlockNearTop(page: Page, offset: number): Promise<void> {
  const block = page.locator(`.doc-body [data-offset="${offset}"]`).first();
  await expect(block).toBeInViewport();
  const top = await headerBottom(page);
  const box = await block.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(top - 2);
  expect(box!.y).toBeLessThan(top + 120);
}

test('the reading position survives a reload and a host restart', async ({ page, host }) => {
  const ids = await documentIds(page, host.url);
  const docId = ids[1]!;
  await openApp(page, host.url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);

  const offset = await lateBlockOffset(page);
  expect(offset).toBeGreaterThan(0);
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/setReadingState') && JSON.parse(response.request().postData() ?? '{}').offset === offset,
  );
  await page.locator(`.doc-body [data-offset="${offset}"]`).first().evaluate((block) => block.scrollIntoView({ block: 'start', behavior: 'instant' }));
  expect((await (await saved).json()).ok).toBe(true);

  await page.reload();
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  await expectBlockNearTop(page, offset);

  const url = await host.restart();
  await openApp(page, url, `#/doc/${docId}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', docId);
  await expectBlockNearTop(page, offset);

  // Other documents keep their own position: a fresh one opens at the top.
  await openApp(page, url, `#/doc/${ids[0]}`);
  await expect(page.locator('article.doc')).toHaveAttribute('data-doc-id', ids[0]!);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
