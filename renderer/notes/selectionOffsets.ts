/** Maps the window's text selection inside the document body to a range of the canonical text (also across blocks). */
import { offsetOfDomPoint } from '../reader/index.js';

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is on screen, for placing the toolbar. */
  rect: DOMRect;
}

function runsIn(range: Range, body: HTMLElement): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>('[data-start]')).filter((run) => range.intersectsNode(run));
}

/** The selection as canonical offsets (trimmed of surrounding white space), or null when it is empty or outside `body`. */
export function selectionOffsets(body: HTMLElement, text: string): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer)) return null;
  const runs = runsIn(range, body);
  if (runs.length === 0) return null;
  const inRun = (node: Node) => (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-start]') !== null;
  // A point in a heading or between blocks is clamped to the nearest text run inside the selection.
  let start = inRun(range.startContainer) ? offsetOfDomPoint(range.startContainer, range.startOffset) : null;
  let end = inRun(range.endContainer) ? offsetOfDomPoint(range.endContainer, range.endOffset) : null;
  if (start === null) start = Number(runs[0]!.dataset.start);
  if (end === null) {
    const last = runs[runs.length - 1]!;
    end = Number(last.dataset.start) + (last.textContent?.length ?? 0);
  }
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end <= start) return null;
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
  const rect = rects[0] ?? range.getBoundingClientRect();
  return { start, end, rect };
}
