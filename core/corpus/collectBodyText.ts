/** Why: metadata is read from what the reader will see, never from removed chrome. */
import type { BlockDraft, SectionDraft } from './composeDocument.js';

/** All headings, block texts, attributions and list items of the sections, one per line. */
export function collectBodyText(sections: readonly Pick<SectionDraft, 'heading' | 'blocks'>[]): string {
  return sections.flatMap((section) => [...(section.heading === null ? [] : [section.heading]), ...section.blocks.flatMap(blockTexts)]).join('\n');
}

function blockTexts(block: BlockDraft): string[] {
  if (block.type === 'list') return block.items.map((item) => item.text);
  if (block.type === 'quote') return block.attribution === null ? [block.text] : [block.text, block.attribution];
  return [block.text];
}
