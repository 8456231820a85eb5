/** The theme views' routes: the list (`#/themes`), one theme (`#/theme/<id>`) and the theme map (`#/map`). */
import { decodeSegment, type HashLocation } from '../routing/view.js';

export const themesHref = '#/themes';
export const themeMapHref = '#/map';

/** One theme's page. */
export function themeHref(themeId: string): string {
  return `#/theme/${encodeURIComponent(themeId)}`;
}

/** The theme id of a `#/theme/<id>` location, or null. */
export function parseThemeRoute({ path }: HashLocation): { themeId: string } | null {
  const match = /^\/theme\/(.+)$/.exec(path);
  const themeId = match ? decodeSegment(match[1]!) : null;
  return themeId === null ? null : { themeId };
}
