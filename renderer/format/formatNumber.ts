/** Formats counts and figures for people in the UI's locale, so Dutch reads 12.345 and English 12,345. */

const formatters = new Map<string, Intl.NumberFormat>();

/** `value` as the UI's `locale` (`nl-NL`, `en-GB`) writes it; `options` as for `Intl.NumberFormat` (e.g. a percentage). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
