/** Why: spreadsheets are where many readers sort and count their notes; this writes one row per highlight that Excel opens correctly and cannot turn into a formula. */
import type { ExportModel } from './exportModel.js';

/** The column names, in order. */
export const csvColumns = ['id', 'document', 'section', 'quote', 'note', 'tags', 'colour_label', 'created', 'modified', 'orphan'] as const;

/** The UTF-8 byte order mark, so Excel reads the file as UTF-8. */
export const byteOrderMark = '\uFEFF';

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (or a tab or carriage return,
 * which Excel strips before looking) gets a leading apostrophe, as OWASP advises for CSV injection.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, with quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV in pieces: the BOM and header, then one row per highlight, each ending in CRLF. */
export function* csvChunks(model: ExportModel): Generator<string> {
  yield `${byteOrderMark}${csvColumns.join(',')}\r\n`;
  for (const annotation of model.annotations) {
    const cells = [
      annotation.id,
      annotation.documentTitle,
      annotation.sectionHeading ?? '',
      annotation.quote,
      annotation.noteText,
      annotation.tags.join('; '),
      annotation.colorLabel,
      annotation.created,
      annotation.modified,
      annotation.orphan ? 'true' : 'false',
    ];
    yield `${cells.map((cell) => csvField(guardFormula(cell))).join(',')}\r\n`;
  }
}

/** The export as CSV: a BOM, a header row, one row per highlight, CRLF line ends (RFC 4180). Tags are joined with "; ". */
export function toCsv(model: ExportModel): string {
  return [...csvChunks(model)].join('');
}
