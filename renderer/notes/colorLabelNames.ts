/** Shows the five colours' starting labels in the UI language; a label the reader renamed is theirs and shows as written. */
import { colorLabelIn } from '../../common/annotations/colors.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { Language } from '../i18n/dictionary.js';

/** `labels` for display in `language`: each label still equal to the Dutch starting label becomes its translation. */
export function displayColorLabels(labels: ColorLabels, language: Language): ColorLabels {
  return labels.map((label, color) => colorLabelIn(label, color, language)) as ColorLabels;
}
