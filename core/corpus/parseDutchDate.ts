/** Why: news pages open with a Dutch dateline and other templates carry "Publicatiedatum: …", both needed as ISO dates. */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAY = '(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?';
const WRITTEN_DATE = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})$`, 'i');
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const PUBLICATION_LINE = /^(?:publicatiedatum|publicatie|gepubliceerd op|datum)\s*:?\s*(.+)$/i;

/** Parses a line that is exactly a date ("12 juni 2017", "maandag 12 juni 2017", "12-06-2017") to `YYYY-MM-DD`; null otherwise. */
export function parseDutchDate(line: string): string | null {
  const text = line.trim();
  const written = WRITTEN_DATE.exec(text);
  if (written) return toIsoDate(Number(written[3]), MONTHS[(written[2] ?? '').toLowerCase()], Number(written[1]));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return toIsoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

/** Parses a labelled publication line ("Publicatiedatum: 01 oktober 2016") to `YYYY-MM-DD`; null otherwise. */
export function parsePublicationLine(line: string): string | null {
  const match = PUBLICATION_LINE.exec(line.trim());
  return match ? parseDutchDate(match[1] ?? '') : null;
}

function toIsoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
