/** Caret mode (F7, as in browsers): a visible caret in the text that the arrows move and Shift+arrows extend, so a selection needs no mouse. */
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { offsetOfDomPoint } from './DecoratedText.js';
import { renderedBlocks } from './DocumentBody.js';
import { viewportTop } from '../hooks/viewportTop.js';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The first text node inside `element`. */
function firstText(element: Node): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  return walker.nextNode() as Text | null;
}

/** Puts a collapsed selection at canonical offset `offset` of the text in `body`; false when no run holds it. */
function placeCaret(body: HTMLElement, offset: number): boolean {
  for (const run of body.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(run.dataset.start);
    const length = run.textContent?.length ?? 0;
    if (offset < start || offset > start + length) continue;
    let rest = offset - start;
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (rest <= node.length) {
        window.getSelection()?.collapse(node, rest);
        return true;
      }
      rest -= node.length;
    }
  }
  return false;
}

/** Whether a key at `target` is for something else than the text (a field, or a toolbar, menu or dialog over it). */
function isElsewhere(target: EventTarget | null): boolean {
  return isTyping(target) || (target instanceof Element && target.closest('[role="toolbar"], [role="menu"], [role="dialog"], [role="listbox"], [role="tablist"]') !== null);
}

/** Which `Selection.modify` step an arrow key makes, or null for other keys. */
function stepFor(event: KeyboardEvent): [direction: 'forward' | 'backward', granularity: string] | null {
  const word = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['forward', word ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', word ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', word ? 'paragraph' : 'line'];
    case 'ArrowUp':
      return ['backward', word ? 'paragraph' : 'line'];
    case 'End':
      return ['forward', event.ctrlKey ? 'documentboundary' : 'lineboundary'];
    case 'Home':
      return ['backward', event.ctrlKey ? 'documentboundary' : 'lineboundary'];
    default:
      return null;
  }
}

export interface CaretMode {
  on: boolean;
  toggle(): void;
  /** The drawn caret and the mode's status line, rendered once over the reader. */
  overlay: ReactNode;
}

/**
 * F7 switches caret mode for the document body inside `articleRef`. The body becomes focusable; a caret is placed
 * at the focused passage (else the first block in view) and drawn, since the browser draws none outside editable text.
 */
export function useCaretMode(articleRef: RefObject<HTMLElement | null>, ready: boolean): CaretMode {
  const { t } = useI18n();
  const [on, setOn] = useState(false);
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);
  const bodyRef = useRef<HTMLElement | null>(null);
  /** Where the caret last was, as a canonical offset: highlighting re-renders the text under it, and it comes back there. */
  const lastOffset = useRef<number | null>(null);

  const toggle = useCallback(() => setOn((value) => !value), []);
  useEscapeLayer('mode', on, () => setOn(false));

  useEffect(() => {
    if (!ready) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.defaultPrevented || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ready, toggle]);

  useEffect(() => {
    const body = articleRef.current?.querySelector<HTMLElement>('[data-document-body]') ?? null;
    bodyRef.current = body;
    if (!on || !body || !ready) return;
    body.tabIndex = 0;
    body.dataset.caretMode = 'true';
    body.setAttribute('role', 'document');
    body.setAttribute('aria-label', t('caret.body'));

    const selection = window.getSelection();
    if (selection && !(selection.anchorNode && body.contains(selection.anchorNode))) {
      // Start at the focused passage, else at the first block whose top is in view.
      const focused = document.activeElement instanceof HTMLElement && body.contains(document.activeElement) ? document.activeElement.closest<HTMLElement>('[data-offset]') : null;
      const top = viewportTop();
      const block = focused ?? renderedBlocks(body).find((element) => element.getBoundingClientRect().bottom > top + 8) ?? null;
      const text = block ? firstText(block) : null;
      if (text) selection.collapse(text, 0);
    }
    body.focus({ preventScroll: true });

    const draw = () => {
      const current = window.getSelection();
      if (!current || current.rangeCount === 0 || !current.focusNode || !body.contains(current.focusNode)) {
        setCaret(null);
        return;
      }
      lastOffset.current = offsetOfDomPoint(current.focusNode, current.focusOffset) ?? lastOffset.current;
      const range = document.createRange();
      range.setStart(current.focusNode, current.focusOffset);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (rect.height === 0 && rect.top === 0) {
        setCaret(null);
        return;
      }
      setCaret({ top: rect.top + window.scrollY, left: rect.left + window.scrollX, height: rect.height || 18 });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const step = stepFor(event);
      const current = window.getSelection();
      if (!step || !current || event.metaKey || event.defaultPrevented) return;
      // Keys in the text, or with focus fallen to <body> (a toolbar that closed after highlighting), move the caret.
      const target = event.target;
      if (isElsewhere(target) || !(target === document.body || (target instanceof Node && body.contains(target)))) return;
      if (current.rangeCount === 0 || !current.focusNode || !body.contains(current.focusNode)) {
        // The selection went with the highlight it made; the caret comes back where it was.
        if (lastOffset.current === null || !placeCaret(body, lastOffset.current)) return;
        body.focus({ preventScroll: true });
      }
      event.preventDefault();
      current.modify(event.shiftKey ? 'extend' : 'move', step[0], step[1]);
      // Keep the caret's line in view, below the header.
      const node = current.focusNode;
      const element = node instanceof Element ? node : node?.parentElement;
      const rect = element?.getBoundingClientRect();
      if (rect && (rect.top < viewportTop() || rect.bottom > window.innerHeight)) element?.scrollIntoView({ block: 'nearest' });
    };
    draw();
    document.addEventListener('selectionchange', draw);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('resize', draw);
    return () => {
      document.removeEventListener('selectionchange', draw);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('resize', draw);
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-label');
      delete body.dataset.caretMode;
      setCaret(null);
    };
  }, [on, ready, articleRef, t]);

  const overlay = (
    <>
      <p className="visually-hidden" role="status">
        {on ? t('caret.on') : ''}
      </p>
      {on && (
        <p className="caret-mode-badge" data-testid="caret-mode-badge">
          {t('caret.badge')}
        </p>
      )}
      {on && caret && createPortal(<span className="reading-caret" aria-hidden="true" data-testid="reading-caret" style={{ top: caret.top, left: caret.left, height: caret.height }} />, document.body)}
    </>
  );
  return { on, toggle, overlay };
}
