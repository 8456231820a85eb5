/** Renders one block of a section by its type. */
import type { Block } from '../../core/corpus/types.js';
import { ListBlockView } from './ListBlockView.js';
import { QuoteBlockView } from './QuoteBlockView.js';

export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className="doc-paragraph" data-offset={block.start}>
          {block.text}
        </p>
      );
    case 'quote':
      return <QuoteBlockView block={block} />;
    case 'list':
      return <ListBlockView block={block} />;
  }
}
