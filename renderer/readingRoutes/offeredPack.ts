/** Why: a pack can arrive outside the routes view (dropped on the library, handed over by the desktop app); it is passed on here, so the routes view previews it before anything is written. */
import { navigate } from '../routing/view.js';
export { looksLikeRoutePack } from '../../common/readingRoutes/routePackFile.js';
import { routesHref } from './readingRouteRoutes.js';

/** A pack file's name and text, not yet checked: the routes view asks the app to preview it. */
export interface OfferedPack {
  file: string;
  content: string;
}

let offered: OfferedPack | null = null;
const listeners = new Set<() => void>();

/** Hands `pack` to the routes view and opens it. */
export function offerRoutePack(pack: OfferedPack): void {
  offered = pack;
  navigate(routesHref);
  for (const listener of listeners) listener();
}

/** The pack waiting for the routes view, once: taking it clears it. */
export function takeOfferedRoutePack(): OfferedPack | null {
  const pack = offered;
  offered = null;
  return pack;
}

/** Calls `listener` whenever a pack is offered; returns the unsubscribe. */
export function onRoutePackOffered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
