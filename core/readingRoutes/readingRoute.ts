/** Why: a teacher's reading route (leesroute) is an ordered list of steps through the corpus, and must survive storage, packs and corpus updates unchanged. */
import { z } from 'zod';
import type { Selector } from '../../common/annotations/selectors.js';
import { selectorsSchema } from '../annotations/anchoring/selectorSchema.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';

const identifier = z.string().min(1).max(200);
/** Rich text as stored: sanitized tiptap JSON (checked by the note sanitizer on the way in). */
const richTextSchema = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) });

/** What a step points at: a passage (a text selection), a section, a whole document or a theme page. */
export const stepTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passage'), docId: identifier, selectors: selectorsSchema }).strict(),
  z.object({ kind: z.literal('section'), docId: identifier, sectionId: identifier }).strict(),
  z.object({ kind: z.literal('document'), docId: identifier }).strict(),
  z.object({ kind: z.literal('theme'), themeId: identifier }).strict(),
]);

/** A question the teacher asks about a step; students answer it in their own notes. */
export const routeQuestionSchema = z.object({ id: identifier, prompt: richTextSchema, promptText: z.string().max(20_000) }).strict();

/** One step of a route. */
export const routeStepSchema = z
  .object({
    id: identifier,
    target: stepTargetSchema,
    /** What to read for and how, as rich text; null without one. */
    instruction: richTextSchema.nullable(),
    questions: z.array(routeQuestionSchema).max(50),
  })
  .strict();

/** Where a route came from when it was imported from a pack, or null for the user's own. */
export const routeOriginSchema = z
  .object({
    /** The author's name as the pack gives it, or the file name. */
    name: z.string().max(200),
    /** When it was imported, ISO. */
    imported: z.string().max(40),
    file: z.string().max(300),
  })
  .strict();

/** A reading route. */
export const readingRouteSchema = z
  .object({
    id: identifier,
    /** Increases with every change, so a newer pack of the same route can replace an older one. */
    revision: z.number().int().min(1),
    title: z.string().trim().min(1).max(300),
    audience: z.string().max(300),
    goals: z.array(z.string().trim().min(1).max(1000)).max(30),
    steps: z.array(routeStepSchema).max(500),
    created: z.string().max(40),
    modified: z.string().max(40),
    origin: routeOriginSchema.nullable(),
  })
  .strict();

export type StepTarget = z.infer<typeof stepTargetSchema>;
export type RouteQuestion = Omit<z.infer<typeof routeQuestionSchema>, 'prompt'> & { prompt: NoteDocument };
export type RouteStep = Omit<z.infer<typeof routeStepSchema>, 'instruction' | 'questions' | 'target'> & {
  target: StepTarget;
  instruction: NoteDocument | null;
  questions: RouteQuestion[];
};
export type RouteOrigin = z.infer<typeof routeOriginSchema>;
export type ReadingRoute = Omit<z.infer<typeof readingRouteSchema>, 'steps'> & { steps: RouteStep[] };

/** The selectors of a passage step, or null for other targets. */
export function passageSelectors(target: StepTarget): Selector[] | null {
  return target.kind === 'passage' ? target.selectors : null;
}
