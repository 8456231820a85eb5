/** UI strings of the keyboard-shortcut help, in Dutch and English; the dictionary finds this file by its name. */
import { defineStrings } from '../i18n/defineStrings.js';

export const shortcutStrings = defineStrings(
  {
    'shortcuts.title': 'Sneltoetsen',
    'shortcuts.close': 'Sluiten',
    'shortcuts.hint': 'Druk ? voor deze lijst, overal behalve in een tekstveld.',
    'shortcuts.everywhere': 'Overal',
    'shortcuts.reader': 'In de lezer',
    'shortcuts.annotating': 'Markeren zonder muis',
    'shortcuts.lists': 'Lijsten en menu’s',
    'shortcuts.search': 'Zoeken in alle documenten',
    'shortcuts.help': 'Deze lijst tonen',
    'shortcuts.escape': 'Sluit wat het laatst openging (popover, menu, paneel, zoekbalk); in de lezer met niets open: terug naar de bibliotheek',
    'shortcuts.previousNext': 'Vorig of volgend document',
    'shortcuts.back': 'Terug naar de bibliotheek',
    'shortcuts.notes': 'Aantekeningen openen, met de focus in de lijst',
    'shortcuts.find': 'Zoeken in dit document; Enter en Shift+Enter naar de volgende of vorige treffer',
    'shortcuts.caret': 'Cursormodus aan of uit',
    'shortcuts.select': 'In cursormodus: selecteren (met Ctrl per woord)',
    'shortcuts.toolbar': 'De markeerbalk openen voor de selectie',
    'shortcuts.paragraph': 'Deze alinea selecteren en de markeerbalk openen',
    'shortcuts.arrows': 'Bewegen in lijsten, tabbladen, menu’s en de markeerbalk',
    'shortcuts.or': 'of',
  },
  {
    'shortcuts.title': 'Keyboard shortcuts',
    'shortcuts.close': 'Close',
    'shortcuts.hint': 'Press ? for this list, anywhere except in a text field.',
    'shortcuts.everywhere': 'Everywhere',
    'shortcuts.reader': 'In the reader',
    'shortcuts.annotating': 'Highlighting without a mouse',
    'shortcuts.lists': 'Lists and menus',
    'shortcuts.search': 'Search all documents',
    'shortcuts.help': 'Show this list',
    'shortcuts.escape': 'Close what opened last (popover, menu, panel, find bar); in the reader with nothing open: back to the library',
    'shortcuts.previousNext': 'Previous or next document',
    'shortcuts.back': 'Back to the library',
    'shortcuts.notes': 'Open the notes, with focus in the list',
    'shortcuts.find': 'Find in this document; Enter and Shift+Enter go to the next or previous match',
    'shortcuts.caret': 'Caret mode on or off',
    'shortcuts.select': 'In caret mode: select (with Ctrl by word)',
    'shortcuts.toolbar': 'Open the highlight toolbar for the selection',
    'shortcuts.paragraph': 'Select this paragraph and open the highlight toolbar',
    'shortcuts.arrows': 'Move in lists, tabs, menus and the highlight toolbar',
    'shortcuts.or': 'or',
  },
);

declare module '../i18n/dictionary.js' {
  // The keys join the dictionary's `MessageKey`; the texts are gathered by the dictionary's glob.
  interface FeatureMessageKeys extends Record<keyof typeof shortcutStrings.nl, true> {}
}
