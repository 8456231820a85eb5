/** Brings a highlight into view and makes it blink once, so the eye finds it after a jump. */
import { scrollBehavior } from '../hooks/viewportTop.js';

const flashMs = 1800;

/** The marks of annotation `id` in `root`, in reading order. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`));
}

/** Scrolls the first mark of `id` to the middle of the view and flashes all of its marks; false when none is on the page. */
export function flashAnnotation(root: ParentNode, id: string, scroll = true): boolean {
  const marks = marksOf(root, id);
  if (marks.length === 0) return false;
  if (scroll) marks[0]!.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  for (const mark of marks) {
    // A data attribute, not a class: React owns className and would drop it on the next render.
    mark.setAttribute('data-flash', 'true');
    window.setTimeout(() => mark.removeAttribute('data-flash'), flashMs);
  }
  return true;
}
