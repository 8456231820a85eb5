// The HTML export opened from disk in Chromium, with XSS payloads in every user-controlled field: a sentinel must never fire.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { buildExportModel } from '../../core/export/exportModel.js';
import { toHtml } from '../../core/export/toHtml.js';
import { exportFixture } from '../support/exportFixtures.js';

const payloads = [
  `<script>sentinel('script')</script>`,
  `<img src=x onerror="sentinel('img')">`,
  `"><svg onload="sentinel('svg')"><script>sentinel('svg-script')</script></svg>`,
  `<iframe srcdoc="<script>parent.sentinel('srcdoc')</script>"></iframe>`,
  `</style><script>sentinel('style-break')</script><style>`,
  `<style>body{background:url("javascript:sentinel('css')")}</style>`,
  `<a href="javascript:sentinel('href')">klik</a>`,
  `<object data="data:text/html,<script>sentinel('object')</script>"></object>`,
  `' onmouseover='sentinel("single-quote")' x='`,
  `<base href="http://127.0.0.2/"><meta http-equiv="refresh" content="0;url=javascript:sentinel('refresh')">`,
];

/** A note as a tampered file could hold it: hostile text, hrefs and attributes that the store would have refused. */
const tamperedNote = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: payloads.map((text) => ({ type: 'text', text })) },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'js-link', marks: [{ type: 'link', attrs: { href: "javascript:sentinel('mark-href')" } }] },
        { type: 'text', text: 'data-link', marks: [{ type: 'link', attrs: { href: "data:text/html,<script>sentinel('data')</script>" } }] },
        { type: 'text', text: 'quote-break', marks: [{ type: 'link', attrs: { href: `https://example.org/"onmouseover="sentinel('attr')"` } }] },
        { type: 'text', text: 'x', marks: [{ type: 'script' }] },
      ],
    },
    { type: 'heading', attrs: { level: '1 onmouseover=sentinel("level")' }, content: [{ type: 'text', text: 'kop' }] },
    { type: 'iframe', attrs: { srcdoc: "<script>parent.sentinel('node')</script>" } },
    { type: 'orderedList', attrs: { start: '1" onmouseover="sentinel(\'start\')' }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] }] },
  ],
};

async function openWithSentinel(page: Page, html: string): Promise<string[]> {
  const fired: string[] = [];
  const requests: string[] = [];
  await page.exposeFunction('sentinel', (label: unknown) => fired.push(String(label)));
  page.on('dialog', (dialog) => {
    fired.push(`dialog:${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  const file = join(mkdtempSync(join(tmpdir(), 'werkplaats-export-html-')), 'export.html');
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
  // Give handlers a chance: hover and focus everything, then let any timers run.
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
        if (type === 'click' && element instanceof HTMLAnchorElement) continue;
        element.dispatchEvent(new Event(type, { bubbles: true }));
      }
    }
  });
  await page.waitForTimeout(300);
  return [...fired, ...requests.map((url) => `request:${url}`)];
}

test('a control page without escaping does fire the sentinel, so the check below can fail', async ({ page }) => {
  const fired = await openWithSentinel(page, `<!doctype html><p>${payloads[1]}</p>`);
  expect(fired).toContain('img');
});

test('the HTML export keeps every payload in notes, tags, colour labels and notebook titles inert', async ({ page }) => {
  const labels = payloads.slice(0, 5).map((payload) => payload.slice(0, 40)) as ColorLabels;
  const fixture = exportFixture({ note: tamperedNote, tags: payloads, labels, notebookTitleTheme: payloads[0] });
  // The tampered note goes into the export as stored, past the store's own sanitizer.
  const annotations = fixture.data.annotations.map((annotation, index) => (index === 0 ? { ...annotation, note: tamperedNote as never, noteText: 'x' } : annotation));
  const notebook = fixture.data.notebook.map((note) => ({ ...note, content: tamperedNote as never }));
  const model = buildExportModel({ ...fixture.data, annotations, notebook }, { scope: { kind: 'all' } });
  const html = toHtml(model);

  const fired = await openWithSentinel(page, html);
  expect(fired).toEqual([]);

  const report = await page.evaluate(() => ({
    dangerous: document.querySelectorAll('script, iframe, object, embed, svg, img, form, base, meta[http-equiv="refresh"], link').length,
    styles: document.querySelectorAll('style').length,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((element) => Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)),
    hrefs: Array.from(document.querySelectorAll('a')).map((anchor) => anchor.getAttribute('href') ?? ''),
    text: document.body.innerText,
  }));
  expect(report.dangerous).toBe(0);
  expect(report.styles).toBe(1);
  expect(report.handlers).toEqual([]);
  expect(report.hrefs.filter((href) => !/^(https?:|mailto:|werkplaats:)/.test(href))).toEqual([]);
  // The payloads are shown as the text the user typed, not dropped.
  expect(report.text).toContain(`#<script>sentinel('script')</script>`);
  expect(report.text).toContain(`<img src=x onerror="sentinel('img')">`);
  expect(report.text).toContain(`Thema <script>sentinel('script')</script>`);
});

test('the HTML export shows the quotes, notes and references in Chromium', async ({ page }) => {
  const fixture = exportFixture();
  const html = toHtml(buildExportModel(fixture.data, { scope: { kind: 'all' } }));
  expect(await openWithSentinel(page, html)).toEqual([]);
  for (const quote of fixture.quotes.values()) await expect(page.locator('blockquote.quote', { hasText: quote }).first()).toBeVisible();
  await expect(page.locator('.note strong', { hasText: 'belangrijk' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bronnen' })).toBeVisible();
  await expect(page.locator('.orphan').first()).toHaveText('niet teruggevonden in de huidige tekst');
});
