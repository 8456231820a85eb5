/** Where the readable part of the window starts: just below the sticky app header. */

export function viewportTop(): number {
  const header = document.querySelector('.app-header');
  return header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

/** Smooth scrolling, unless the user asked the system for less motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
