/** The whole corpus pipeline in one pure step: pages to documents, their themes and their search index, as the app loads them. */
import { buildBundle } from '../corpus/buildBundle.js';
import type { CorpusOverrides } from '../corpus/corpusOverrides.js';
import type { CorpusBundle } from '../corpus/types.js';
import { buildSearchIndex, exportIndex, type ExportedSearchIndex } from '../search/searchIndex.js';
import { buildThemeIndex } from '../themes/buildThemeIndex.js';
import type { Thesaurus } from '../themes/thesaurus.js';
import type { ThemeIndex } from '../themes/types.js';

/** The themes of a corpus, with the thesaurus they were tagged with. */
export interface ThemeArtifact {
  /** The corpus version the tags refer to. */
  corpusVersion: string;
  thesaurus: Thesaurus;
  index: ThemeIndex;
}

/** The prebuilt search index of a corpus. */
export interface SearchIndexArtifact {
  /** The corpus version the index was built from. */
  corpusVersion: string;
  index: ExportedSearchIndex;
}

/** Everything the corpus build writes. */
export interface Library {
  bundle: CorpusBundle;
  themes: ThemeArtifact;
  search: SearchIndexArtifact;
}

/** Builds documents, theme tags and the search index from raw page dumps. */
export function buildLibrary(pages: readonly { source: string; content: string }[], overrides: CorpusOverrides, thesaurus: Thesaurus): Library {
  const bundle = buildBundle(pages, overrides);
  return {
    bundle,
    themes: { corpusVersion: bundle.version, thesaurus, index: buildThemeIndex(bundle.documents, thesaurus) },
    search: { corpusVersion: bundle.version, index: exportIndex(buildSearchIndex(bundle.documents)) },
  };
}
