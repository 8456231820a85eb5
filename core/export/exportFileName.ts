/** Why: a file name built from a scope or typed by a user must be safe on Windows, macOS and Linux and can never point outside the chosen folder. */
import type { ExportFormat } from './exportOptions.js';

/** Names Windows reserves whatever the extension. */
const reservedNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Longest file name, in UTF-8 bytes, that every common file system accepts. */
export const maxFileNameBytes = 255;

/** UTF-8 length of `text` (a lone surrogate counts as the 3 bytes of U+FFFD it is written as). */
function byteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let result = '';
  let used = 0;
  for (const character of text) {
    const size = byteLength(character);
    if (used + size > bytes) break;
    result += character;
    used += size;
  }
  return result;
}

/**
 * `name` made into a safe file name ending in `.<extension>`: no path separators or `..`, no control or
 * reserved characters (`<>:"/\|?*`), no leading or trailing dots and spaces, no Windows device names,
 * never empty (falls back to `aantekeningen`), at most 255 UTF-8 bytes.
 */
export function safeFileName(name: string, extension: string): string {
  const suffix = `.${extension.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'txt'}`;
  const withoutSuffix = name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  let stem = withoutSuffix
    .normalize('NFC')
    .replace(/[\ud800-\udfff]/gu, '-')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (reservedNames.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  stem = cutToBytes(stem, maxFileNameBytes - byteLength(suffix)).replace(/[\s.]+$/g, '');
  if (stem === '' || reservedNames.test(stem)) stem = 'aantekeningen';
  return `${stem}${suffix}`;
}

/** Lower-case words joined by dashes, accents folded, for the scope part of a default name. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The default name: `aantekeningen-<scope>-<YYYY-MM-DD>.<ext>`, made safe. */
export function defaultExportFileName(scopeSlug: string, date: Date, format: ExportFormat): string {
  const scope = slug(scopeSlug);
  return safeFileName(`aantekeningen-${scope === '' ? 'alles' : scope}-${date.toISOString().slice(0, 10)}`, format);
}
