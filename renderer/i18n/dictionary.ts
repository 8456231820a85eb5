/** Every UI string in Dutch and English, so no component carries its own text. */

import { IntlMessageFormat } from 'intl-messageformat';
import { isStringSet } from './defineStrings.js';

export type Language = 'nl' | 'en';

export const languages: readonly Language[] = ['nl', 'en'];

const baseNl = {
  'app.name': 'Werkplaats Reader',
  'app.tagline': 'Werkplaatsen Sociaal Domein',
  'nav.label': 'Hoofdmenu',
  'nav.library': 'Bibliotheek',
  'nav.themes': 'Thema’s',
  'nav.map': 'Themakaart',
  'nav.notes': 'Aantekeningen',
  'skip.toContent': 'Naar inhoud',
  'settings.label': 'Weergave',
  'language.label': 'Taal',
  'language.nl': 'NL',
  'language.en': 'EN',
  'language.nl.long': 'Nederlands',
  'language.en.long': 'Engels',
  'theme.label': 'Kleurenschema',
  'theme.light': 'Licht',
  'theme.dark': 'Donker',
  'theme.system': 'Systeem',
  'notices.label': 'Meldingen',
  'notices.dismiss': 'Melding sluiten',
  'notices.showFolder': 'Toon map',
  'notices.readOnly': 'Alleen-lezen: aantekeningen, notities en je leespositie worden nu niet bewaard.',
  'notices.takeOver': 'Hier bewerken',
  'notices.takeOverHint': 'Is het andere venster gesloten of vastgelopen? Neem je gegevens dan hier over; het andere venster bewaart daarna niets meer.',
  'viewError.title': 'Dit onderdeel kon niet worden getoond',
  'viewError.message': 'Er ging iets mis bij het tonen van deze pagina ({detail}). De rest van de app werkt gewoon; je gegevens zijn niet veranderd.',
  'loading': 'Laden…',
  'kind.profile': 'Werkplaats',
  'kind.news': 'Nieuws',
  'error.title': 'Dit lukte niet',
  'error.backToLibrary': 'Terug naar de bibliotheek',
  'error.retry': 'Opnieuw proberen',
  'error.unknown': 'Er ging iets mis.',
  'notFound.message': 'Deze pagina bestaat niet.',
} as const;

/**
 * The keys of every feature's strings. Each `<feature>/<name>Strings.ts` adds its own keys here by module augmentation,
 * and the glob below gathers its texts, so a feature's strings live in its folder and nothing else needs to know them.
 */
export interface FeatureMessageKeys extends Record<keyof typeof baseNl, true> {}

export type MessageKey = keyof FeatureMessageKeys;

/** Every feature's string sets, in a stable order (by file path). */
const featureModules = import.meta.glob<Record<string, unknown>>('../**/*Strings.ts', { eager: true });
export const featureStringSets = Object.keys(featureModules)
  .sort()
  .flatMap((path) => Object.values(featureModules[path] ?? {}).filter(isStringSet));

const nl = Object.assign({}, baseNl, ...featureStringSets.map((set) => set.nl)) as Record<MessageKey, string>;

const baseEn: Record<keyof typeof baseNl, string> = {
  'app.name': 'Werkplaats Reader',
  'app.tagline': 'Social Domain Workplaces',
  'nav.label': 'Main menu',
  'nav.library': 'Library',
  'nav.themes': 'Themes',
  'nav.map': 'Theme map',
  'nav.notes': 'Notes',
  'skip.toContent': 'Skip to content',
  'settings.label': 'Display',
  'language.label': 'Language',
  'language.nl': 'NL',
  'language.en': 'EN',
  'language.nl.long': 'Dutch',
  'language.en.long': 'English',
  'theme.label': 'Colour scheme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'notices.label': 'Notices',
  'notices.dismiss': 'Dismiss notice',
  'notices.showFolder': 'Show location',
  'notices.readOnly': 'Read-only: annotations, notes and your reading position are not being saved.',
  'notices.takeOver': 'Edit here',
  'notices.takeOverHint': 'Is the other window closed or stuck? Then take your data over here; the other window saves nothing after that.',
  'viewError.title': 'This part could not be shown',
  'viewError.message': 'Something went wrong while showing this page ({detail}). The rest of the app works as usual; your data has not changed.',
  'loading': 'Loading…',
  'kind.profile': 'Profile',
  'kind.news': 'News',
  'error.title': 'Something went wrong',
  'error.backToLibrary': 'Back to the library',
  'error.retry': 'Try again',
  'error.unknown': 'Something went wrong.',
  'notFound.message': 'This page does not exist.',
};

const en = Object.assign({}, baseEn, ...featureStringSets.map((set) => set.en)) as Record<MessageKey, string>;

export const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

/** The locale used for dates and numbers in each UI language. */
export const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Looks up `key` in `language` and formats it as an ICU message with `params`: `{name}` fills in a value,
 * `{count, plural, one {# passage} other {# passages}}` chooses the plural, `{count, number}` formats per locale.
 */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  const cacheKey = `${language}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(template, locales[language]);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}
