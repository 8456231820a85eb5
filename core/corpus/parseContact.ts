/** Why: a page's contact block is metadata for the library, not body text, and has a fixed "Contact / name / Tel / E-mail" shape. */
import type { Contact } from './types.js';

const CONTACT_HEADING = /^contact(?:gegevens|persoon)?\s*:?$/i;
const PHONE_LINE = /^(?:tel(?:efoon)?|t)\s*[.:]\s*(.+)$/i;
const EMAIL_LINE = /^(?:e-?mail|mail|e)\s*[.:]\s*(.+)$/i;
const EMAIL_ADDRESS = /[^\s@:<>()]+@[^\s@:<>()]+\.[^\s@:<>().]+/;
const WEB_LINE = /^(?:www\.|https?:)/i;

/** Whether a line is a single "Contact" heading. */
export function isContactHeading(line: string): boolean {
  return CONTACT_HEADING.test(line.trim());
}

/** Whether any of `lines` is a phone or e-mail field. */
export function hasContactFields(lines: readonly string[]): boolean {
  return lines.some((line) => PHONE_LINE.test(line.trim()) || EMAIL_LINE.test(line.trim()));
}

/**
 * Reads a contact block: a "Contact" line, then a name with optional ", affiliation", "Tel: …" and "E-mail: …" lines.
 * Null when the lines do not have that shape.
 */
export function parseContact(lines: readonly string[]): Contact | null {
  const [heading, ...rest] = lines.map((line) => line.trim());
  if (heading === undefined || !isContactHeading(heading) || !hasContactFields(rest)) return null;
  const nameLine = rest.find((line) => !PHONE_LINE.test(line) && !EMAIL_LINE.test(line) && !WEB_LINE.test(line)) ?? null;
  const [name, ...affiliation] = nameLine === null ? [] : nameLine.split(',');
  return {
    name: name?.trim() || null,
    affiliation: affiliation.join(',').trim() || null,
    phone: firstCapture(rest, PHONE_LINE),
    email: firstCapture(rest, EMAIL_LINE)?.match(EMAIL_ADDRESS)?.[0] ?? null,
  };
}

function firstCapture(lines: readonly string[], pattern: RegExp): string | null {
  for (const line of lines) {
    const value = pattern.exec(line)?.[1]?.trim();
    if (value) return value;
  }
  return null;
}
