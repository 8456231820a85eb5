/** Shows a stored note as plain React elements: only the sanitized node types, links only when their href is safe. */
import type { ReactNode } from 'react';
import type { NoteBlock, NoteDocument, NoteInline } from '../../common/notes/noteDocument.js';
import { isSafeHref } from '../../common/notes/isSafeHref.js';

function renderInline(nodes: NoteInline[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let element: ReactNode = node.text;
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

function renderBlocks(blocks: NoteBlock[], renderQuote?: (block: NoteBlock & { type: 'blockquote' }, children: ReactNode) => ReactNode): ReactNode[] {
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'paragraph':
        return <p key={index}>{renderInline(block.content)}</p>;
      case 'heading': {
        const Tag = (['h3', 'h4', 'h5'] as const)[block.attrs.level - 1]!;
        return <Tag key={index}>{renderInline(block.content)}</Tag>;
      }
      case 'bulletList':
        return (
          <ul key={index}>
            {block.content.map((item, position) => (
              <li key={position}>{renderBlocks(item.content, renderQuote)}</li>
            ))}
          </ul>
        );
      case 'orderedList':
        return (
          <ol key={index} start={block.attrs?.start}>
            {block.content.map((item, position) => (
              <li key={position}>{renderBlocks(item.content, renderQuote)}</li>
            ))}
          </ol>
        );
      case 'blockquote': {
        const children = renderBlocks(block.content, renderQuote);
        return <blockquote key={index}>{renderQuote ? renderQuote(block, children) : children}</blockquote>;
      }
    }
  });
}

/** A read-only note. `renderQuote` may add to a quote block (the notebook's "open passage"). */
export function NoteContent({
  note,
  className = 'note-content',
  renderQuote,
}: {
  note: NoteDocument;
  className?: string;
  renderQuote?: (block: NoteBlock & { type: 'blockquote' }, children: ReactNode) => ReactNode;
}) {
  return <div className={className}>{renderBlocks(note.content, renderQuote)}</div>;
}
