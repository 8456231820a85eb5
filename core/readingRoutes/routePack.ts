/** Why: a teacher hands a route to a class as one versioned JSON file (a pack), which students import offline; its shape is fixed here and documented as JSON Schema in docs/. */
import { z } from 'zod';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { sanitizeNote } from '../../common/notes/sanitizeNote.js';
import { readingRouteSchema, type ReadingRoute, type RouteStep } from './readingRoute.js';

/** The `format` field every pack carries, so a wrong file is told apart at once. */
export const routePackFormat = 'werkplaats-leesroute';
/** The pack format's version; a pack of a newer version is refused with a clear reason. */
export const routePackVersion = 1;

/** A pack as written to disk. */
export const routePackSchema = z
  .object({
    format: z.literal(routePackFormat),
    formatVersion: z.literal(routePackVersion),
    /** When the pack was written, ISO. */
    exported: z.string().max(40),
    /** Who made it, as they want students to see it (may be empty). */
    author: z.string().max(200),
    /** The corpus version the passages were chosen in. */
    corpusVersion: z.string().max(100),
    route: readingRouteSchema,
  })
  .strict();

/** A pack with its route typed as the app uses it. */
export type RoutePack = Omit<z.infer<typeof routePackSchema>, 'route'> & { route: ReadingRoute };

/** One reason a pack was refused, with its place in the file (a JSON path such as `route.steps.2.target`). */
export interface PackProblem {
  path: string;
  message: string;
}

/** Writes `route` as a pack; the route's own origin is not carried (the importer sets it). */
export function toRoutePack(route: ReadingRoute, context: { author: string; corpusVersion: string; now: Date }): RoutePack {
  return {
    format: routePackFormat,
    formatVersion: routePackVersion,
    exported: context.now.toISOString(),
    author: context.author,
    corpusVersion: context.corpusVersion,
    route: { ...route, origin: null },
  };
}

function cleanRichText(value: unknown): NoteDocument | null {
  return value === null ? null : sanitizeNote(value);
}

function cleanStep(step: RouteStep): RouteStep {
  return {
    ...step,
    instruction: cleanRichText(step.instruction),
    questions: step.questions.map((question) => ({ ...question, prompt: sanitizeNote(question.prompt) ?? { type: 'doc', content: [{ type: 'paragraph' }] } })),
  };
}

/**
 * Checks a parsed pack file whole: it is either a route ready to store, labelled with where it came from
 * and with every rich text sanitized like a typed note, or every problem with its place. Never throws.
 */
export function readRoutePack(value: unknown, source: { file: string; now: Date }): { ok: true; route: ReadingRoute; pack: RoutePack } | { ok: false; problems: PackProblem[] } {
  if (typeof value === 'object' && value !== null && 'formatVersion' in value && typeof value.formatVersion === 'number' && value.formatVersion > routePackVersion) {
    return { ok: false, problems: [{ path: 'formatVersion', message: `Dit pakket is gemaakt met een nieuwere versie van de app (formaat ${value.formatVersion}).` }] };
  }
  const parsed = routePackSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(bestand)', message: issue.message })) };
  }
  const pack = parsed.data as RoutePack;
  const route: ReadingRoute = {
    ...pack.route,
    steps: pack.route.steps.map(cleanStep),
    origin: { name: pack.author || source.file, imported: source.now.toISOString(), file: source.file },
  };
  return { ok: true, route, pack };
}

/** What importing a route did to the user's copy. */
export type RouteImportOutcome = 'added' | 'updated' | 'unchanged' | 'older';

/**
 * Combines an imported route with the copy the user may already have (same id): a newer revision replaces
 * it, an equal or older one leaves it. Answers are stored apart, keyed by question id, so they are kept.
 */
export function mergeImportedRoute(existing: ReadingRoute | undefined, incoming: ReadingRoute): { route: ReadingRoute; outcome: RouteImportOutcome } {
  if (!existing) return { route: incoming, outcome: 'added' };
  if (incoming.revision > existing.revision) return { route: incoming, outcome: 'updated' };
  return { route: existing, outcome: incoming.revision === existing.revision ? 'unchanged' : 'older' };
}
