/** The reading routes' hash routes: the list (`#/routes`), one route's editor (`#/route/<id>`) and following it (`#/route/<id>/follow?step=n`). */
import { decodeSegment, type HashLocation } from '../routing/view.js';

export const routesHref = '#/routes';

export function routeHref(routeId: string): string {
  return `#/route/${encodeURIComponent(routeId)}`;
}

/** Following a route at step `step` (0-based). */
export function followHref(routeId: string, step = 0): string {
  return `#/route/${encodeURIComponent(routeId)}/follow?step=${step}`;
}

export function parseRouteEditor({ path }: HashLocation): { routeId: string } | null {
  const match = /^\/route\/([^/]+)$/.exec(path);
  const routeId = match ? decodeSegment(match[1]!) : null;
  return routeId === null ? null : { routeId };
}

export function parseFollowRoute({ path, params }: HashLocation): { routeId: string; step: number } | null {
  const match = /^\/route\/([^/]+)\/follow$/.exec(path);
  const routeId = match ? decodeSegment(match[1]!) : null;
  const step = Number(params.get('step') ?? 0);
  return routeId === null ? null : { routeId, step: Number.isInteger(step) && step >= 0 ? step : 0 };
}
