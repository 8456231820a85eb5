/** Why: the overview's cards (from the core) and the notebook's citations (in the renderer) must name the same section for a highlight. */

/** The part of a document's structure this needs: its sections' spans and headings. */
export interface SectionSpans {
  sections: readonly { start: number; end: number; heading: string | null }[];
}

/** The heading of the section holding `offset`, or null for the lead (or outside every section). */
export function sectionHeadingAt(document: SectionSpans, offset: number): string | null {
  const section = document.sections.find((candidate) => candidate.start <= offset && offset < candidate.end);
  return section?.heading ?? null;
}
