/** Why: the dialog, the API and the CLI turn a model into a file the same way, with progress, cancelling between pieces, and PDF left to whichever host has a browser engine. */
import type { ExportModel } from './exportModel.js';
import { defaultExportFileName } from './exportFileName.js';
import type { ExportFormat } from './exportOptions.js';
import { csvChunks } from './toCsv.js';
import { toDocx } from './toDocx.js';
import { htmlChunks } from './toHtml.js';
import { markdownChunks } from './toMarkdown.js';
import { formatWebAnnotationJson } from './webAnnotationCollection.js';

/** Turns self-contained HTML into PDF bytes: Electron's printToPDF in the app, Chromium through Playwright elsewhere. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** MIME type per format. */
export const exportMimeTypes: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/ld+json; charset=utf-8',
};

/** Where a running export is: `fraction` goes from 0 to 1. */
export interface ExportProgress {
  phase: 'render' | 'pack' | 'done';
  fraction: number;
}

/** A finished export: text for md/html/csv/json, bytes for docx/pdf. */
export interface RenderedExport {
  format: ExportFormat;
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
  annotationCount: number;
  notebookCount: number;
}

/** The export was cancelled by the user; nothing was written. */
export class ExportCancelledError extends Error {
  constructor() {
    super('De export is geannuleerd.');
    this.name = 'ExportCancelledError';
  }
}

/** PDF was asked for where no renderer exists; the message says what to do. */
export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

export interface RenderOptions {
  /** Needed for `pdf`. */
  renderPdf?: PdfRenderer;
  onProgress?: (progress: ExportProgress) => void;
  /** Checked between pieces; true stops the export with {@link ExportCancelledError}. */
  isCancelled?: () => boolean;
  /** Lets the host serve other work (progress polls, a cancel) between pieces. */
  yieldToHost?: () => Promise<void>;
  /** Pieces rendered between two yields. */
  batchSize?: number;
}

async function collect(chunks: Iterable<string>, total: number, options: RenderOptions, share: number): Promise<string> {
  const parts: string[] = [];
  const batch = options.batchSize ?? 500;
  let count = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    count += 1;
    if (count % batch === 0) {
      if (options.isCancelled?.()) throw new ExportCancelledError();
      options.onProgress?.({ phase: 'render', fraction: Math.min(0.99, (count / total) * share) });
      await options.yieldToHost?.();
    }
  }
  if (options.isCancelled?.()) throw new ExportCancelledError();
  return parts.join('');
}

/** Renders `model` as `format`, reporting progress and stopping when cancelled. */
export async function renderExport(model: ExportModel, format: ExportFormat, options: RenderOptions = {}): Promise<RenderedExport> {
  const total = model.annotations.length + model.notebook.length + 8;
  let content: string | Uint8Array;
  switch (format) {
    case 'md':
      content = `${(await collect(markdownChunks(model), total, options, 1)).trimEnd()}\n`;
      break;
    case 'html':
      content = await collect(htmlChunks(model), total, options, 1);
      break;
    case 'csv':
      content = await collect(csvChunks(model), total, options, 1);
      break;
    case 'json':
      content = formatWebAnnotationJson(model);
      break;
    case 'docx':
      options.onProgress?.({ phase: 'pack', fraction: 0.1 });
      await options.yieldToHost?.();
      content = await toDocx(model);
      break;
    case 'pdf': {
      if (!options.renderPdf) throw new PdfUnavailableError('PDF kan hier niet gemaakt worden: er is geen browser-engine om de pagina af te drukken. Exporteer naar HTML en druk die af als PDF.');
      const html = await collect(htmlChunks(model), total, options, 0.5);
      options.onProgress?.({ phase: 'pack', fraction: 0.5 });
      await options.yieldToHost?.();
      content = await options.renderPdf(html);
      break;
    }
  }
  if (options.isCancelled?.()) throw new ExportCancelledError();
  options.onProgress?.({ phase: 'done', fraction: 1 });
  return {
    format,
    fileName: defaultExportFileName(model.scopeSlug, new Date(model.exportedAt), format),
    mimeType: exportMimeTypes[format],
    content,
    annotationCount: model.annotations.length,
    notebookCount: model.notebook.length,
  };
}
