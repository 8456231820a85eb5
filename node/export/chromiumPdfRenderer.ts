/** Why: outside Electron the PDF is printed by a real Chromium through playwright-core, and where there is none the user is told exactly what to do. */
import { existsSync } from 'node:fs';
import { PdfUnavailableError, type PdfRenderer } from '../../core/export/renderExport.js';

/** Where Chromium is looked for, first hit wins; `CHROMIUM_PATH` overrides. */
export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

/** What to do when no Chromium is found, for the CLI and the web host. */
export const noChromiumMessage =
  'Voor PDF is Chromium of Google Chrome nodig, en die is niet gevonden. Installeer het (Debian/Ubuntu: sudo apt-get install chromium) ' +
  'of wijs het aan met CHROMIUM_PATH=/pad/naar/chromium. Of exporteer naar HTML (--format html) en druk die af als PDF.';

/** The Chromium to use, or null. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | null {
  const override = environment.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  return chromiumCandidates.find((path) => existsSync(path)) ?? null;
}

interface PlaywrightCore {
  chromium: {
    launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<{
      newContext(options: { javaScriptEnabled: boolean; offline: boolean }): Promise<{
        newPage(): Promise<{
          route(pattern: string, handler: (route: { abort(): Promise<void>; continue(): Promise<void>; request(): { url(): string } }) => Promise<void>): Promise<void>;
          setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
          emulateMedia(options: { media: 'print' }): Promise<void>;
          pdf(options: { format: string; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
        }>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

/** Loads playwright-core at run time (it is not bundled); null when it is not installed. */
async function loadPlaywright(): Promise<PlaywrightCore | null> {
  const name = 'playwright-core';
  try {
    return (await import(/* @vite-ignore */ name)) as PlaywrightCore;
  } catch {
    return null;
  }
}

/**
 * A PDF renderer over Chromium (headless, JavaScript off, every network request refused), or a
 * {@link PdfUnavailableError} with {@link noChromiumMessage} when Chromium or playwright-core is missing.
 */
export async function createChromiumPdfRenderer(environment: NodeJS.ProcessEnv = process.env): Promise<PdfRenderer> {
  const executablePath = findChromium(environment);
  if (executablePath === null) throw new PdfUnavailableError(noChromiumMessage);
  const playwright = await loadPlaywright();
  if (playwright === null) throw new PdfUnavailableError(`Voor PDF is het pakket playwright-core nodig (npm install playwright-core), naast Chromium. Of exporteer naar HTML en druk die af als PDF.`);
  return async (html) => {
    const browser = await playwright.chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    } finally {
      await browser.close();
    }
  };
}
