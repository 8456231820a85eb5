/** Why: the dialog, the API and the CLI describe an export the same way, so its scope, grouping and includes are one validated shape. */
import { z } from 'zod';
import { colorSchema } from '../annotations/colorLabels.js';

const identifier = z.string().min(1).max(200);

/** The file formats an export can be written in. */
export const exportFormats = ['md', 'html', 'pdf', 'docx', 'csv', 'json'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Formats that are text and may go to stdout or a preview. */
export const textExportFormats: readonly ExportFormat[] = ['md', 'html', 'csv', 'json'];

/**
 * What goes into an export: everything, one document, one theme, one tag, one colour, or the
 * "Aantekeningen" overview's current filter (its search words plus optional colour and tag).
 */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('document'), docId: identifier }).strict(),
  z.object({ kind: z.literal('theme'), themeId: identifier }).strict(),
  z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(60) }).strict(),
  z.object({ kind: z.literal('color'), color: colorSchema }).strict(),
  z
    .object({
      kind: z.literal('filter'),
      /** The overview's search words; empty means no search. */
      query: z.string().max(500),
      color: colorSchema.optional(),
      tag: z.string().trim().min(1).max(60).optional(),
    })
    .strict(),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

/** Grouping: per document and section in reading order, or per theme. */
export const exportGroupingSchema = z.enum(['document', 'theme']);
export type ExportGrouping = z.infer<typeof exportGroupingSchema>;

/** What parts go in; each can be switched off in the dialog. */
export const exportIncludesSchema = z
  .object({
    highlights: z.boolean(),
    notes: z.boolean(),
    tags: z.boolean(),
    notebook: z.boolean(),
  })
  .strict();
export type ExportIncludes = z.infer<typeof exportIncludesSchema>;

/** Everything included: the default. */
export const allIncludes: ExportIncludes = { highlights: true, notes: true, tags: true, notebook: true };

/** The language of the exported document's own words (headings, labels); user content is never translated. */
export const exportLanguageSchema = z.enum(['nl', 'en']);
export type ExportLanguage = z.infer<typeof exportLanguageSchema>;

/** One export request, as the dialog, the API and the CLI give it. */
export const exportRequestSchema = z
  .object({
    scope: exportScopeSchema,
    grouping: exportGroupingSchema.optional(),
    includes: exportIncludesSchema.optional(),
    language: exportLanguageSchema.optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;
