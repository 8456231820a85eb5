/** The renderer's copy of core's `isSafeHref` (the renderer may import only types from core); a test keeps the two identical. */

const maxHrefLength = 2048;

/** `http(s)://host…` or `mailto:…`, without spaces or control characters. */
export function isSafeHref(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxHrefLength) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\s]/.test(value)) return false;
  return /^https?:\/\/[^/?#@]+/i.test(value) || /^mailto:[^/]/i.test(value);
}
