/** Why: a teacher hands a route (and, if they choose, their annotations) to a class as one versioned JSON file (a pack), which students import offline; its shape is fixed here and documented as JSON Schema in docs/. */
import { z } from 'zod';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { sanitizeNote } from '../../common/notes/sanitizeNote.js';
import { routePackFormat } from '../../common/readingRoutes/routePackFile.js';
import { importAnnotationSchema, type ImportAnnotation } from '../import/webAnnotationSchema.js';
import { importProblem, problemsFromIssues, type ImportProblem } from '../import/importProblem.js';
import { readingRouteSchema, type ReadingRoute, type RouteStep } from './readingRoute.js';

/** The pack format's version written now; a pack of a newer version is refused with a clear reason. */
export const routePackVersion = 2;
/** Most teacher's annotations one pack carries. */
export const maxPackAnnotations = 10_000;

const packFields = {
  format: z.literal(routePackFormat),
  /** When the pack was written, ISO. */
  exported: z.string().max(40),
  /** Who made it, as they want students to see it (may be empty). */
  author: z.string().max(200),
  /** The corpus version the passages were chosen in. */
  corpusVersion: z.string().max(100),
  route: readingRouteSchema,
};

/** Version 1: the route alone. Still read. */
const routePackV1Schema = z.object({ formatVersion: z.literal(1), ...packFields }).strict();

/** Version 2: the route and, when the teacher chose so, their annotations on its documents as W3C Web Annotations (the notes import's schema). */
const routePackV2Schema = z
  .object({
    formatVersion: z.literal(2),
    ...packFields,
    /** The teacher's own highlights and notes on the route's documents; they become a separate layer on import. */
    annotations: z.array(importAnnotationSchema).max(maxPackAnnotations).optional(),
  })
  .strict();

/** A pack as written to disk, in any version this app reads. */
export const routePackSchema = z.discriminatedUnion('formatVersion', [routePackV1Schema, routePackV2Schema]);

/** A pack with its route typed as the app uses it (version 1 is read as version 2 without annotations). */
export type RoutePack = Omit<z.infer<typeof routePackV2Schema>, 'route' | 'formatVersion'> & { formatVersion: 1 | 2; route: ReadingRoute };

/** Writes `route` as a pack, with the teacher's annotations when given; the route's own origin is not carried (the importer sets it). */
export function toRoutePack(route: ReadingRoute, context: { author: string; corpusVersion: string; now: Date; annotations?: readonly unknown[] }): RoutePack {
  return {
    format: routePackFormat,
    formatVersion: routePackVersion,
    exported: context.now.toISOString(),
    author: context.author,
    corpusVersion: context.corpusVersion,
    route: { ...route, origin: null },
    ...(context.annotations === undefined ? {} : { annotations: context.annotations as ImportAnnotation[] }),
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
export function readRoutePack(value: unknown, source: { file: string; now: Date }): { ok: true; route: ReadingRoute; pack: RoutePack } | { ok: false; problems: ImportProblem[] } {
  if (typeof value === 'object' && value !== null && 'formatVersion' in value && typeof value.formatVersion === 'number' && value.formatVersion > routePackVersion) {
    return { ok: false, problems: [importProblem('formatVersion', 'newer-pack-format', { version: value.formatVersion })] };
  }
  const parsed = routePackSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, []) };
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
