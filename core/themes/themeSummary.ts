/** Why: `werkplaats themes --json` and the library's theme list need one line per theme: where it occurs and how often. */
import type { LocalizedText } from './thesaurus.js';
import type { ThemeIndex } from './types.js';

/** One theme with its coverage of the corpus. */
export interface ThemeSummaryRow {
  id: string;
  label: LocalizedText;
  /** Documents the theme occurs in, in corpus order. */
  docs: string[];
  /** Number of tagged passages. */
  passages: number;
}

/** Every theme of the index in thesaurus order, with the documents and number of passages it occurs in. */
export function themeSummary(index: ThemeIndex): ThemeSummaryRow[] {
  return index.themes.map((theme) => ({ id: theme.id, label: theme.label, docs: [...theme.docIds], passages: theme.passages.length }));
}
