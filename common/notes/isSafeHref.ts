/** Why: the one rule for which links a note may hold, run by the server's sanitizer and by the editor, the paste filter and the note view. */

/** Longest href kept. */
const maxHrefLength = 2048;

/** True for `http://host…`, `https://host…` and `mailto:…` links without control characters or spaces. */
export function isSafeHref(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxHrefLength) return false;
  // Control characters (C0, DEL, C1) and any whitespace, line separators included.
  if (/[\p{Cc}\s]/u.test(value)) return false;
  return /^https?:\/\/[^/?#@]+/i.test(value) || /^mailto:[^/]/i.test(value);
}
