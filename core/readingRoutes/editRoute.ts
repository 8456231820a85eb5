/** Why: every change to a route (a step added, moved or removed) is a pure function, so the UI, the CLI and undo all share one behaviour. */
import type { ReadingRoute, RouteStep } from './readingRoute.js';

/** A copy of `route` with its revision raised and `modified` set to `now`. */
function touched(route: ReadingRoute, steps: RouteStep[], now: Date): ReadingRoute {
  return { ...route, steps, revision: route.revision + 1, modified: now.toISOString() };
}

/** A new, empty route. */
export function createRoute(input: { id: string; title: string; audience?: string; goals?: string[] }, now: Date): ReadingRoute {
  const time = now.toISOString();
  return {
    id: input.id,
    revision: 1,
    title: input.title.trim(),
    audience: input.audience?.trim() ?? '',
    goals: (input.goals ?? []).map((goal) => goal.trim()).filter((goal) => goal.length > 0),
    steps: [],
    created: time,
    modified: time,
    origin: null,
  };
}

/** `route` with `step` inserted at `index` (default: at the end; clamped to the list). */
export function addStep(route: ReadingRoute, step: RouteStep, now: Date, index = route.steps.length): ReadingRoute {
  if (route.steps.some((existing) => existing.id === step.id)) throw new RangeError(`Stap ${step.id} staat al in de route.`);
  const at = Math.max(0, Math.min(index, route.steps.length));
  return touched(route, [...route.steps.slice(0, at), step, ...route.steps.slice(at)], now);
}

/** `route` with the step `stepId` moved to position `index` (clamped); unchanged when the step is not there. */
export function moveStep(route: ReadingRoute, stepId: string, index: number, now: Date): ReadingRoute {
  const from = route.steps.findIndex((step) => step.id === stepId);
  if (from === -1) return route;
  const rest = route.steps.filter((step) => step.id !== stepId);
  const to = Math.max(0, Math.min(index, rest.length));
  if (to === from) return route;
  return touched(route, [...rest.slice(0, to), route.steps[from]!, ...rest.slice(to)], now);
}

/** `route` without the step `stepId`, and where it stood (for undo); `removed` is null when it was not there. */
export function removeStep(route: ReadingRoute, stepId: string, now: Date): { route: ReadingRoute; removed: { step: RouteStep; index: number } | null } {
  const index = route.steps.findIndex((step) => step.id === stepId);
  if (index === -1) return { route, removed: null };
  return { route: touched(route, route.steps.filter((step) => step.id !== stepId), now), removed: { step: route.steps[index]!, index } };
}
