/** Why: a Werkplaats is run by a named research group, which pages mention in a few fixed phrasings. */
import { mostFrequent } from './mostFrequent.js';

/** "lectoraat <Name> van Hogeschool …", also "Lectoraat <Name> Hogeschool …" as contact lines put it. */
const BEFORE_HOGESCHOOL = /\b[Ll]ectoraat\s+(\p{Lu}[^.,;:()\n]*?)\s+(?:(?:van|bij)\s+)?(?:de\s+)?[Hh]ogeschool\b/gu;
/** "<Name>, een van de drie lectoraten". */
const ONE_OF_THE_LECTORATEN = /(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Ll}{1,4}|\p{Lu}[\p{L}-]*))*)\s*,\s+(?:een|één)\s+van\s+de\s+(?:\p{L}+\s+)?lectoraten\b/gu;

/** The research group named most often in those phrasings, or null. */
export function extractLectoraat(text: string): string | null {
  const names = [BEFORE_HOGESCHOOL, ONE_OF_THE_LECTORATEN].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => (match[1] ?? '').trim()));
  return mostFrequent(names.filter((name) => name !== ''));
}
