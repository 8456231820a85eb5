/** The theme methods of the API: the theme index, theme pages, a document's theme chips, "Zie ook" and the theme map. */
import { z } from 'zod';
import { ApiError } from '../api/contract.js';
import type { CorpusDocument } from '../corpus/types.js';
import { relatedPassages, type RelatedPassage } from './relatedPassages.js';
import { themeMatrix, type ThemeMatrix } from './themeMatrix.js';
import { themePassages, type ThemePassage } from './themePassages.js';
import type { Thesaurus } from './thesaurus.js';
import type { DocumentThemes, ThemeIndex, ThemeIndexEntry } from './types.js';

const identifier = z.string().min(1).max(200);

/** Input schemas of the theme methods, ready to be spread into the API contract's `inputSchemas`. */
export const themeInputSchemas = {
  listThemes: z.object({}).strict(),
  getTheme: z.object({ id: identifier }).strict(),
  getDocumentThemes: z.object({ docId: identifier }).strict(),
  getRelatedPassages: z.object({ docId: identifier, sectionId: identifier, limit: z.number().int().min(1).max(50).optional() }).strict(),
  getThemeMap: z.object({}).strict(),
} as const;

type ThemeMethodInput<M extends keyof typeof themeInputSchemas> = z.infer<(typeof themeInputSchemas)[M]>;

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

export interface ThemeService {
  listThemes(input: ThemeMethodInput<'listThemes'>): Promise<ThemeOverview[]>;
  getTheme(input: ThemeMethodInput<'getTheme'>): Promise<ThemePage>;
  getDocumentThemes(input: ThemeMethodInput<'getDocumentThemes'>): Promise<DocumentThemes>;
  getRelatedPassages(input: ThemeMethodInput<'getRelatedPassages'>): Promise<RelatedPassage[]>;
  getThemeMap(input: ThemeMethodInput<'getThemeMap'>): Promise<ThemeMatrix>;
}

/** Builds the theme methods over a corpus's theme index. */
export function createThemeService(index: ThemeIndex, thesaurus: Thesaurus, documents: readonly CorpusDocument[]): ThemeService {
  const synonymsOf = new Map(thesaurus.themes.map((theme) => [theme.id, theme.synonyms.flat()]));
  const overviews = index.themes.map(({ passages, ...entry }): ThemeOverview => ({ ...entry, passageCount: passages.length, synonyms: synonymsOf.get(entry.id) ?? [] }));
  const overviewById = new Map(overviews.map((overview) => [overview.id, overview]));
  const documentThemes = new Map(index.documents.map((entry) => [entry.docId, entry]));
  const matrix = themeMatrix(index);

  function requireDocument(docId: string): DocumentThemes {
    const found = documentThemes.get(docId);
    if (!found) throw new ApiError('not-found', `Er is geen document met id "${docId}".`);
    return found;
  }

  return {
    async listThemes() {
      return overviews;
    },
    async getTheme({ id }) {
      const theme = overviewById.get(id);
      if (!theme) throw new ApiError('not-found', `Er is geen thema met id "${id}".`);
      return { theme, passages: themePassages(index, id) };
    },
    async getDocumentThemes({ docId }) {
      return requireDocument(docId);
    },
    async getRelatedPassages({ docId, sectionId, limit }) {
      const document = documents.find((candidate) => candidate.id === docId);
      if (!document) throw new ApiError('not-found', `Er is geen document met id "${docId}".`);
      if (!document.sections.some((section) => section.id === sectionId)) throw new ApiError('not-found', `Dit document heeft geen sectie "${sectionId}".`);
      return relatedPassages(index, documents, docId, { sectionId }, { limit: limit ?? 8 });
    },
    async getThemeMap() {
      return matrix;
    },
  };
}
