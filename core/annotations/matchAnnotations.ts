/** Finds annotations by their quote, note and tags with the same Dutch analysis as search, for the "Alle aantekeningen" overview. */
import type { DutchAnalyzer } from '../search/dutchAnalyzer.js';
import type { Annotation } from './annotation.js';
import { quoteOf } from '../../common/annotations/selectors.js';

/** An annotation that matched, with the words that made it match. */
export interface AnnotationMatch<T extends Annotation = Annotation> {
  annotation: T;
  /** The matching words as they are written in the quote, note or tags (each once), so a card can mark them. */
  words: string[];
}

/**
 * The annotations in which every word of `query` occurs (folded, stemmed, or as the start of a longer word or compound),
 * in the order given, each with the words that matched. An empty query matches everything, with no words.
 */
export function findAnnotationMatches<T extends Annotation>(annotations: readonly T[], query: string, analyzer: DutchAnalyzer): AnnotationMatch<T>[] {
  const wanted = [...new Set(analyzer.analyze(query).filter((token) => token.role === 'word').map((token) => token.term))];
  if (wanted.length === 0) return annotations.map((annotation) => ({ annotation, words: [] }));
  const matches: AnnotationMatch<T>[] = [];
  for (const annotation of annotations) {
    const text = `${quoteOf(annotation)}\n${annotation.noteText}\n${annotation.tags.join(' ')}`;
    const found = new Set<string>();
    const words = new Set<string>();
    for (const token of analyzer.analyze(text)) {
      const term = wanted.find((candidate) => token.term === candidate || token.term.startsWith(candidate));
      if (term === undefined) continue;
      found.add(term);
      words.add(text.slice(token.start, token.end));
    }
    if (found.size === wanted.length) matches.push({ annotation, words: [...words] });
  }
  return matches;
}

/** The annotations in which every word of `query` occurs, in the order given; see {@link findAnnotationMatches}. */
export function matchAnnotations<T extends Annotation>(annotations: readonly T[], query: string, analyzer: DutchAnalyzer): T[] {
  return findAnnotationMatches(annotations, query, analyzer).map((match) => match.annotation);
}
