// Why: a mistyped query word ("mantelzrog") should still find its documents and be offered back as "Bedoelde je …?".

/**
 * Optimal-string-alignment Damerau–Levenshtein distance (adjacent transpositions count as one edit),
 * or `max + 1` as soon as the distance is known to exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let previousPrevious = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length]!;
}

/** A vocabulary word proposed for a query word. */
export interface Correction {
  word: string;
  distance: number;
  frequency: number;
}

/** The edit budget for a word: none up to four letters, one up to seven, two for longer words. */
export function maxEdits(word: string): number {
  if (word.length <= 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

/**
 * The vocabulary word nearest to `word` (Damerau–Levenshtein within {@link maxEdits}); ties go to the more
 * frequent word. A word that starts with something one edit away from `word` ("mantelzorgers" for
 * "mantelzrog" or "mantelzrg") also qualifies, at half an edit more. Returns null when nothing is close enough.
 * @param word a folded query word
 * @param vocabulary folded words with frequencies
 */
export function nearestWord(word: string, vocabulary: Iterable<readonly [string, number]>): Correction | null {
  const budget = maxEdits(word);
  if (budget === 0) return null;
  let best: Correction | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const [candidate, frequency] of vocabulary) {
    if (candidate === word) return null;
    let cost = Number.POSITIVE_INFINITY;
    if (Math.abs(candidate.length - word.length) <= budget) cost = damerauLevenshtein(word, candidate, budget);
    if (cost > budget && candidate.length > word.length && word.length >= 7) {
      // The typo may have dropped or added a letter: compare with the candidate's prefixes one shorter and longer too.
      let prefixDistance = 2;
      for (let length = word.length - 1; length <= word.length + 1 && length < candidate.length; length += 1) {
        prefixDistance = Math.min(prefixDistance, damerauLevenshtein(word, candidate.slice(0, length), 1));
      }
      if (prefixDistance <= 1) cost = prefixDistance + 0.5;
    }
    if (cost > budget + 0.5) continue;
    if (cost < bestCost || (cost === bestCost && best && (frequency > best.frequency || (frequency === best.frequency && candidate < best.word)))) {
      best = { word: candidate, distance: Math.ceil(cost), frequency };
      bestCost = cost;
    }
  }
  return best;
}
