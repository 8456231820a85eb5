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

/** A vocabulary prepared for repeated {@link nearestWord} calls: per word its letter set, so most words are skipped before any edit distance. */
export interface PreparedVocabulary {
  words: string[];
  frequencies: Float64Array;
  /** Per word: one bit per letter it contains (a–z, other characters folded into six more bits). */
  masks: Uint32Array;
}

/** The letter set of a word as a 32-bit mask. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    const bit = code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6);
    mask |= 1 << bit;
  }
  return mask >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Prepares folded words with frequencies for {@link nearestWord}. */
export function prepareVocabulary(vocabulary: Iterable<readonly [string, number]>): PreparedVocabulary {
  const words: string[] = [];
  const frequencies: number[] = [];
  for (const [word, frequency] of vocabulary) {
    words.push(word);
    frequencies.push(frequency);
  }
  return { words, frequencies: Float64Array.from(frequencies), masks: Uint32Array.from(words, letterMask) };
}

/**
 * The vocabulary word nearest to `word` (Damerau–Levenshtein within {@link maxEdits}); ties go to the more
 * frequent word. A word that starts with something one edit away from `word` ("mantelzorgers" for
 * "mantelzrog" or "mantelzrg") also qualifies, at half an edit more. Returns null when nothing is close enough.
 *
 * Each edit adds or removes at most one letter from a word's letter set, so a candidate whose letter set differs
 * by more than the budget is skipped without computing a distance.
 * @param word a folded query word
 * @param vocabulary folded words with frequencies, or a {@link prepareVocabulary} result
 */
export function nearestWord(word: string, vocabulary: Iterable<readonly [string, number]> | PreparedVocabulary): Correction | null {
  const budget = maxEdits(word);
  if (budget === 0) return null;
  const prepared = 'masks' in vocabulary ? vocabulary : prepareVocabulary(vocabulary);
  const { words, frequencies, masks } = prepared;
  const wordMask = letterMask(word);
  const length = word.length;
  let best: Correction | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let c = 0; c < words.length; c += 1) {
    const candidate = words[c]!;
    const mask = masks[c]!;
    const missing = popcount((wordMask & ~mask) >>> 0);
    // Letters of the word the candidate lacks: each needs an edit, in the full word and in any prefix of it.
    if (missing > budget) continue;
    const lengthGap = Math.abs(candidate.length - length);
    const prefixPossible = candidate.length > length && length >= 7 && missing <= 1;
    if (lengthGap > budget && !prefixPossible) continue;
    if (candidate === word) return null;
    let cost = Number.POSITIVE_INFINITY;
    if (lengthGap <= budget && popcount((mask & ~wordMask) >>> 0) <= budget) cost = damerauLevenshtein(word, candidate, budget);
    if (cost > budget && prefixPossible) {
      // The typo may have dropped or added a letter: compare with the candidate's prefixes one shorter and longer too.
      let prefixDistance = 2;
      for (let prefix = length - 1; prefix <= length + 1 && prefix < candidate.length; prefix += 1) {
        prefixDistance = Math.min(prefixDistance, damerauLevenshtein(word, candidate.slice(0, prefix), 1));
      }
      if (prefixDistance <= 1) cost = prefixDistance + 0.5;
    }
    if (cost > budget + 0.5) continue;
    const frequency = frequencies[c]!;
    if (cost < bestCost || (cost === bestCost && best && (frequency > best.frequency || (frequency === best.frequency && candidate < best.word)))) {
      best = { word: candidate, distance: Math.ceil(cost), frequency };
      bestCost = cost;
    }
  }
  return best;
}
