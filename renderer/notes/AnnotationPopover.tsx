/** The card for one highlight: its note (read or edit), colour, tags, and delete. Opens by a click on the mark or in the panel. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { ColorPicker, SaveStatusText, TagEditor } from './annotationControls.js';
import { Icon } from './icons.js';
import { NoteContent } from './NoteContent.js';
import { NoteEditor } from './NoteEditor.js';
import { noteToText } from '../../common/notes/noteToText.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import type { AnnotationChanges } from './useDocumentAnnotations.js';
import { useAutosave } from './useAutosave.js';

export interface PopoverTarget {
  id: string;
  /** What to start with: writing the note, adding tags, or just showing. */
  focus: 'note' | 'tags' | null;
  /** The element to place the card by. */
  anchor: () => Element | null;
}

export interface AnnotationPopoverProps {
  annotation: Annotation;
  target: PopoverTarget;
  labels: ColorLabels;
  tagSuggestions: readonly string[];
  onUpdate(id: string, changes: AnnotationChanges): Promise<void>;
  onDelete(id: string): void;
  onClose(): void;
}

const width = 352;

export function AnnotationPopover({ annotation, target, labels, tagSuggestions, onUpdate, onDelete, onClose }: AnnotationPopoverProps) {
  const { t } = useI18n();
  const cardRef = useRef<HTMLDivElement | null>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [editing, setEditing] = useState(target.focus === 'note');
  const [showTags, setShowTags] = useState(target.focus === 'tags' || annotation.tags.length > 0);
  const { id } = annotation;

  const saveNote = useCallback((note: NoteDocument) => onUpdate(id, { note: noteToText(note) === '' ? null : note }), [id, onUpdate]);
  const autosave = useAutosave(saveNote, 500);

  useLayoutEffect(() => {
    const place = () => {
      const anchor = target.anchor();
      const card = cardRef.current;
      if (!anchor || !card) return;
      const rect = anchor.getBoundingClientRect();
      const height = card.getBoundingClientRect().height;
      const below = rect.bottom + 8;
      const top = below + height > window.innerHeight - 8 && rect.top - height - 8 > 60 ? rect.top - height - 8 : below;
      const left = Math.min(Math.max(8, rect.left), window.innerWidth - Math.min(width, window.innerWidth - 16) - 8);
      setPosition({ top: top + window.scrollY, left: left + window.scrollX });
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
    // Re-place when the card grows (editor opened) or another highlight is shown.
  }, [target, editing, showTags]);

  useEffect(() => {
    if (target.focus === null) cardRef.current?.focus({ preventScroll: true });
  }, [target]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Escape closes the card, and must not also take the reader back to the library.
        event.preventDefault();
        event.stopPropagation();
        void autosave.flush();
        onClose();
      }
    };
    const onPointer = (event: PointerEvent) => {
      const element = event.target as Element | null;
      if (!element || cardRef.current?.contains(element) || element.closest('mark[data-annotation-id], .notes-toast-region, [data-notes-keep-popover]')) return;
      void autosave.flush();
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [autosave, onClose]);

  return createPortal(
    <div
      ref={cardRef}
      className="annotation-popover"
      role="dialog"
      aria-label={t('notes.popover.label')}
      tabIndex={-1}
      data-testid="annotation-popover"
      data-annotation-id={id}
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
    >
      <div className="annotation-popover__head">
        <ColorPicker labels={labels} value={annotation.color} onChange={(color) => void onUpdate(id, { color })} />
        <span className="annotation-popover__label">{labels[annotation.color]}</span>
        <button type="button" className="notes-icon-button" aria-label={t('notes.popover.close')} title={t('notes.popover.close')} onClick={() => (void autosave.flush(), onClose())}>
          <Icon name="close" />
        </button>
      </div>
      <blockquote className="annotation-popover__quote">{quoteOf(annotation)}</blockquote>
      <div className="annotation-popover__note">
        {editing ? (
          <>
            <NoteEditor initial={annotation.note} onChange={autosave.schedule} autoFocus label={t('notes.editor.label')} testId="annotation-note-editor" />
            <div className="annotation-popover__row">
              <SaveStatusText status={autosave.status} />
              <button type="button" className="button button--small" onClick={() => (void autosave.flush(), setEditing(false))}>
                {t('notes.popover.done')}
              </button>
            </div>
          </>
        ) : annotation.note ? (
          <>
            <NoteContent note={annotation.note} className="note-content annotation-popover__note-text" />
            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
              <Icon name="note" />
              {t('notes.popover.editNote')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small button--quiet" onClick={() => setEditing(true)}>
            <Icon name="note" />
            {t('notes.popover.addNote')}
          </button>
        )}
      </div>
      {showTags ? (
        <TagEditor tags={annotation.tags} suggestions={tagSuggestions} autoFocus={target.focus === 'tags'} onChange={(tags) => void onUpdate(id, { tags })} />
      ) : (
        <button type="button" className="button button--small button--quiet" onClick={() => setShowTags(true)}>
          <Icon name="tag" />
          {t('notes.tags.add')}
        </button>
      )}
      <div className="annotation-popover__foot">
        <button type="button" className="button button--small button--danger" onClick={() => onDelete(id)}>
          <Icon name="trash" />
          {t('notes.popover.delete')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
