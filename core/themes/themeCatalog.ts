/** Why: the theme methods and search read the same views of the theme index; they are computed once, when the app starts. */
import type { SynonymExpander } from '../search/searchQuery.js';
import { expandQuery } from './expandQuery.js';
import { themeMatrix, type ThemeMatrix } from './themeMatrix.js';
import type { ThemePassage } from './themePassages.js';
import type { Thesaurus } from './thesaurus.js';
import type { DocumentThemes, ThemeIndex, ThemeIndexEntry } from './types.js';

/** A theme as the theme index lists it. */
export interface ThemeOverview extends Omit<ThemeIndexEntry, 'passages'> {
  /** Number of tagged passages across the corpus. */
  passageCount: number;
  /** Synonyms and abbreviations from the thesaurus, for display ("LVB"). */
  synonyms: string[];
}

/** A theme page: the theme and every passage on it, in corpus order. */
export interface ThemePage {
  theme: ThemeOverview;
  passages: ThemePassage[];
}

/** The theme index with the lookups the API needs. */
export interface ThemeCatalog {
  index: ThemeIndex;
  thesaurus: Thesaurus;
  overviews: ThemeOverview[];
  overview(id: string): ThemeOverview | undefined;
  documentThemes(docId: string): DocumentThemes | undefined;
  matrix: ThemeMatrix;
  /** Theme ids of the passage starting at `passageStart` in document `docId`. */
  passageThemes(docId: string, passageStart: number): readonly string[];
  /** Expands a query word with its thesaurus synonyms. */
  synonyms: SynonymExpander;
}

/** Builds the lookups over a corpus's theme index and thesaurus. */
export function createThemeCatalog(index: ThemeIndex, thesaurus: Thesaurus): ThemeCatalog {
  const synonymsOf = new Map(thesaurus.themes.map((theme) => [theme.id, theme.synonyms.flat()]));
  const overviews = index.themes.map(({ passages, ...entry }): ThemeOverview => ({ ...entry, passageCount: passages.length, synonyms: synonymsOf.get(entry.id) ?? [] }));
  const overviewById = new Map(overviews.map((overview) => [overview.id, overview]));
  const documentThemes = new Map(index.documents.map((entry) => [entry.docId, entry]));
  const passageThemes = new Map(
    index.documents.flatMap((entry) => entry.passages.map((passage) => [`${entry.docId}:${passage.start}`, passage.themes.map((tag) => tag.themeId)] as const)),
  );
  return {
    index,
    thesaurus,
    overviews,
    overview: (id) => overviewById.get(id),
    documentThemes: (docId) => documentThemes.get(docId),
    matrix: themeMatrix(index),
    passageThemes: (docId, passageStart) => passageThemes.get(`${docId}:${passageStart}`) ?? [],
    synonyms: expandQuery(thesaurus),
  };
}
