/** Why: the library groups Werkplaatsen by the university of applied sciences behind them. */
import { mostFrequent } from './mostFrequent.js';

const HOGESCHOOL = /\b[Hh]ogeschool\s+(van\s+\p{Lu}[\p{L}-]*(?:\s+en\s+\p{Lu}[\p{L}-]*)?|\p{Lu}[\p{L}-]*)/gu;

/** The "Hogeschool <Name>" (or "Hogeschool van <A> en <B>") named most often, or null. */
export function extractHogeschool(text: string): string | null {
  const name = mostFrequent([...text.matchAll(HOGESCHOOL)].map((match) => match[1] ?? ''));
  return name === null ? null : `Hogeschool ${name}`;
}
