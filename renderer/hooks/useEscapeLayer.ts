/** One stack of open things (popover, menu, drawer, find bar) so Escape closes the innermost first and focus goes back to what opened it. */
import { useLayoutEffect, useRef } from 'react';

/** What kind of thing is open; Escape closes the highest kind first, and of one kind the latest opened. */
export type LayerKind = 'mode' | 'find-bar' | 'drawer' | 'menu' | 'popover' | 'nested' | 'dialog';

const ranks: Record<LayerKind, number> = { mode: 0, 'find-bar': 1, drawer: 2, menu: 3, popover: 4, nested: 5, dialog: 6 };

interface Layer {
  rank: number;
  order: number;
  close(): void;
}

const layers = new Set<Layer>();
let opened = 0;
let listening = false;
/** The element of the last pointer press; focus is not pulled back from where the user clicked. */
let lastPointerTarget: Element | null = null;

function topLayer(): Layer | null {
  let top: Layer | null = null;
  for (const layer of layers) if (!top || layer.rank > top.rank || (layer.rank === top.rank && layer.order > top.order)) top = layer;
  return top;
}

function onKeyDown(event: KeyboardEvent) {
  if (event.key === 'Escape' || event.key === 'Tab') lastPointerTarget = null;
  if (event.key !== 'Escape' || event.isComposing) return;
  const top = topLayer();
  if (!top) return;
  // Capture phase, so nothing below (the reader's "back") sees an Escape that closed something.
  event.preventDefault();
  event.stopPropagation();
  top.close();
}

function listen() {
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('pointerdown', (event) => (lastPointerTarget = event.target instanceof Element ? event.target : null), true);
}

/** Whether anything that Escape would close is open. */
export function hasOpenLayer(): boolean {
  return layers.size > 0;
}

/**
 * While `open`, registers something Escape closes (by calling `close`). When it closes and focus was lost with it
 * (it sat on a button that is gone), focus returns to the element that had it when this opened, else to `fallback()`.
 */
export function useEscapeLayer(kind: LayerKind, open: boolean, close: () => void, fallback?: () => HTMLElement | null): void {
  const closeRef = useRef(close);
  const fallbackRef = useRef(fallback);
  closeRef.current = close;
  fallbackRef.current = fallback;

  useLayoutEffect(() => {
    if (!open) return;
    listen();
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const layer: Layer = { rank: ranks[kind], order: (opened += 1), close: () => closeRef.current() };
    layers.add(layer);
    return () => {
      layers.delete(layer);
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        // The user clicked somewhere that is still there (into the text): leave focus with them.
        if (lastPointerTarget?.isConnected) return;
        const target = (opener?.isConnected ? opener : null) ?? fallbackRef.current?.() ?? null;
        target?.focus({ preventScroll: true });
      });
    };
  }, [open, kind]);
}
