/** A numbered or bulleted list; items with a greater depth nest under the item before them. */
import type { ListBlock, ListItem } from '../../core/corpus/types.js';
import { DecoratedText } from './DecoratedText.js';
import type { TextDecoration } from './textDecorations.js';

interface ItemNode {
  item: ListItem;
  children: ItemNode[];
}

/** Turns the flat, depth-tagged items into a tree. An item deeper than anything before it nests under the previous item. */
function nest(items: ListItem[]): ItemNode[] {
  const roots: ItemNode[] = [];
  const stack: ItemNode[] = [];
  for (const item of items) {
    const node: ItemNode = { item, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.item.depth >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function ItemList({ nodes, ordered, nested, decorations }: { nodes: ItemNode[]; ordered: boolean; nested: boolean; decorations: readonly TextDecoration[] }) {
  const className = `doc-list${nested ? ' doc-list--nested' : ''}`;
  const items = nodes.map(({ item, children }) => (
    <li key={item.start} className="doc-list__item" data-offset={item.start}>
      <DecoratedText text={item.text} start={item.start} decorations={decorations} />
      {/* Nested items explain their parent rather than continue a count, so they are never numbered. */}
      {children.length > 0 && <ItemList nodes={children} ordered={false} nested decorations={decorations} />}
    </li>
  ));
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}

export function ListBlockView({ block, decorations }: { block: ListBlock; decorations: readonly TextDecoration[] }) {
  return <ItemList nodes={nest(block.items)} ordered={block.ordered} nested={false} decorations={decorations} />;
}
