/** Why: an exported file has words of its own (headings, labels, the reference list) and they follow the reader's language, Dutch first. */
import type { ExportLanguage } from './exportOptions.js';

const nl = {
  notes: 'Aantekeningen',
  everything: 'alles',
  documentScope: 'document',
  themeScope: 'thema',
  tagScope: 'tag',
  colorScope: 'kleur',
  filterScope: 'filter',
  filterWithQuery: 'filter “{query}”',
  exported: 'Geëxporteerd',
  corpusVersion: 'Corpusversie',
  appVersion: 'Appversie',
  scope: 'Bereik',
  highlights: 'Markeringen',
  noHighlights: 'Geen markeringen in dit bereik.',
  notebook: 'Notitieboek',
  notebookGeneral: 'Algemeen',
  notebookDocument: 'Bij {title}',
  notebookTheme: 'Thema {title}',
  orphans: 'Niet teruggevonden in de huidige tekst',
  orphanMark: 'niet teruggevonden in de huidige tekst',
  withoutTheme: 'Zonder thema',
  introduction: 'Inleiding',
  unknownDocument: 'Onbekend document',
  color: 'Kleur',
  tags: 'Tags',
  note: 'Notitie',
  section: 'sectie',
  openQuote: '„',
  closeQuote: '”',
  source: 'bronbestand',
  references: 'Bronnen',
  noDate: 'z.d.',
  webPage: 'Webpagina',
  newsItem: 'Nieuwsbericht',
  profile: 'Werkplaatsprofiel',
  retrievedVia: 'Opgenomen in Werkplaats Reader, corpusversie {version}. Bronbestand: {source}.',
  count: '{annotations|markering|markeringen}, {notebook|notitieboekpagina|notitieboekpagina’s}',
  openInApp: 'open in de app',
} as const;

export type ExportStrings = { readonly [K in keyof typeof nl]: string };

const en: ExportStrings = {
  notes: 'Reading notes',
  everything: 'everything',
  documentScope: 'document',
  themeScope: 'theme',
  tagScope: 'tag',
  colorScope: 'colour',
  filterScope: 'filter',
  filterWithQuery: 'filter “{query}”',
  exported: 'Exported',
  corpusVersion: 'Corpus version',
  appVersion: 'App version',
  scope: 'Scope',
  highlights: 'Highlights',
  noHighlights: 'No highlights in this scope.',
  notebook: 'Notebook',
  notebookGeneral: 'General',
  notebookDocument: 'On {title}',
  notebookTheme: 'Theme {title}',
  orphans: 'Not found in the current text',
  orphanMark: 'not found in the current text',
  withoutTheme: 'Without a theme',
  introduction: 'Introduction',
  unknownDocument: 'Unknown document',
  color: 'Colour',
  tags: 'Tags',
  note: 'Note',
  section: 'section',
  openQuote: '“',
  closeQuote: '”',
  source: 'source file',
  references: 'References',
  noDate: 'n.d.',
  webPage: 'Web page',
  newsItem: 'News item',
  profile: 'Werkplaats profile',
  retrievedVia: 'Included in Werkplaats Reader, corpus version {version}. Source file: {source}.',
  count: '{annotations|highlight|highlights}, {notebook|notebook page|notebook pages}',
  openInApp: 'open in the app',
};

/** The exported document's own words in `language`. */
export function exportStrings(language: ExportLanguage): ExportStrings {
  return language === 'en' ? en : nl;
}

/** Fills `{name}` placeholders in `template`; `{name|one|other}` is the number with its word, "1 markering", "2 markeringen". */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return one === undefined ? String(value) : `${value} ${value === 1 ? one : other}`;
  });
}
