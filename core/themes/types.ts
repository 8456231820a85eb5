/** Why: theme tags are stored in the corpus bundle and read by the CLI, the app and search, so their shape is plain JSON defined in one place. */
import type { LocalizedText } from './thesaurus.js';

/** One place in the canonical text that made a theme apply. */
export interface ThemeEvidence {
  /** The words as they appear: `document.text.slice(start, end)` (a whole word, or adjacent words for a phrase). */
  text: string;
  /** Offset of the first character in the document's canonical text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The thesaurus term or synonym that matched ("mantelzorg" for "mantelzorgers"). */
  term: string;
}

/** A theme that applies to a passage or section, with every place that shows it. */
export interface ThemeTag {
  themeId: string;
  /** Sorted by offset; never empty. */
  evidence: ThemeEvidence[];
}

/** Themes of one passage: a paragraph, a quote or a list item, the same unit search answers with. */
export interface PassageThemes {
  sectionId: string;
  /** Offsets of the passage in the canonical text. */
  start: number;
  end: number;
  /** About 200 characters of the passage around its first evidence, for lists and cards. */
  snippet: string;
  /** In thesaurus order; never empty (untagged passages are left out). */
  themes: ThemeTag[];
}

/** Themes of one section: those of its heading and of its passages together. */
export interface SectionThemes {
  sectionId: string;
  /** In thesaurus order; may be empty. */
  themes: ThemeTag[];
}

/** How one theme the page lists itself maps onto thesaurus themes. */
export interface ListedThemeMapping {
  /** The page's own theme label, as in `document.themes`: the evidence for the mapping. */
  listedTheme: string;
  /** Thesaurus themes whose terms occur in the label; empty when none does. */
  themeIds: string[];
}

/** Everything the tagger found in one document. */
export interface DocumentThemes {
  docId: string;
  sections: SectionThemes[];
  /** Tagged passages in document order. */
  passages: PassageThemes[];
  listed: ListedThemeMapping[];
}

/** Where a theme occurs: a passage by document and position in {@link DocumentThemes.passages}. */
export interface ThemePassageRef {
  docId: string;
  passage: number;
}

/** A theme with where it occurs in the corpus. */
export interface ThemeIndexEntry {
  id: string;
  label: LocalizedText;
  description: LocalizedText;
  broader: string[];
  narrower: string[];
  /** Documents with at least one tagged passage or a listed theme mapped here, in corpus order. */
  docIds: string[];
  /** Tagged passages in corpus order. */
  passages: ThemePassageRef[];
}

/** The themes of a corpus, JSON-serialisable so it can travel in the bundle and grow one imported page at a time. */
export interface ThemeIndex {
  format: 1;
  /** In thesaurus order. */
  themes: ThemeIndexEntry[];
  /** In corpus order. */
  documents: DocumentThemes[];
}
