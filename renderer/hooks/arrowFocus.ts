/** Arrow keys that move focus through a list of items (a menu, a list of annotations), so a long list is not a long Tab path. */
import type { KeyboardEvent } from 'react';

/**
 * Moves focus among the elements matching `selector` inside the event's current target: ↓/↑ (or →/← with
 * `horizontal`), Home and End. Returns true when it handled the key.
 */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>, selector: string, horizontal = false): boolean {
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(selector));
  if (items.length === 0) return false;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const forward = horizontal ? 'ArrowRight' : 'ArrowDown';
  const backward = horizontal ? 'ArrowLeft' : 'ArrowUp';
  let next: number | null = null;
  if (event.key === forward) next = index < 0 ? 0 : (index + 1) % items.length;
  else if (event.key === backward) next = index < 0 ? items.length - 1 : (index - 1 + items.length) % items.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  if (next === null || event.altKey || event.ctrlKey || event.metaKey) return false;
  event.preventDefault();
  items[next]!.focus();
  return true;
}
