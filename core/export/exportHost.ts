/** Why: exporting needs a few things only the host has (a PDF engine, a native save dialog, a way to let other calls through), so the core asks for them through one small interface. */
import type { ExportFormat } from './exportOptions.js';
import type { PdfRenderer } from './renderExport.js';

/** What a host (Electron, the web host, the CLI) offers the export methods. */
export interface ExportHost {
  /** The app's version, written into every export. */
  appVersion: string;
  /** Creates the PDF engine on first use; absent or rejecting with a sentence where there is none. */
  pdfRenderer?: () => Promise<PdfRenderer>;
  /**
   * Asks the user where to save (a native dialog) with `fileName` proposed; resolves with the chosen
   * path, or null when the user cancels. Absent in the browser host, which downloads instead.
   */
  chooseSavePath?: (fileName: string, format: ExportFormat) => Promise<string | null>;
  /** Writes the export to `path` whole or not at all; rejects with a sentence. */
  writeFile?: (path: string, content: string | Uint8Array) => Promise<void>;
  /** Lets the host answer other calls (progress, cancel) between pieces of a long export. */
  yieldToHost?: () => Promise<void>;
  /** Encodes bytes as base64 for a JSON transport. */
  toBase64?: (bytes: Uint8Array) => string;
}
