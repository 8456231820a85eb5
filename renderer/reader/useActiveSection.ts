/** Tracks which section is being read (the one crossing a line near the top of the view) with an IntersectionObserver. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { sectionDomId } from './DocumentBody.js';
import { viewportTop } from '../hooks/viewportTop.js';

/** How far below the header the "reading line" sits, as a share of the visible height. */
const lineShare = 0.2;
/** Fallback for when a jump does not scroll at all, so no `scrollend` arrives. */
const jumpSettleMs = 1200;

export interface ActiveSection {
  activeId: string | null;
  /** Marks `sectionId` current right away (after a TOC jump) until the reader scrolls on. */
  pin(sectionId: string): void;
}

interface Pin {
  id: string;
  /** False while the jump is still scrolling. */
  settled: boolean;
  /** Where the jump landed; moving away from here ends the pin. */
  scrollY: number;
}

/** The reading line, in viewport pixels. */
function readingLine(): number {
  const top = viewportTop();
  return top + Math.min(160, Math.max(24, (window.innerHeight - top) * lineShare));
}

function atPageBottom(): boolean {
  return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
}

/** Whether a jump to `element` really arrived: its top sits at the reading line, or it is in view and the page cannot scroll further. */
function jumpLanded(element: HTMLElement | null): boolean {
  if (!element) return false;
  const top = element.getBoundingClientRect().top;
  if (top >= viewportTop() - 4 && top <= readingLine() + 4) return true;
  return atPageBottom() && top >= viewportTop() - 4 && top < window.innerHeight;
}

export function useActiveSection(sectionIds: string[], enabled: boolean): ActiveSection {
  const [activeId, setActiveId] = useState<string | null>(sectionIds[0] ?? null);
  const pinned = useRef<Pin | null>(null);
  const settleRef = useRef<() => void>(() => {});
  const key = sectionIds.join('\n');

  useEffect(() => {
    setActiveId(sectionIds[0] ?? null);
    pinned.current = null;
    if (!enabled) return;
    const elements = sectionIds.map((id) => document.getElementById(sectionDomId(id))).filter((element): element is HTMLElement => element !== null);
    if (elements.length === 0) return;

    const recompute = () => {
      const pin = pinned.current;
      if (pin) {
        // While a jump is scrolling, or the reader has not moved since it landed, the chosen section stays current.
        if (!pin.settled || Math.abs(window.scrollY - pin.scrollY) < 2) return;
        pinned.current = null;
      }
      const line = readingLine();
      let current = elements[0]!;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= line) current = element;
        else break;
      }
      setActiveId(current.dataset.sectionId ?? null);
    };

    /** Ends a jump: keeps the pin where the jump arrived, drops it if the reader scrolled elsewhere meanwhile. */
    const settle = () => {
      const pin = pinned.current;
      if (pin && !pin.settled) {
        if (jumpLanded(document.getElementById(sectionDomId(pin.id)))) {
          pin.settled = true;
          pin.scrollY = window.scrollY;
        } else {
          pinned.current = null;
        }
      }
      recompute();
    };
    settleRef.current = settle;

    let observer: IntersectionObserver | null = null;
    const observe = () => {
      observer?.disconnect();
      // The root shrinks to a thin band at the reading line: a section intersects it exactly while it spans that line.
      const line = Math.round(readingLine());
      const below = Math.max(0, window.innerHeight - line - 2);
      observer = new IntersectionObserver(recompute, { rootMargin: `-${line}px 0px -${below}px 0px`, threshold: [0, 1] });
      for (const element of elements) observer.observe(element);
    };

    observe();
    recompute();
    window.addEventListener('resize', observe);
    window.addEventListener('scrollend', settle);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', observe);
      window.removeEventListener('scrollend', settle);
      settleRef.current = () => {};
    };
    // `key` stands for `sectionIds`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);

  const pin = useCallback((sectionId: string) => {
    const pinState: Pin = { id: sectionId, settled: false, scrollY: window.scrollY };
    pinned.current = pinState;
    setActiveId(sectionId);
    window.setTimeout(() => {
      if (pinned.current === pinState && !pinState.settled) settleRef.current();
    }, jumpSettleMs);
  }, []);

  return { activeId, pin };
}
