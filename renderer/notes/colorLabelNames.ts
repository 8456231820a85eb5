/** Shows the five colours' starting labels in the UI language; a label the reader renamed is theirs and shows as written. */
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { translate, type Language, type MessageKey } from '../i18n/dictionary.js';

const defaultKeys: readonly MessageKey[] = ['notes.colorDefault.0', 'notes.colorDefault.1', 'notes.colorDefault.2', 'notes.colorDefault.3', 'notes.colorDefault.4'];

/** `labels` for display in `language`: each label still equal to the Dutch starting label becomes its translation. */
export function displayColorLabels(labels: ColorLabels, language: Language): ColorLabels {
  return labels.map((label, color) => {
    const key = defaultKeys[color];
    return key && label === translate('nl', key) ? translate(language, key) : label;
  }) as ColorLabels;
}
