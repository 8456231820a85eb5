/** UI strings of the reading settings, in Dutch and English; the dictionary finds this file by its name. */
import { defineStrings } from '../i18n/defineStrings.js';

export const appearanceStrings = defineStrings(
  {
    'reading.button': 'Leesinstellingen',
    'reading.title': 'Lezen',
    'reading.size': 'Tekstgrootte',
    'reading.smaller': 'Kleiner',
    'reading.larger': 'Groter',
    'reading.sizeValue': 'Stap {step, number} van {steps, number}',
    'reading.width': 'Regelbreedte',
    'reading.width.narrow': 'Smal',
    'reading.width.normal': 'Normaal',
    'reading.width.wide': 'Breed',
    'reading.spacing': 'Regelafstand',
    'reading.spacing.compact': 'Krap',
    'reading.spacing.normal': 'Normaal',
    'reading.spacing.relaxed': 'Ruim',
    'reading.motion': 'Beweging',
    'reading.motion.system': 'Als systeem',
    'reading.motion.reduce': 'Minder',
    'reading.motion.full': 'Normaal',
    'reading.dataFolder': 'Gegevensmap',
    'reading.openFolder': 'Open map',
    'reading.dataFolderHint': 'Hier staan je aantekeningen, notities en reservekopieën. Open de map in je bestandsbeheer; de desktop-app kan dat met één knop.',
  },
  {
    'reading.button': 'Reading settings',
    'reading.title': 'Reading',
    'reading.size': 'Text size',
    'reading.smaller': 'Smaller',
    'reading.larger': 'Larger',
    'reading.sizeValue': 'Step {step, number} of {steps, number}',
    'reading.width': 'Line width',
    'reading.width.narrow': 'Narrow',
    'reading.width.normal': 'Normal',
    'reading.width.wide': 'Wide',
    'reading.spacing': 'Line spacing',
    'reading.spacing.compact': 'Tight',
    'reading.spacing.normal': 'Normal',
    'reading.spacing.relaxed': 'Loose',
    'reading.motion': 'Motion',
    'reading.motion.system': 'As system',
    'reading.motion.reduce': 'Less',
    'reading.motion.full': 'Normal',
    'reading.dataFolder': 'Data folder',
    'reading.openFolder': 'Open folder',
    'reading.dataFolderHint': 'Your annotations, notes and backups live here. Open the folder in your file manager; the desktop app does that with one button.',
  },
);

declare module '../i18n/dictionary.js' {
  // The keys join the dictionary's `MessageKey`; the texts are gathered by the dictionary's glob.
  interface FeatureMessageKeys extends Record<keyof typeof appearanceStrings.nl, true> {}
}
