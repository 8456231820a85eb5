/** Finds annotations by their quote, note and tags with the same Dutch analysis as search, for the "Alle aantekeningen" overview. */
import type { DutchAnalyzer } from '../search/dutchAnalyzer.js';
import type { Annotation } from './annotation.js';
import { quoteOf } from '../../common/annotations/selectors.js';

/**
 * The annotations in which every word of `query` occurs (folded, stemmed, or as the start of a longer word or compound),
 * in the order given. An empty query matches everything.
 */
export function matchAnnotations(annotations: readonly Annotation[], query: string, analyzer: DutchAnalyzer): Annotation[] {
  const wanted = [...new Set(analyzer.analyze(query).filter((token) => token.role === 'word').map((token) => token.term))];
  if (wanted.length === 0) return [...annotations];
  return annotations.filter((annotation) => {
    const terms = analyzer.analyze(`${quoteOf(annotation)}\n${annotation.noteText}\n${annotation.tags.join(' ')}`).map((token) => token.term);
    return wanted.every((term) => terms.some((candidate) => candidate === term || candidate.startsWith(term)));
  });
}
