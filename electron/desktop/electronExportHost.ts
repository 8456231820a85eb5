/** Why: in the desktop app the PDF comes from Electron's own printToPDF and "Opslaan als…" is the native save dialog; everything else is the Node host's. */
import { app, BrowserWindow, dialog } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { ExportHost } from '../../core/export/exportHost.js';
import type { PdfRenderer } from '../../core/export/renderExport.js';

const formatNames: Record<string, string> = { md: 'Markdown', html: 'HTML', pdf: 'PDF', docx: 'Word', csv: 'CSV', json: 'JSON-LD' };

/** Prints self-contained HTML to PDF in a hidden, sandboxed window with JavaScript off; the HTML's own CSP forbids script too. */
export const electronPdfRenderer: PdfRenderer = async (html) => {
  const folder = await mkdtemp(join(tmpdir(), 'werkplaats-pdf-'));
  const file = join(folder, 'export.html');
  const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true } });
  try {
    // A file, not a data: URL: a 10,000-note export is larger than data: URLs may be.
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true }));
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
};

/** The export host additions of the desktop app: printToPDF and the native save dialog over `parent`. */
export function electronExportHost(parent: () => BrowserWindow | null): Partial<ExportHost> {
  return {
    pdfRenderer: async () => electronPdfRenderer,
    async chooseSavePath(fileName, format) {
      const options = { defaultPath: join(app.getPath('documents'), fileName), filters: [{ name: formatNames[format] ?? format, extensions: [format] }] };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (answer.canceled || !answer.filePath) return null;
      return extname(answer.filePath) === '' ? `${answer.filePath}.${format}` : answer.filePath;
    },
  };
}
