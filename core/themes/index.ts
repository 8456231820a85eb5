/** Why: the rest of the app reaches the theme layer through one entry point. */
export { addToThemeIndex, buildThemeIndex, indexDocumentThemes } from './buildThemeIndex.js';
export { createThemeTagger, type TagTextOptions, type ThemeTagger } from './createThemeTagger.js';
export { expandQuery } from './expandQuery.js';
export { passageSnippet } from './passageSnippet.js';
export { relatedPassages, type RelatedOptions, type RelatedPassage, type RelatedTarget } from './relatedPassages.js';
export { documentPassages, mergeTags, tagPassages, type DocumentPassage } from './tagPassages.js';
export { themeMatrix, type ThemeMatrix } from './themeMatrix.js';
export { themePassages, type ThemePassage } from './themePassages.js';
export { themeSummary, type ThemeSummaryRow } from './themeSummary.js';
export { parseThesaurus, ThesaurusError, thesaurusSchema, type LocalizedText, type Theme, type Thesaurus } from './thesaurus.js';
export type * from './types.js';
