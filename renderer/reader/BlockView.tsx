/** Renders one block of a section by its type. */
import type { Block } from '../../core/corpus/types.js';
import { ListBlockView } from './ListBlockView.js';
import { QuoteBlockView } from './QuoteBlockView.js';
import { DecoratedText } from './DecoratedText.js';
import type { TextDecoration } from './textDecorations.js';

export function BlockView({ block, decorations }: { block: Block; decorations: readonly TextDecoration[] }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className="doc-paragraph" data-offset={block.start}>
          <DecoratedText text={block.text} start={block.start} decorations={decorations} />
        </p>
      );
    case 'quote':
      return <QuoteBlockView block={block} decorations={decorations} />;
    case 'list':
      return <ListBlockView block={block} decorations={decorations} />;
  }
}
