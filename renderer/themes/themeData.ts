/** Why: the theme views show themes, regions and evidence the same way; these small rules are shared by them. */
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import type { ThemeEvidence } from '../../core/themes/types.js';
import type { Language } from '../i18n/dictionary.js';

/** A theme's label in the UI language. */
export function themeLabel(theme: Pick<ThemeOverview, 'label'>, language: Language): string {
  return theme.label[language] || theme.label.nl;
}

/** The region as a column header: "Regio Zwolle" reads as "Zwolle". */
export function shortRegion(region: string): string {
  return region.replace(/^regio\s+/i, '');
}

/** The distinct evidence words, lower-cased, in order: "mantelzorgers, vrijwilligers". */
export function evidenceWords(evidence: readonly ThemeEvidence[], limit = 5): string[] {
  const words: string[] = [];
  for (const item of evidence) {
    const word = item.text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (word && !words.includes(word)) words.push(word);
  }
  return words.slice(0, limit);
}
