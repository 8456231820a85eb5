/** Renders a block's text as runs that know their canonical offsets, with marks for decorations, so selections and highlights map back to the text. */
import { splitByDecorations, type TextDecoration } from './textDecorations.js';

function markClass(decorations: readonly TextDecoration[]): string {
  const classes = ['text-mark'];
  for (const decoration of decorations) {
    classes.push(`text-mark--${decoration.kind}`);
    if (decoration.kind === 'annotation') {
      classes.push(`text-mark--color-${decoration.color ?? 0}`);
      if (decoration.hasNote) classes.push('text-mark--with-note');
    }
  }
  return classes.join(' ');
}

/** `text` starts at canonical offset `start`; every run carries `data-start` for mapping a DOM position back to an offset. */
export function DecoratedText({ text, start, decorations }: { text: string; start: number; decorations: readonly TextDecoration[] }) {
  const segments = splitByDecorations(text, start, decorations);
  return (
    <>
      {segments.map((segment) => {
        if (segment.decorations.length === 0) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          );
        }
        // Where the reader's own highlight and someone else's layer overlap, a click opens the own one.
        const annotation = segment.decorations.find((decoration) => decoration.kind === 'annotation') ?? segment.decorations.find((decoration) => decoration.kind === 'layer-annotation');
        return (
          <mark key={segment.start} data-start={segment.start} className={markClass(segment.decorations)} data-annotation-id={annotation?.id}>
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}

/** The canonical offset of a DOM position inside a run rendered by {@link DecoratedText}, or null outside one. */
export function offsetOfDomPoint(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest('[data-start]');
  if (!run) return null;
  const start = Number(run.getAttribute('data-start'));
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  // An element position: count the characters of the children before it.
  let characters = 0;
  for (let index = 0; index < offset && index < node.childNodes.length; index += 1) characters += node.childNodes[index]!.textContent?.length ?? 0;
  return start + characters;
}
