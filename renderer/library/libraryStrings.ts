/** UI strings of the library, in Dutch and English; the dictionary finds this file by its name. */
import { defineStrings } from '../i18n/defineStrings.js';

export const libraryStrings = defineStrings(
  {
    'library.title': 'Bibliotheek',
    'library.intro': '{count, plural, one {# document} other {# documenten}} over de Werkplaatsen Sociaal Domein: regio’s, lectoraten en wat ze onderzoeken.',
    'library.empty': 'Er zijn nog geen documenten.',
    'library.documents': 'Documenten',
    'library.continue': 'Verder lezen',
    'library.continueAction': 'Verder lezen waar je was',
    'card.sections': '{count, plural, one {# sectie} other {# secties}}',
    'card.moreThemes': '+{count, number}',
    'card.themes': 'Thema’s',
    'card.published': 'Gepubliceerd op {date}',
  },
  {
    'library.title': 'Library',
    'library.intro': '{count, plural, one {# document} other {# documents}} about the Werkplaatsen Sociaal Domein: regions, research groups and what they study.',
    'library.empty': 'There are no documents yet.',
    'library.documents': 'Documents',
    'library.continue': 'Continue reading',
    'library.continueAction': 'Continue where you left off',
    'card.sections': '{count, plural, one {# section} other {# sections}}',
    'card.moreThemes': '+{count, number}',
    'card.themes': 'Themes',
    'card.published': 'Published on {date}',
  },
);

declare module '../i18n/dictionary.js' {
  // The keys join the dictionary's `MessageKey`; the texts are gathered by the dictionary's glob.
  interface FeatureMessageKeys extends Record<keyof typeof libraryStrings.nl, true> {}
}
