/** The API methods about themes: the theme index, theme pages, a document's theme chips, "Zie ook" and the theme map. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import { relatedPassages } from './relatedPassages.js';
import type { ThemePage } from './themeCatalog.js';
import { themePassages } from './themePassages.js';

const themeIdSchema = z.string().min(1).max(200);

export const themeMethods = {
  /** Every theme with its passage count and synonyms. */
  listThemes: defineMethod(z.object({}).strict(), async (_input, { themes }) => themes.overviews),
  /** A theme page: the theme and every passage on it. */
  getTheme: defineMethod(z.object({ id: themeIdSchema }).strict(), async ({ id }, { themes }): Promise<ThemePage> => {
    const theme = themes.overview(id);
    if (!theme) throw new ApiError('theme-not-found', { id });
    return { theme, passages: themePassages(themes.index, id) };
  }),
  /** The theme tags of one document's passages, for the reader's chips. */
  getDocumentThemes: defineMethod(z.object({ docId: documentIdSchema }).strict(), async ({ docId }, { themes }) => {
    const found = themes.documentThemes(docId);
    if (!found) throw new ApiError('document-not-found', { id: docId });
    return found;
  }),
  /** Passages in other documents on the themes of one section ("Zie ook"), with the reason. */
  getRelatedPassages: defineMethod(
    z.object({ docId: documentIdSchema, sectionId: z.string().min(1).max(200), limit: z.number().int().min(1).max(50).optional() }).strict(),
    async ({ docId, sectionId, limit }, { themes, documents, requireDocument }) => {
      const document = requireDocument(docId);
      if (!document.sections.some((section) => section.id === sectionId)) throw new ApiError('section-not-found', { docId, sectionId });
      return relatedPassages(themes.index, documents(), docId, { sectionId }, { limit: limit ?? 8 });
    },
  ),
  /** Themes against documents: passage counts per cell, for the theme map. */
  getThemeMap: defineMethod(z.object({}).strict(), async (_input, { themes }) => themes.matrix),
};
