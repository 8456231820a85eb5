/** Why: the CLI, the library view and related-passage links ask "where does this theme occur?", so the corpus is tagged once into a JSON index that imported pages can join later. */
import type { CorpusDocument } from '../corpus/types.js';
import { createThemeTagger, type ThemeTagger } from './createThemeTagger.js';
import { tagPassages } from './tagPassages.js';
import type { Theme, Thesaurus } from './thesaurus.js';
import type { DocumentThemes, ThemeIndex, ThemeIndexEntry } from './types.js';

/** Tags every document with the thesaurus themes and indexes, per theme, the documents and passages it occurs in. */
export function buildThemeIndex(documents: readonly CorpusDocument[], thesaurus: Thesaurus | ThemeTagger): ThemeIndex {
  const tagger = 'analyzerFor' in thesaurus ? thesaurus : createThemeTagger(thesaurus);
  return indexDocumentThemes(tagger.thesaurus.themes, documents.map((document) => tagPassages(document, tagger)));
}

/**
 * Adds (or replaces, by document id) the tags of one document, e.g. a page the user imported, and returns a new
 * index; the given one is left as it was.
 */
export function addToThemeIndex(index: ThemeIndex, documentThemes: DocumentThemes): ThemeIndex {
  const documents = index.documents.some((entry) => entry.docId === documentThemes.docId)
    ? index.documents.map((entry) => (entry.docId === documentThemes.docId ? documentThemes : entry))
    : [...index.documents, documentThemes];
  return indexDocumentThemes(index.themes, documents);
}

/** Builds the per-theme entries, in the order of `themes`, from already tagged documents. */
export function indexDocumentThemes(themes: readonly Pick<Theme, 'id' | 'label' | 'description' | 'broader' | 'narrower'>[], documents: readonly DocumentThemes[]): ThemeIndex {
  const entries = new Map<string, ThemeIndexEntry>(
    themes.map((theme) => [
      theme.id,
      { id: theme.id, label: theme.label, description: theme.description, broader: [...theme.broader], narrower: [...theme.narrower], docIds: [], passages: [] },
    ]),
  );
  for (const document of documents) {
    const seen = new Set<string>();
    const note = (themeId: string): ThemeIndexEntry | undefined => {
      const entry = entries.get(themeId);
      if (entry && !seen.has(themeId)) {
        seen.add(themeId);
        entry.docIds.push(document.docId);
      }
      return entry;
    };
    document.passages.forEach((passage, position) => {
      for (const tag of passage.themes) note(tag.themeId)?.passages.push({ docId: document.docId, passage: position });
    });
    for (const section of document.sections) for (const tag of section.themes) note(tag.themeId);
    for (const listed of document.listed) for (const themeId of listed.themeIds) note(themeId);
  }
  return { format: 1, themes: [...entries.values()], documents: [...documents] };
}
