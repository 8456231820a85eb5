/** A quotation set apart as a blockquote, with who said it in a <footer>/<cite>. */
import type { QuoteBlock } from '../../core/corpus/types.js';
import { DecoratedText } from './DecoratedText.js';
import type { TextDecoration } from './textDecorations.js';

/** Splits "Kitty Jurrius, Lector …" into the name and the role that follows it. */
function splitAttribution(attribution: string): { name: string; role: string | null } {
  const comma = attribution.indexOf(',');
  if (comma <= 0) return { name: attribution, role: null };
  return { name: attribution.slice(0, comma).trim(), role: attribution.slice(comma + 1).trim() || null };
}

export function QuoteBlockView({ block, decorations }: { block: QuoteBlock; decorations: readonly TextDecoration[] }) {
  const attribution = block.attribution ? splitAttribution(block.attribution) : null;
  return (
    <blockquote className="doc-quote" data-offset={block.start}>
      <p className="doc-quote__text">
        <DecoratedText text={block.text} start={block.start} decorations={decorations} />
      </p>
      {attribution && (
        <footer className="doc-quote__attribution">
          <cite className="doc-quote__name">{attribution.name}</cite>
          {attribution.role && <span className="doc-quote__role">{attribution.role}</span>}
        </footer>
      )}
    </blockquote>
  );
}
