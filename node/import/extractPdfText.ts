/** Why: a PDF's text is read with pdfjs (legacy build, for Node) and laid out as paragraphs; a scan without text is refused. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProblem } from '../../core/import/importProblem.js';
import { ImportRefusedError } from '../../core/import/importRefusedError.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Module names in variables, so bundlers leave them to be resolved at run time. */
const pdfjsModules = { main: 'pdfjs-dist/legacy/build/pdf.mjs', worker: 'pdfjs-dist/legacy/build/pdf.worker.mjs' };

/**
 * pdfjs and its worker: the build's own copy in `dist/pdfjs` beside the running bundle (dist/electron, dist/node;
 * inside app.asar in the packaged app, where `require` reads it), else the package from node_modules (tests run the sources).
 */
async function loadPdfjs(): Promise<{ main: Pdfjs; worker: unknown }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, '..', 'pdfjs');
  if (existsSync(join(bundled, 'pdf.cjs'))) {
    const require = createRequire(import.meta.url);
    const worker = require(join(bundled, 'pdf.worker.cjs')) as unknown;
    // Without the optional canvas package pdfjs warns on load that it cannot draw; only text is read here, so those
    // warnings would only confuse a reader of stderr.
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!/^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/.test(String(args[0]))) warn(...args);
    };
    try {
      return { worker, main: require(join(bundled, 'pdf.cjs')) as Pdfjs };
    } finally {
      console.warn = warn;
    }
  }
  return { worker: await import(/* @vite-ignore */ pdfjsModules.worker), main: (await import(/* @vite-ignore */ pdfjsModules.main)) as Pdfjs };
}

/** pdfjs 6 uses `Promise.withResolvers` (Node ≥ 22); on Node 20 it is added here before pdfjs loads. */
function ensurePromiseWithResolvers(): void {
  const promise = Promise as unknown as { withResolvers?: unknown };
  if (typeof promise.withResolvers === 'function') return;
  promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const created = new Promise<T>((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    return { promise: created, resolve, reject };
  };
}

interface Line {
  text: string;
  /** Baseline height on the page. */
  y: number;
  /** Font height. */
  height: number;
}

/** Joins a page's lines into blocks: a larger vertical gap or a short line that ends a sentence ends a paragraph. */
function linesToBlocks(lines: readonly Line[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const longest = Math.max(1, ...lines.map((line) => line.text.length));
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    const gap = previous === undefined ? 0 : previous.y - line.y;
    const normal = Math.max(line.height, previous?.height ?? 0) * 1.6;
    if (current.length > 0 && (gap > normal || gap < 0 || (previous !== undefined && previous.text.length < longest * 0.7 && /[.!?:’”]$/.test(previous.text)))) {
      blocks.push(current.join(' '));
      current = [];
    }
    current.push(line.text);
  });
  if (current.length > 0) blocks.push(current.join(' '));
  return blocks.map((block) => block.replace(/(\p{L})- (\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The text of a PDF as dump text (paragraphs separated by blank lines). Refuses a PDF without a text layer. */
export async function extractPdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  ensurePromiseWithResolvers();
  // pdfjs (2 MB minified) is loaded on the first PDF rather than bundled into every entry point; should it be
  // missing all the same, PDFs are refused with a clear reason.
  let pdfjs: Pdfjs;
  try {
    const loaded = await loadPdfjs();
    const scope = globalThis as { pdfjsWorker?: unknown };
    // The worker runs in this thread: pdfjs is handed its module instead of looking for a worker file.
    scope.pdfjsWorker ??= loaded.worker;
    pdfjs = loaded.main;
  } catch {
    throw new ImportRefusedError([importProblem(fileName, 'pdf-unavailable')]);
  }
  const { getDocument } = pdfjs;
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch {
    throw new ImportRefusedError([importProblem(fileName, 'pdf-damaged')]);
  }
  const blocks: string[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      let text = '';
      let y = Number.NaN;
      let height = 0;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        if (Number.isNaN(y)) {
          y = item.transform[5] as number;
          height = item.height;
        }
        text += item.str;
        if (item.hasEOL) {
          if (text.trim() !== '') lines.push({ text: text.trim(), y, height });
          text = '';
          y = Number.NaN;
        }
      }
      if (text.trim() !== '') lines.push({ text: text.trim(), y, height });
      blocks.push(...linesToBlocks(lines));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  const text = blocks.join('\n\n');
  if ((text.match(/\p{L}{2,}/gu)?.length ?? 0) < 5) {
    throw new ImportRefusedError([importProblem(fileName, 'pdf-scan')]);
  }
  return text;
}
