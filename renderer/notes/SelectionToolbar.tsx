/**
 * The small bar over a text selection in the reader: highlight in one of five colours, or highlight and write a note or tags.
 * By keyboard: h or Enter moves focus into it, and the context-menu key (or Shift+F10) selects the paragraph at the caret.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flip, offset, shift, useFloating } from '@floating-ui/react';
import { createPortal } from 'react-dom';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { viewportTop } from '../hooks/viewportTop.js';
import { mainContentId } from '../components/SkipLink.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { AddToRouteButton } from '../readingRoutes/index.js';
import { ColorPicker } from './annotationControls.js';
import { Icon } from './icons.js';
import { selectionOffsets, type TextSelection } from './selectionOffsets.js';

export interface SelectionToolbarProps {
  articleRef: RefObject<HTMLElement | null>;
  docId: string;
  text: string;
  labels: ColorLabels;
  onHighlight(selection: TextSelection, color: number, then: 'none' | 'note' | 'tags'): void;
}

export function SelectionToolbar({ articleRef, docId, text, labels, onHighlight }: SelectionToolbarProps) {
  const { t } = useI18n();
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const toolbarRef = useRef<HTMLDivElement | null>(null);
  // Above the selection, flipped below it under the sticky header, shifted to stay inside the window.
  const { refs, floatingStyles, isPositioned, update } = useFloating({
    placement: 'top',
    strategy: 'absolute',
    middleware: [offset(10), flip({ padding: { top: viewportTop() + 4 } }), shift({ padding: 8 })],
  });
  /** Set when the keyboard asked for the bar: focus goes into it as soon as it is placed. */
  const focusWanted = useRef(false);

  useEffect(() => {
    let frame: number | undefined;
    const update = () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = undefined;
        const body = articleRef.current?.querySelector<HTMLElement>('[data-document-body]');
        setSelection(body ? selectionOffsets(body, text) : null);
      });
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('resize', update);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [articleRef, text]);

  useLayoutEffect(() => {
    if (!selection) return;
    // The selection's rectangle at the time it was read; it is read again on every selection change and resize.
    const { rect } = selection;
    refs.setReference({ getBoundingClientRect: () => rect });
    update();
  }, [selection, refs, update]);

  useEffect(() => {
    if (!isPositioned || !focusWanted.current) return;
    focusWanted.current = false;
    toolbarRef.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [isPositioned, selection]);

  // Keys in the text: h or Enter open the bar for the selection; the context-menu key selects the paragraph first.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const article = articleRef.current;
      if (!article || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Node ? event.target : null;
      const inText = target !== null && (article.contains(target) || target === document.body);
      if (!inText || (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName)))) return;
      const current = window.getSelection();
      if ((event.key === 'h' || event.key === 'Enter') && !event.shiftKey && current && !current.isCollapsed && toolbarRef.current) {
        event.preventDefault();
        toolbarRef.current.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
      } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
        // "Highlight this paragraph": the block holding the caret, else the focused block.
        const from = current?.focusNode ?? (document.activeElement !== document.body ? document.activeElement : null);
        const element = from instanceof Element ? from : from?.parentElement;
        const block = element && article.contains(element) ? element.closest('[data-offset]') : null;
        if (!block || !current) return;
        event.preventDefault();
        const range = document.createRange();
        range.selectNodeContents(block);
        current.removeAllRanges();
        current.addRange(range);
        focusWanted.current = true;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [articleRef]);

  // Escape drops the selection first, rather than leaving the document.
  useEscapeLayer('popover', selection !== null, () => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  });

  if (!selection) return null;
  const act = (color: number, then: 'none' | 'note' | 'tags') => {
    onHighlight(selection, color, then);
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };
  return createPortal(
    <div
      ref={(element) => {
        toolbarRef.current = element;
        refs.setFloating(element);
      }}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('notes.selection.toolbar')}
      data-testid="selection-toolbar"
      style={isPositioned ? floatingStyles : { ...floatingStyles, visibility: 'hidden' }}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => moveFocusWithArrows(event, 'button', true)}
    >
      <ColorPicker labels={labels} value={null} labelKey="notes.selection.highlight" onChange={(color) => act(color, 'none')} />
      <span className="selection-toolbar__divider" aria-hidden="true" />
      <button type="button" className="selection-toolbar__button" title={t('notes.selection.noteHint')} onClick={() => act(0, 'note')}>
        <Icon name="note" />
        {t('notes.selection.note')}
      </button>
      <button type="button" className="selection-toolbar__button" title={t('notes.selection.tagsHint')} onClick={() => act(0, 'tags')}>
        <Icon name="tag" />
        {t('notes.selection.tags')}
      </button>
      <AddToRouteButton target={{ kind: 'passage', docId, start: selection.start, end: selection.end }} label={t('addToRoute.passage')} className="selection-toolbar__button" />
    </div>,
    // Inside <main>, so the toolbar is part of a landmark (axe "region").
    document.getElementById(mainContentId) ?? document.body,
  );
}
