/** Shows a stored note as plain React elements: only the sanitized node types, links only when their href is safe. */
import type { ReactNode } from 'react';
import type { NoteBlock, NoteDocument, NoteInline } from '../../common/notes/noteDocument.js';
import { isSafeHref } from '../../common/notes/isSafeHref.js';

/** Shows a run of plain text; the overview passes one that marks search matches. */
type RenderText = (text: string) => ReactNode;
const plainText: RenderText = (text) => text;

function renderInline(nodes: NoteInline[] | undefined, renderText: RenderText): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let element: ReactNode = renderText(node.text);
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') element = <strong>{element}</strong>;
      else if (mark.type === 'italic') element = <em>{element}</em>;
      else if (mark.type === 'link' && isSafeHref(mark.attrs.href)) {
        element = (
          <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer nofollow">
            {element}
          </a>
        );
      }
    }
    return <span key={index}>{element}</span>;
  });
}

function renderBlocks(blocks: NoteBlock[], renderText: RenderText, renderQuote?: (block: NoteBlock & { type: 'blockquote' }, children: ReactNode) => ReactNode): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={index}>{renderInline(block.content, renderText)}</p>;
      case 'heading': {
        const Tag = (['h3', 'h4', 'h5'] as const)[block.attrs.level - 1]!;
        return <Tag key={index}>{renderInline(block.content, renderText)}</Tag>;
      }
      case 'bulletList':
        return (
          <ul key={index}>
            {block.content.map((item, position) => (
              <li key={position}>{renderBlocks(item.content, renderText, renderQuote)}</li>
            ))}
          </ul>
        );
      case 'orderedList':
        return (
          <ol key={index} start={block.attrs?.start}>
            {block.content.map((item, position) => (
              <li key={position}>{renderBlocks(item.content, renderText, renderQuote)}</li>
            ))}
          </ol>
        );
      case 'blockquote': {
        const children = renderBlocks(block.content, renderText, renderQuote);
        return <blockquote key={index}>{renderQuote ? renderQuote(block, children) : children}</blockquote>;
      }
    }
  });
}

/** A read-only note. `renderQuote` may add to a quote block (the notebook's "open passage"); `renderText` may mark words in the text. */
export function NoteContent({
  note,
  className = 'note-content',
  renderQuote,
  renderText = plainText,
}: {
  note: NoteDocument;
  className?: string;
  renderQuote?: (block: NoteBlock & { type: 'blockquote' }, children: ReactNode) => ReactNode;
  renderText?: RenderText;
}) {
  return <div className={className}>{renderBlocks(note.content, renderText, renderQuote)}</div>;
}
