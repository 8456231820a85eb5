/** Reader keyboard shortcuts: Alt+←/→ or [ ] for previous/next, Escape or b back, n the notes — never while typing. */
import { useEffect, useRef } from 'react';

export interface ReaderShortcuts {
  onPrevious(): void;
  onNext(): void;
  /** Escape with nothing open (open things close themselves first, see `useEscapeLayer`). */
  onEscape(): void;
  onBack(): void;
  onNotes(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useReaderShortcuts(handlers: ReaderShortcuts): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const { onPrevious, onNext, onEscape, onBack, onNotes } = latest.current;
      let handler: (() => void) | null = null;
      if (event.altKey && event.key === 'ArrowLeft') handler = onPrevious;
      else if (event.altKey && event.key === 'ArrowRight') handler = onNext;
      else if (!event.altKey && event.key === '[') handler = onPrevious;
      else if (!event.altKey && event.key === ']') handler = onNext;
      else if (event.key === 'Escape') handler = onEscape;
      else if (!event.altKey && !event.shiftKey && event.key === 'b') handler = onBack;
      else if (!event.altKey && !event.shiftKey && event.key === 'n') handler = onNotes;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
