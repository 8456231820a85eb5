/** The small bar over a text selection in the reader: highlight in one of five colours, or highlight and write a note or tags. */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { ColorPicker } from './annotationControls.js';
import { Icon } from './icons.js';
import { selectionOffsets, type TextSelection } from './selectionOffsets.js';

export interface SelectionToolbarProps {
  articleRef: RefObject<HTMLElement | null>;
  text: string;
  labels: ColorLabels;
  onHighlight(selection: TextSelection, color: number, then: 'none' | 'note' | 'tags'): void;
}

export function SelectionToolbar({ articleRef, text, labels, onHighlight }: SelectionToolbarProps) {
  const { t } = useI18n();
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const toolbarRef = useRef<HTMLDivElement | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    let frame: number | undefined;
    const update = () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = undefined;
        const body = articleRef.current?.querySelector<HTMLElement>('.doc-body');
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
    if (!selection || !toolbarRef.current) {
      setPosition(null);
      return;
    }
    const { rect } = selection;
    const bar = toolbarRef.current.getBoundingClientRect();
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const above = rect.top - bar.height - 10;
    const top = above > header + 4 ? above : rect.bottom + 10;
    const left = Math.min(Math.max(8, rect.left + rect.width / 2 - bar.width / 2), window.innerWidth - bar.width - 8);
    setPosition({ top: top + window.scrollY, left: left + window.scrollX });
  }, [selection]);

  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Escape drops the selection first, rather than leaving the document.
      event.preventDefault();
      event.stopPropagation();
      window.getSelection()?.removeAllRanges();
      setSelection(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [selection]);

  if (!selection) return null;
  const act = (color: number, then: 'none' | 'note' | 'tags') => {
    onHighlight(selection, color, then);
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };
  return createPortal(
    <div
      ref={toolbarRef}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('notes.selection.toolbar')}
      data-testid="selection-toolbar"
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onMouseDown={(event) => event.preventDefault()}
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
    </div>,
    document.body,
  );
}
