/** Why: annotations and reading positions trust the offsets, so a loaded or freshly built document can be checked cheaply. */
import type { CorpusDocument, TextSpan } from './types.js';

interface LabelledSpan extends TextSpan {
  label: string;
  text?: string;
}

/**
 * Every way `document` breaks the offset invariants, as readable sentences (empty when sound):
 * each heading, block, quote, attribution and item slices to its own text; spans are ordered and do not overlap;
 * each section covers its heading and blocks; sections do not overlap.
 */
export function findOffsetProblems(document: CorpusDocument): string[] {
  const problems: string[] = [];
  const leaves = document.sections.flatMap(leafSpans);
  for (const span of leaves) {
    if (span.text !== undefined && document.text.slice(span.start, span.end) !== span.text) problems.push(`${span.label} does not match its text`);
  }
  problems.push(...orderProblems(leaves), ...orderProblems(document.sections.map((section) => ({ ...section, label: `section ${section.id}` }))));
  for (const section of document.sections) {
    const own = leafSpans(section);
    if (own.some((span) => span.start < section.start || span.end > section.end)) problems.push(`section ${section.id} does not cover its content`);
  }
  return problems;
}

function leafSpans(section: CorpusDocument['sections'][number]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  if (section.headingSpan && section.heading !== null) spans.push({ ...section.headingSpan, label: `heading of ${section.id}`, text: section.heading });
  section.blocks.forEach((block, index) => {
    const label = `block ${index} of ${section.id}`;
    if (block.type === 'list') spans.push(...block.items.map((item, itemIndex) => ({ start: item.start, end: item.end, text: item.text, label: `${label}, item ${itemIndex}` })));
    else spans.push({ start: block.start, end: block.end, text: block.text, label });
    if (block.type === 'quote' && block.attributionSpan && block.attribution !== null) {
      spans.push({ ...block.attributionSpan, text: block.attribution, label: `attribution of ${label}` });
    }
  });
  return spans;
}

function orderProblems(spans: readonly LabelledSpan[]): string[] {
  const problems: string[] = [];
  spans.forEach((span, index) => {
    if (span.start > span.end) problems.push(`${span.label} ends before it starts`);
    const previous = spans[index - 1];
    if (previous && span.start < previous.end) problems.push(`${span.label} overlaps ${previous.label}`);
  });
  return problems;
}
