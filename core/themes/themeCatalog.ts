/** Why: the theme methods and search read the same views of the theme index; they are computed once, when the app starts. */
import { themeMatrix, type ThemeMatrix } from './themeMatrix.js';
import type { ThemePassage } from './themePassages.js';
import type { Thesaurus } from './thesaurus.js';
import { thesaurusLexicon, type ThesaurusLexicon } from './thesaurusLexicon.js';
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

/** A theme a search query names, with what its page holds, to show above the hits. */
export interface SearchThemeMatch {
  id: string;
  label: { nl: string; en: string };
  /** Passages tagged with the theme across the corpus. */
  passages: number;
  /** Documents with such passages. */
  documents: number;
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
  /** Synonym rings (multi-word as phrases, both ways) and English translations, for search. */
  lexicon: ThesaurusLexicon;
  /** The themes a whole query names (label, term, synonym or English expression), with their counts. */
  searchThemes(query: string): SearchThemeMatch[];
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
  const lexicon = thesaurusLexicon(thesaurus);
  const matches = new Map(
    index.themes.map((entry): [string, SearchThemeMatch] => [
      entry.id,
      { id: entry.id, label: entry.label, passages: entry.passages.length, documents: new Set(entry.passages.map((passage) => passage.docId)).size },
    ]),
  );
  return {
    index,
    thesaurus,
    overviews,
    overview: (id) => overviewById.get(id),
    documentThemes: (docId) => documentThemes.get(docId),
    matrix: themeMatrix(index),
    passageThemes: (docId, passageStart) => passageThemes.get(`${docId}:${passageStart}`) ?? [],
    lexicon,
    searchThemes: (query) => lexicon.themesOf(query).flatMap((id) => matches.get(id) ?? []),
  };
}
