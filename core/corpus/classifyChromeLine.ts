/** Why: site menus and cookie banners end up in dumps as short lines of their own, and must not reach the reader. */
import type { RemovedChrome } from './types.js';

/** Words that, when a line consists of nothing else, mark it as site navigation. */
const NAVIGATION_WORDS = new Set([
  'menu', 'hoofdmenu', 'navigatie', 'zoeken', 'zoek', 'search', 'english', 'nederlands', 'deutsch', 'nl', 'en', 'home', 'toon',
  'nieuwsbrief', 'delen', 'deel', 'share', 'print', 'printen', 'afdrukken', 'terug', 'sluiten', 'inloggen', 'uitloggen', 'login',
  'ga', 'naar', 'boven', 'inhoud', 'vorige', 'volgende', 'twitter', 'facebook', 'linkedin', 'whatsapp', 'x',
]);

const MAX_NAVIGATION_LENGTH = 80;
const MAX_COOKIE_LENGTH = 200;

/** Whether a trimmed line is navigation or cookie-banner chrome, and which; null for anything else. */
export function classifyChromeLine(line: string): Extract<RemovedChrome['reason'], 'navigation' | 'cookie'> | null {
  if (isNavigationLine(line)) return 'navigation';
  if (line.length <= MAX_COOKIE_LENGTH && /cookie/i.test(line)) return 'cookie';
  return null;
}

function isNavigationLine(line: string): boolean {
  if (line === '' || line.length > MAX_NAVIGATION_LENGTH) return false;
  const words = line
    .split(/[\s|•·»›>/]+/u)
    .map((word) => word.replace(/:$/, '').toLowerCase())
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => NAVIGATION_WORDS.has(word));
}
