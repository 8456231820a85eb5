/** Why: profile pages name their Werkplaats as "Werkplaats Sociaal Domein <Name>" more often than any other, which gives title and region. */
import { mostFrequent } from './mostFrequent.js';

const WERKPLAATS_NAME = /\bWerkplaats\s+Sociaal\s+Domein\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;

/** Every capitalised name following "Werkplaats Sociaal Domein" in `text`, in order ("Flevoland", "Zuid-Holland Zuid"). */
export function findWerkplaatsNames(text: string): string[] {
  return [...text.matchAll(WERKPLAATS_NAME)].map((match) => (match[1] ?? '').replace(/[’'-]+$/u, ''));
}

/** The name following "Werkplaats Sociaal Domein" most often in `text`, or null. */
export function mostFrequentWerkplaatsName(text: string): string | null {
  return mostFrequent(findWerkplaatsNames(text));
}
