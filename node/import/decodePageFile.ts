/**
 * Why: an imported file's bytes are checked before anything is stored: empty, binary and oversized files are refused,
 * and text is read as UTF-8 or, for older Dutch files, Windows-1252, never guessed into garbled letters.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { importProblem, type ImportProblem } from '../../core/import/importProblem.js';
import { ImportRefusedError } from '../../core/import/importRefusedError.js';
import { maxPageBytes, pageFormatOf, toPageText, type PageFormat } from '../../core/import/pages/importedPage.js';
import { extractPdfText } from './extractPdfText.js';

/** Single-byte encodings Dutch text is written in, that are safe to decode. */
const westernEncodings = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);
/** Bytes Windows-1252 leaves undefined: their presence means the text is not Windows-1252. */
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const refuse = (problem: ImportProblem): never => {
  throw new ImportRefusedError([problem]);
};

/** Whether bytes look like a binary file: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control > sample.length * 0.01;
}

/** The charset an HTML page declares in a `<meta>` tag, lower-cased, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** Decodes text bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 when that is clearly what it is. */
export function decodeText(bytes: Uint8Array, fileName: string, format: PageFormat = 'txt'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes), 'utf-16be');
  if (looksBinary(bytes)) refuse(importProblem(fileName, 'binary'));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: an older Windows file, most likely.
  }
  const declared = format === 'html' ? declaredCharset(bytes) : null;
  const detected = chardet.detect(bytes)?.toLowerCase() ?? null;
  const encoding = declared !== null && westernEncodings.has(declared) ? declared : detected !== null && westernEncodings.has(detected) ? detected : null;
  if (encoding === null || bytes.some((byte) => undefinedIn1252.has(byte))) {
    return refuse(importProblem(fileName, 'unknown-encoding', { detected: detected ?? '' }));
  }
  return iconv.decode(Buffer.from(bytes), 'windows-1252');
}

/**
 * Reads an imported file into page text by its extension: txt, md and html as text, pdf through pdfjs.
 * Refuses unknown kinds, empty, oversized and binary files, and unreadable encodings, with `ImportRefusedError`.
 */
export async function decodePageFile(fileName: string, bytes: Uint8Array): Promise<{ format: PageFormat; text: string; title: string | null }> {
  const format = pageFormatOf(fileName);
  if (format === null) refuse(importProblem(fileName, 'unsupported-type'));
  if (bytes.length === 0) refuse(importProblem(fileName, 'empty-file'));
  if (bytes.length > maxPageBytes) refuse(importProblem(fileName, 'too-large', { megabytes: maxPageBytes / 1024 / 1024 }));
  if (format === 'pdf') {
    if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') refuse(importProblem(fileName, 'not-pdf'));
    return { format: 'pdf', text: await extractPdfText(bytes, fileName), title: null };
  }
  const text = decodeText(bytes, fileName, format!).replace(/^\uFEFF/, '');
  if (text.trim() === '') refuse(importProblem(fileName, 'empty-file'));
  return { format: format!, ...toPageText(format!, text) };
}

/** {@link decodePageFile} for base64 input from the API. */
export function decodeBase64PageFile(fileName: string, base64: string): Promise<{ format: PageFormat; text: string; title: string | null }> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return Promise.reject(new ImportRefusedError([importProblem(fileName, 'not-base64')]));
  return decodePageFile(fileName, new Uint8Array(Buffer.from(base64, 'base64')));
}
