/** Where the readable part of the window starts: just below the sticky app header. */

/** The attribute the sticky header carries, so this module finds it without knowing its class names. */
export const stickyHeaderAttribute = 'data-sticky-header';

/** The bottom of the sticky header in viewport pixels (0 without one). */
export function viewportTop(): number {
  const header = document.querySelector(`[${stickyHeaderAttribute}]`);
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

/** Smooth scrolling, unless the user asked the system for less motion. */
export function scrollBehavior(): ScrollBehavior {
  // `data-motion` is the reader's own setting (appearance/readingSettings.ts), which follows the system by default.
  const motion = document.documentElement.dataset.motion;
  if (motion) return motion === 'reduce' ? 'auto' : 'smooth';
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
