/** Why: a student's answers and progress belong to the student, kept apart from the teacher's route so a newer route replaces the route and never the answers. */
import { z } from 'zod';
import { cleanNote } from '../annotations/annotation.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import type { ReadingRoute } from './readingRoute.js';

/** The stored shape of an answer, checked when the data file is read. */
export const routeAnswerSchema = z
  .object({
    id: z.string().min(1),
    routeId: z.string().min(1),
    stepId: z.string().min(1),
    questionId: z.string().min(1),
    content: z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) }),
    text: z.string(),
    created: z.string(),
    modified: z.string(),
  })
  .strict();

/** The stored shape of a route's progress. */
export const routeProgressSchema = z
  .object({ routeId: z.string().min(1), read: z.array(z.string()), currentStepId: z.string().nullable(), modified: z.string() })
  .strict();

/** A student's private answer to one question of a route step. */
export interface RouteAnswer {
  id: string;
  routeId: string;
  stepId: string;
  questionId: string;
  /** Sanitized tiptap JSON. */
  content: NoteDocument;
  /** Plain text of `content`, for search and export. */
  text: string;
  created: string;
  modified: string;
}

/** How far a student is along a route: per step, whether it was read. */
export interface RouteProgress {
  routeId: string;
  /** Step ids marked read, in the order they were marked. */
  read: string[];
  /** The step the student last had open. */
  currentStepId: string | null;
  modified: string;
}

/** The answer to `questionId`, created or replaced with new (sanitized) content. */
export function saveAnswer(
  existing: RouteAnswer | undefined,
  input: { routeId: string; stepId: string; questionId: string; content: unknown },
  context: { id: string; now: Date },
): RouteAnswer {
  const { note, noteText } = cleanNote(input.content);
  const time = context.now.toISOString();
  const content = note ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  if (existing) return { ...existing, content, text: noteText, modified: time };
  return { id: context.id, routeId: input.routeId, stepId: input.stepId, questionId: input.questionId, content, text: noteText, created: time, modified: time };
}

/** `progress` with `stepId` marked read or unread, and made the current step. */
export function markStep(progress: RouteProgress | undefined, routeId: string, stepId: string, read: boolean, now: Date): RouteProgress {
  const before = progress?.read ?? [];
  const without = before.filter((id) => id !== stepId);
  return { routeId, read: read ? [...without, stepId] : without, currentStepId: stepId, modified: now.toISOString() };
}

/** Per step of `route`: whether it was read and how many of its questions have a non-empty answer. */
export function summarizeProgress(route: ReadingRoute, progress: RouteProgress | undefined, answers: readonly RouteAnswer[]): { stepId: string; read: boolean; answered: number; questions: number }[] {
  const answered = new Set(answers.filter((answer) => answer.routeId === route.id && answer.text.trim() !== '').map((answer) => answer.questionId));
  const read = new Set(progress?.read ?? []);
  return route.steps.map((step) => ({
    stepId: step.id,
    read: read.has(step.id),
    answered: step.questions.filter((question) => answered.has(question.id)).length,
    questions: step.questions.length,
  }));
}

/** Answers whose question is no longer in the route (a newer version dropped it): kept and shown apart, never deleted. */
export function detachedAnswers(route: ReadingRoute, answers: readonly RouteAnswer[]): RouteAnswer[] {
  const questions = new Set(route.steps.flatMap((step) => step.questions.map((question) => question.id)));
  return answers.filter((answer) => answer.routeId === route.id && !questions.has(answer.questionId));
}
