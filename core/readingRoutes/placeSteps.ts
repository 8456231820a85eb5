/** Why: a step that points at text anchors like an annotation, and when the corpus changes and it cannot be found it is marked and kept, never dropped. */
import { anchor } from '../annotations/anchoring/anchor.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { RouteStep, StepTarget } from './readingRoute.js';

/** Where a step's target lies now. */
export type StepPlacement =
  | { status: 'placed'; docId: string; start: number; end: number }
  | { status: 'theme'; themeId: string }
  /** The document, section or passage is no longer in the corpus. */
  | { status: 'lost'; reason: 'document' | 'section' | 'passage' };

/** Places one target in the current corpus; `findDocument` returns undefined for an unknown id. */
export function placeTarget(target: StepTarget, findDocument: (id: string) => CorpusDocument | undefined): StepPlacement {
  if (target.kind === 'theme') return { status: 'theme', themeId: target.themeId };
  const document = findDocument(target.docId);
  if (!document) return { status: 'lost', reason: 'document' };
  if (target.kind === 'document') return { status: 'placed', docId: document.id, start: 0, end: document.text.length };
  if (target.kind === 'section') {
    const section = document.sections.find((candidate) => candidate.id === target.sectionId);
    return section ? { status: 'placed', docId: document.id, start: section.start, end: section.end } : { status: 'lost', reason: 'section' };
  }
  const found = anchor(document.text, target.selectors);
  return found ? { status: 'placed', docId: document.id, start: found.start, end: found.end } : { status: 'lost', reason: 'passage' };
}

/** Every step with its placement, in route order; the list is as long as the route. */
export function placeSteps(steps: readonly RouteStep[], findDocument: (id: string) => CorpusDocument | undefined): { step: RouteStep; placement: StepPlacement }[] {
  return steps.map((step) => ({ step, placement: placeTarget(step.target, findDocument) }));
}
