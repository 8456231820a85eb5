/** Why: the overview lists highlights from every document and names each one's section, which only the core can read from the corpus. */
import { storedStartOf } from '../../common/annotations/selectors.js';
import { sectionHeadingAt, type SectionSpans } from '../../common/annotations/sectionHeading.js';
import type { Annotation } from './annotation.js';

/** An annotation as the lists answer it: with the heading of the section its highlight starts in. */
export type AnnotationSummary = Annotation & {
  /** The section heading at the stored start, or null for the lead or a document the corpus no longer holds. */
  section: string | null;
};

/** Each annotation with the section its highlight starts in. */
export function withSections(annotations: readonly Annotation[], findDocument: (id: string) => SectionSpans | undefined): AnnotationSummary[] {
  return annotations.map((annotation) => {
    const document = findDocument(annotation.docId);
    return { ...annotation, section: document ? sectionHeadingAt(document, storedStartOf(annotation)) : null };
  });
}
