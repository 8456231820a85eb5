/** Why: the reader navigates by sections, and a heading whose content was all chrome must go with it. */
import type { BlockDraft, SectionDraft } from './composeDocument.js';
import type { PageSegment } from './pageSegment.js';
import { parseQuote } from './parseQuote.js';
import type { RemovedChrome } from './types.js';

/** Sections without ids yet, and everything removed from the page in page order. */
export interface SectionsReading {
  sections: Omit<SectionDraft, 'id'>[];
  removed: RemovedChrome[];
}

interface OpenSection {
  heading: string | null;
  blocks: BlockDraft[];
  /** Why the content right under the heading was removed, if it was. */
  removedReason: RemovedChrome['reason'] | null;
  /** Where the heading's own removal record goes, should it be dropped. */
  removedIndex: number;
}

/**
 * Groups segments into sections: blocks before the first heading form the lead, each heading opens a section.
 * Paragraphs that are wholly quotations become quote blocks. A heading left without blocks because its content
 * was removed is removed too, for the same reason; a lead without blocks is left out.
 */
export function buildSections(segments: readonly PageSegment[]): SectionsReading {
  const sections: Omit<SectionDraft, 'id'>[] = [];
  const removed: RemovedChrome[] = [];
  let open: OpenSection = { heading: null, blocks: [], removedReason: null, removedIndex: 0 };
  const close = (): void => {
    if (open.blocks.length > 0 || (open.heading !== null && open.removedReason === null)) {
      sections.push({ heading: open.heading, blocks: open.blocks });
    } else if (open.heading !== null && open.removedReason !== null) {
      removed.splice(open.removedIndex, 0, { text: open.heading, reason: open.removedReason });
    }
  };
  for (const segment of segments) {
    if (segment.kind === 'heading') {
      close();
      open = { heading: segment.text, blocks: [], removedReason: null, removedIndex: removed.length };
    } else if (segment.kind === 'removed') {
      removed.push({ text: segment.text, reason: segment.reason });
      if (open.blocks.length === 0) open.removedReason = open.removedReason ?? segment.reason;
    } else if (segment.kind === 'paragraph') {
      open.blocks.push(toTextBlock(segment.text));
    } else if (segment.kind === 'list') {
      open.blocks.push({ type: 'list', ordered: segment.ordered, items: segment.items.map((item) => ({ ...item })) });
    }
  }
  close();
  return { sections, removed };
}

function toTextBlock(text: string): BlockDraft {
  const quote = parseQuote(text);
  return quote ? { type: 'quote', text: quote.text, attribution: quote.attribution } : { type: 'paragraph', text };
}
