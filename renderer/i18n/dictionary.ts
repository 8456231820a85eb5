/** Every UI string in Dutch and English, so no component carries its own text. */

import { exportStrings } from '../export/exportStrings.js';
import { noteStrings } from '../notes/noteStrings.js';
import { importStrings } from '../library/import/importStrings.js';
import { routeStrings } from '../readingRoutes/routeStrings.js';
import { searchStrings } from '../search/searchStrings.js';
import { themeStrings } from '../themes/themeStrings.js';

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
  'reader.panel': 'Zijpaneel',
  'reader.panelOpen': 'Aantekeningen en zie ook',
  'reader.panelClose': 'Paneel sluiten',
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
  'notices.readOnly': 'Alleen-lezen: aantekeningen, notities en je leespositie worden nu niet bewaard.',
  'loading': 'Laden…',
  'library.title': 'Bibliotheek',
  'library.intro': '{count} documenten over de Werkplaatsen Sociaal Domein: regio’s, lectoraten en wat ze onderzoeken.',
  'library.empty': 'Er zijn nog geen documenten.',
  'library.documents': 'Documenten',
  'library.continue': 'Verder lezen',
  'library.continueAction': 'Verder lezen waar je was',
  'kind.profile': 'Werkplaats',
  'kind.news': 'Nieuws',
  'card.sections': '{count} secties',
  'card.moreThemes': '+{count}',
  'card.themes': 'Thema’s',
  'card.published': 'Gepubliceerd op {date}',
  'reader.back': 'Bibliotheek',
  'reader.backHint': 'Terug naar de bibliotheek (Escape of b)',
  'reader.previous': 'Vorige',
  'reader.next': 'Volgende',
  'reader.previousLabel': 'Vorige: {title}',
  'reader.previousHint': 'Vorig document: {title} (Alt+← of [)',
  'reader.nextLabel': 'Volgende: {title}',
  'reader.nextHint': 'Volgend document: {title} (Alt+→ of ])',
  'reader.noPrevious': 'Geen vorig document',
  'reader.noNext': 'Geen volgend document',
  'reader.position': 'Document {index} van {count}',
  'reader.documentNav': 'Documentnavigatie',
  'toc.title': 'Inhoud',
  'toc.label': 'Inhoudsopgave',
  'toc.intro': 'Inleiding',
  'toc.show': 'Inhoud tonen',
  'toc.hide': 'Inhoud verbergen',
  'meta.label': 'Documentgegevens',
  'meta.region': 'Regio',
  'meta.kind': 'Soort',
  'meta.hogeschool': 'Hogeschool',
  'meta.lectoraat': 'Lectoraat',
  'meta.lector': 'Lector',
  'meta.lectors': 'Lectoren',
  'meta.published': 'Gepubliceerd',
  'meta.municipalities': 'Gemeenten',
  'meta.municipalitiesCount': '{count} gemeenten',
  'meta.showAll': 'Toon alle {count}',
  'meta.showFewer': 'Toon minder',
  'meta.contact': 'Contact',
  'meta.origin': 'Bron',
  'meta.email': 'Mail {name}',
  'error.title': 'Dit lukte niet',
  'error.backToLibrary': 'Terug naar de bibliotheek',
  'error.retry': 'Opnieuw proberen',
  'error.unknown': 'Er ging iets mis.',
  'notFound.message': 'Deze pagina bestaat niet.',
} as const;

const nl = { ...baseNl, ...searchStrings.nl, ...themeStrings.nl, ...noteStrings.nl, ...exportStrings.nl, ...routeStrings.nl, ...importStrings.nl };

export type MessageKey = keyof typeof nl;

const baseEn: Record<keyof typeof baseNl, string> = {
  'app.name': 'Werkplaats Reader',
  'app.tagline': 'Social Domain Workplaces',
  'nav.label': 'Main menu',
  'nav.library': 'Library',
  'nav.themes': 'Themes',
  'nav.map': 'Theme map',
  'nav.notes': 'Notes',
  'reader.panel': 'Side panel',
  'reader.panelOpen': 'Notes and see also',
  'reader.panelClose': 'Close panel',
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
  'notices.readOnly': 'Read-only: annotations, notes and your reading position are not being saved.',
  'loading': 'Loading…',
  'library.title': 'Library',
  'library.intro': '{count} documents about the Werkplaatsen Sociaal Domein: regions, research groups and what they study.',
  'library.empty': 'There are no documents yet.',
  'library.documents': 'Documents',
  'library.continue': 'Continue reading',
  'library.continueAction': 'Continue where you left off',
  'kind.profile': 'Werkplaats',
  'kind.news': 'News',
  'card.sections': '{count} sections',
  'card.moreThemes': '+{count}',
  'card.themes': 'Themes',
  'card.published': 'Published on {date}',
  'reader.back': 'Library',
  'reader.backHint': 'Back to the library (Escape or b)',
  'reader.previous': 'Previous',
  'reader.next': 'Next',
  'reader.previousLabel': 'Previous: {title}',
  'reader.previousHint': 'Previous document: {title} (Alt+← or [)',
  'reader.nextLabel': 'Next: {title}',
  'reader.nextHint': 'Next document: {title} (Alt+→ or ])',
  'reader.noPrevious': 'No previous document',
  'reader.noNext': 'No next document',
  'reader.position': 'Document {index} of {count}',
  'reader.documentNav': 'Document navigation',
  'toc.title': 'Contents',
  'toc.label': 'Table of contents',
  'toc.intro': 'Introduction',
  'toc.show': 'Show contents',
  'toc.hide': 'Hide contents',
  'meta.label': 'Document details',
  'meta.region': 'Region',
  'meta.kind': 'Kind',
  'meta.hogeschool': 'University',
  'meta.lectoraat': 'Research group',
  'meta.lector': 'Lector',
  'meta.lectors': 'Lectors',
  'meta.published': 'Published',
  'meta.municipalities': 'Municipalities',
  'meta.municipalitiesCount': '{count} municipalities',
  'meta.showAll': 'Show all {count}',
  'meta.showFewer': 'Show fewer',
  'meta.contact': 'Contact',
  'meta.origin': 'Source',
  'meta.email': 'Email {name}',
  'error.title': 'Something went wrong',
  'error.backToLibrary': 'Back to the library',
  'error.retry': 'Try again',
  'error.unknown': 'Something went wrong.',
  'notFound.message': 'This page does not exist.',
};

const en: Record<MessageKey, string> = { ...baseEn, ...searchStrings.en, ...themeStrings.en, ...noteStrings.en, ...exportStrings.en, ...routeStrings.en, ...importStrings.en };

export const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

/** The locale used for dates and numbers in each UI language. */
export const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Looks up `key` in `language` and fills `{name}` placeholders from `params`. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
