/** Restores where the reader was in a document and keeps the app told (debounced) which block is at the top of the view. */
import { useLayoutEffect } from 'react';
import { mutate } from '../api/queries.js';
import { viewportTop } from '../hooks/viewportTop.js';
import { blockOffset as offsetOf, renderedBlocks as blocks, scrollTargetOf } from './DocumentBody.js';

const saveDelayMs = 400;

/** The `data-offset` of the first block whose top is at or below the top of the readable area. */
export function currentOffset(): number | null {
  const all = blocks();
  const top = viewportTop() - 2;
  for (const element of all) {
    if (element.getBoundingClientRect().top >= top) return offsetOf(element);
  }
  const last = all[all.length - 1];
  return last ? offsetOf(last) : null;
}

/** The block holding `offset` (the last one starting at or before it), or null. */
function blockAt(all: HTMLElement[], offset: number | null): HTMLElement | null {
  let target: HTMLElement | null = null;
  if (offset === null) return null;
  for (const element of all) {
    if (offsetOf(element) <= offset) target = element;
    else break;
  }
  return target;
}

/**
 * Puts keyboard focus on the passage at `offset` (its block, made focusable with tabindex=-1) without scrolling,
 * so after opening a search hit or theme passage, Tab and the caret start there and not at the top of the page.
 */
export function focusPassage(offset: number): void {
  const block = blockAt(blocks(), offset);
  if (!block) return;
  if (!block.hasAttribute('tabindex')) block.tabIndex = -1;
  block.focus({ preventScroll: true });
}

/** Scrolls the block at `offset` (or the last one before it) to the top, at once. A section's first block brings its heading along. */
export function scrollToOffset(offset: number | null): void {
  const all = blocks();
  const target = blockAt(all, offset);
  if (!target || target === all[0]) {
    window.scrollTo({ top: 0, behavior: 'instant' });
    return;
  }
  scrollTargetOf(target).scrollIntoView({ block: 'start', behavior: 'instant' });
}

/**
 * Once `ready` (the document is on screen), scrolls to `at` when the route asks for a place (a search hit, a theme
 * passage), else restores `savedOffset`; from then on saves the position ~400 ms after scrolling stops, and once
 * more when the document closes.
 */
export function useReadingPosition(docId: string, savedOffset: number | null, ready: boolean, at: number | null = null): void {
  const target = at ?? savedOffset;
  useLayoutEffect(() => {
    if (!ready) return;
    scrollToOffset(target);
    if (at !== null) focusPassage(at);

    let lastSaved: number | null = null;
    let pending: number | null = currentOffset();
    let timer: number | undefined;
    let frame: number | undefined;

    const save = () => {
      timer = undefined;
      if (pending === null || pending === lastSaved) return;
      lastSaved = pending;
      // A read-only store or a stopped host must not break reading; the next scroll tries again.
      mutate('setReadingState', { docId, offset: pending }).catch(() => {
        if (lastSaved === pending) lastSaved = null;
      });
    };
    const onScroll = () => {
      if (frame === undefined) {
        frame = window.requestAnimationFrame(() => {
          frame = undefined;
          pending = currentOffset();
        });
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(save, saveDelayMs);
    };

    // Opening a document makes it the last one read, even before any scrolling.
    save();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
      if (timer !== undefined) {
        window.clearTimeout(timer);
        save();
      }
    };
  }, [docId, target, ready, at]);
}
