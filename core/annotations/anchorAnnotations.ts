/** Why: a document is shown with its annotations placed in its current text, and the ones that no longer fit kept visible as orphans. */
import { anchor, type AnchorMethod } from './anchoring/anchor.js';
import type { Annotation } from './annotation.js';

/** An annotation with its place in the current text. */
export interface AnchoredAnnotation extends Annotation {
  start: number;
  end: number;
  anchorMethod: AnchorMethod;
}

/** Annotations split into those placed in the text and those that could not be (never dropped). */
export interface AnchoredAnnotations {
  /** Sorted by place in the text. */
  anchored: AnchoredAnnotation[];
  orphans: Annotation[];
}

/** Places each of `annotations` in `document.text`; every input ends up in exactly one of the two lists. */
export function anchorAnnotations(document: { text: string }, annotations: readonly Annotation[]): AnchoredAnnotations {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: Annotation[] = [];
  for (const annotation of annotations) {
    const found = anchor(document.text, annotation.selectors);
    if (found === null) orphans.push(annotation);
    else anchored.push({ ...annotation, start: found.start, end: found.end, anchorMethod: found.method });
  }
  anchored.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return { anchored, orphans };
}
