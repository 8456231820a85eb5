/** Why: the canonical text and every offset into it must follow from the structure alone, so annotations stay valid for the same structure. */
import type { ListItemDraft } from './parseListLines.js';
import type { Block, CorpusDocument, ListItem, Section, TextSpan } from './types.js';

export type { ListItemDraft } from './parseListLines.js';

/** A block before offsets are known. */
export type BlockDraft =
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string; attribution: string | null }
  | { type: 'list'; ordered: boolean; items: ListItemDraft[] };

/** A section before offsets are known. */
export interface SectionDraft {
  id: string;
  heading: string | null;
  blocks: BlockDraft[];
}

/** A document before its text and offsets are derived. A full `CorpusDocument` is also a valid draft. */
export type DocumentDraft = Omit<CorpusDocument, 'sections' | 'text'> & { sections: readonly SectionDraft[] };

/** Separator between the title, headings and blocks. */
export const PART_SEPARATOR = '\n\n';
/** Separator between list items, and between a quotation and its attribution. */
export const LINE_SEPARATOR = '\n';

interface TextWriter {
  write(piece: string): TextSpan;
  readonly text: string;
}

/**
 * Derives `text` and all offsets from the structure: the title, then every heading and block, joined by a blank line;
 * list items are joined by a newline; a quotation is followed by a newline and its attribution, if any.
 * Sections span their heading and blocks. Composing a composed document again gives the same document.
 */
export function composeDocument(draft: DocumentDraft): CorpusDocument {
  const writer = createWriter();
  writer.write(draft.title);
  const sections = draft.sections.map((section) => composeSection(section, writer));
  return {
    id: draft.id,
    source: draft.source,
    title: draft.title,
    label: draft.label,
    region: draft.region,
    kind: draft.kind,
    hogeschool: draft.hogeschool,
    lectoraat: draft.lectoraat,
    lectors: [...draft.lectors],
    published: draft.published,
    themes: [...draft.themes],
    municipalities: [...draft.municipalities],
    contact: draft.contact === null ? null : { ...draft.contact },
    origin: draft.origin,
    summary: draft.summary,
    sections,
    text: writer.text,
  };
}

function createWriter(): TextWriter {
  let text = '';
  return {
    write(piece: string): TextSpan {
      const start = text.length;
      text += piece;
      return { start, end: text.length };
    },
    get text() {
      return text;
    },
  };
}

function composeSection(section: SectionDraft, writer: TextWriter): Section {
  let headingSpan: TextSpan | null = null;
  if (section.heading !== null) {
    writer.write(PART_SEPARATOR);
    headingSpan = writer.write(section.heading);
  }
  const blocks = section.blocks.map((block) => {
    writer.write(PART_SEPARATOR);
    return composeBlock(block, writer);
  });
  const start = headingSpan?.start ?? blocks[0]?.start ?? writer.text.length;
  return { id: section.id, heading: section.heading, headingSpan, blocks, start, end: writer.text.length };
}

function composeBlock(block: BlockDraft, writer: TextWriter): Block {
  if (block.type === 'paragraph') return { type: 'paragraph', text: block.text, ...writer.write(block.text) };
  if (block.type === 'quote') {
    const span = writer.write(block.text);
    let attributionSpan: TextSpan | null = null;
    if (block.attribution !== null) {
      writer.write(LINE_SEPARATOR);
      attributionSpan = writer.write(block.attribution);
    }
    return { type: 'quote', text: block.text, attribution: block.attribution, attributionSpan, ...span };
  }
  const items = block.items.map((item, index): ListItem => {
    if (index > 0) writer.write(LINE_SEPARATOR);
    return { text: item.text, depth: item.depth, ...writer.write(item.text) };
  });
  const start = items[0]?.start ?? writer.text.length;
  return { type: 'list', ordered: block.ordered, items, start, end: writer.text.length };
}
