/**
 * Keystroke → painted search results, measured in Chromium against a running host.
 *
 * For every key typed into the search panel (Ctrl+K) the page records `performance.now()` at keydown (a capturing
 * listener, so before the app sees the key), waits until the results panel's `data-query` says it shows the answer
 * for exactly what is in the field, then waits for the next frame to be painted (requestAnimationFrame, then a
 * MessageChannel task, which runs after that frame's paint) and takes the time again. Keys that do not change the
 * query (a trailing space) start no search and are not sampled. Each key waits for its own results before the next
 * is typed, so every sample is one full round trip: input event → `search` over HTTP or IPC → render → paint.
 *
 * One warm-up query runs first and is not counted: the host loads its search index on the first search.
 */
import type { Page } from 'playwright-core';

export interface SearchLatency {
  /** Milliseconds. */
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

interface BenchWindow {
  __searchBench?: { keydownAt: number; pending: Promise<number> | null };
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/** The app's one-time launch URL with `hash` (the launch code is spent by this first visit). */
function withHash(baseUrl: string, hash: string): string {
  return `${baseUrl.replace(/#.*$/, '')}${hash}`;
}

const resultsSelector = '[data-testid="search-results"]';
const inputSelector = '[data-testid="search-input"]';

async function openPanel(page: Page): Promise<void> {
  if (!(await page.locator(inputSelector).isVisible())) await page.keyboard.press('Control+k');
  await page.locator(inputSelector).waitFor({ state: 'visible' });
  await page.locator(inputSelector).fill('');
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('data-query') === '', resultsSelector);
}

/** Before a key: arms a promise that resolves with keydown → painted results for `expected`. */
function arm(page: Page, expected: string): Promise<void> {
  return page.evaluate(
    ({ expected, selector }) => {
      const bench = (window as unknown as BenchWindow).__searchBench!;
      bench.pending = new Promise<number>((resolve, reject) => {
        const results = document.querySelector(selector);
        if (!results) return reject(new Error('Het zoekpaneel is niet open.'));
        const painted = () => {
          observer.disconnect();
          window.clearTimeout(timeout);
          window.requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - bench.keydownAt);
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (results.getAttribute('data-query') === expected) painted();
        });
        observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
        const timeout = window.setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Geen resultaten voor "${expected}" binnen 10 s.`));
        }, 10_000);
      });
    },
    { expected, selector: resultsSelector },
  );
}

export async function measureSearchLatency(page: Page, baseUrl: string, queries: string[]): Promise<SearchLatency> {
  await page.goto(withHash(baseUrl, '#/'));
  await page.locator('.app-header').waitFor({ state: 'visible' });
  await page.evaluate(() => {
    const bench = { keydownAt: 0, pending: null };
    (window as unknown as BenchWindow).__searchBench = bench;
    window.addEventListener('keydown', () => (bench.keydownAt = performance.now()), { capture: true });
  });

  // Warm-up: the first search makes the host load its index.
  await openPanel(page);
  await page.locator(inputSelector).fill(queries[0] ?? 'zorg');
  await page.waitForFunction(
    ({ selector, query }) => document.querySelector(selector)?.getAttribute('data-query') === query.trim(),
    { selector: resultsSelector, query: queries[0] ?? 'zorg' },
  );

  const samples: number[] = [];
  for (const query of queries) {
    await openPanel(page);
    let typed = '';
    for (const key of query) {
      const before = typed.trim();
      typed += key;
      if (typed.trim() === before) {
        await page.keyboard.type(key);
        continue;
      }
      await arm(page, typed.trim());
      await page.keyboard.type(key);
      samples.push(await page.evaluate(() => (window as unknown as BenchWindow).__searchBench!.pending!));
    }
  }
  await page.keyboard.press('Escape');

  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? Number.NaN), samples: samples.length };
}
