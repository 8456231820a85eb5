/** Why: a few facts are ambiguous on the page itself (a news item's headline), so an editor can set them per source file. */
import { z } from 'zod';
import { CorpusParseError } from './corpusParseError.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD');

/** The fields an override may set for one source file. */
export const corpusOverrideSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    region: z.string().trim().max(100),
    kind: z.enum(['profile', 'news']),
    label: z.string().trim().min(1).max(100).nullable(),
    published: isoDate.nullable(),
    summary: z.string().trim().max(400),
    hogeschool: z.string().trim().min(1).max(100).nullable(),
    lectoraat: z.string().trim().min(1).max(200).nullable(),
    origin: z.string().trim().min(1).max(200).nullable(),
  })
  .partial()
  .strict();

/** Overrides keyed by source file name, as stored in `data/corpus-overrides.json`. */
export const corpusOverridesSchema = z.record(z.string().min(1), corpusOverrideSchema);

/** Corrections for one source file; every field is optional. */
export type CorpusOverride = z.infer<typeof corpusOverrideSchema>;

/** Corrections keyed by source file name ("002_6be9bfadb7a4ecc6.txt"). */
export type CorpusOverrides = Record<string, CorpusOverride>;

/** Validates parsed JSON as overrides; throws a `CorpusParseError` naming the offending entry otherwise. */
export function parseCorpusOverrides(json: unknown): CorpusOverrides {
  const parsed = corpusOverridesSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'bestand'}: ${issue.message}`).join('; ');
  throw new CorpusParseError(`Ongeldige correcties voor het corpus: ${detail}`);
}

/** The override for `source`, looked up as an own property only (so names like "constructor" find nothing), without undefined fields. */
export function overrideFor(overrides: CorpusOverrides | undefined, source: string): CorpusOverride {
  if (overrides === undefined || !Object.prototype.hasOwnProperty.call(overrides, source)) return {};
  return Object.fromEntries(Object.entries(overrides[source] ?? {}).filter(([, value]) => value !== undefined)) as CorpusOverride;
}
