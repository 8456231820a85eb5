// Why: how much a match is worth (BM25-style idf and length norm, weaker variants, heading and title boosts) is one policy, kept apart from how passages are found.

/** Weight of a longer word the query word starts ("jeugd" → jeugdhulp). */
export const EXTENSION_WEIGHT = 0.85;
/** Weight of an inflectional variant sharing a long prefix (technologie ↔ technologisch). */
export const VARIANT_WEIGHT = 0.5;
/** Weight of a match on a compound's parts only. */
export const PARTS_WEIGHT = 0.5;
/** Weight of a thesaurus synonym or translation. */
export const SYNONYM_WEIGHT = 0.9;
/** Weight of a quoted phrase (adjacent words are stronger evidence). */
export const PHRASE_WEIGHT = 1.5;
/** Added (times the unit's idf) when the passage's section heading matches. */
export const HEADING_BOOST = 0.5;
/** Added (times the unit's idf) when the passage's document title matches. */
export const TITLE_BOOST = 0.3;
/** One more matched query unit outweighs any score difference. */
export const COVERAGE_STEP = 1e6;

/** BM25's idf of a unit matching `frequency` of `total` passages. */
export function idfOf(total: number, frequency: number): number {
  const n = Math.max(1, total);
  return Math.log(1 + (n - frequency + 0.5) / (frequency + 0.5));
}

/**
 * BM25's length normalization for a term that occurs once (k1 = 1.2), softened (b = 0.3): passages are short
 * already, so a long passage is only mildly penalised.
 */
export function lengthNormOf(words: number, averageWords: number): number {
  return 2.2 / (1 + 1.2 * (0.7 + (0.3 * words) / averageWords));
}

/** The fields of a unit that {@link rankingKey} reads. */
export interface FieldMatches {
  sectionFlags: Uint8Array | null;
  documentFlags: Uint8Array | null;
  idf: number;
}

/**
 * A passage's ranking key: the number of query units it covers (in text, heading or title) times
 * {@link COVERAGE_STEP}, plus its text score and its heading and title boosts.
 * @param matched bit u set when unit u matches the passage's text
 * @param value the passage's text score
 */
export function rankingKey(units: readonly FieldMatches[], fieldUnits: readonly number[], section: number, document: number, matched: number, value: number): number {
  let covered = matched;
  for (let f = 0; f < fieldUnits.length; f += 1) {
    const u = fieldUnits[f]!;
    const unit = units[u]!;
    if (unit.sectionFlags?.[section]) {
      covered |= 1 << u;
      value += HEADING_BOOST * unit.idf;
    }
    if (unit.documentFlags?.[document]) {
      covered |= 1 << u;
      value += TITLE_BOOST * unit.idf;
    }
  }
  let coverage = 0;
  for (let bits = covered; bits; bits &= bits - 1) coverage += 1;
  return coverage * COVERAGE_STEP + value;
}
