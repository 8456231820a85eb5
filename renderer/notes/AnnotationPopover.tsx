/** The card for one highlight: its note (read or edit), colour, tags, and delete. Opens by a click on the mark or in the panel. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react';
import { createPortal } from 'react-dom';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { Layer } from '../../core/annotations/layer.js';
import { formatDate } from '../format/formatDate.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { mainContentId } from '../components/SkipLink.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { viewportTop } from '../hooks/viewportTop.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { ColorPicker, SaveStatusText, Swatch, TagEditor } from './annotationControls.js';
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
  /** Set when the annotation belongs to someone else's imported layer: the card is read-only and offers a copy instead. */
  layer?: Layer;
  /** Copies the layer's annotation into the reader's own set. */
  onCopy?(id: string): void;
}

export function AnnotationPopover({ annotation, target, labels, tagSuggestions, onUpdate, onDelete, onClose, layer, onCopy }: AnnotationPopoverProps) {
  const { t, locale } = useI18n();
  const cardRef = useRef<HTMLDivElement | null>(null);
  // Placed by Floating UI: below the mark, flipped above when there is no room, shifted to stay inside the window
  // (below the sticky header), and never taller than the room left, so it stays on screen at 1024×768.
  const { refs, floatingStyles, isPositioned } = useFloating({
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [
      offset(8),
      flip({ padding: { top: viewportTop() + 8, bottom: 8 } }),
      shift({ padding: { top: viewportTop() + 8, left: 8, right: 8, bottom: 8 } }),
      size({
        padding: { top: viewportTop() + 8, bottom: 8 },
        apply: ({ availableHeight, elements }) => elements.floating.style.setProperty('--popover-max-height', `${Math.max(160, availableHeight)}px`),
      }),
    ],
    whileElementsMounted: autoUpdate,
  });
  const [editing, setEditing] = useState(target.focus === 'note');
  const [showTags, setShowTags] = useState(target.focus === 'tags' || annotation.tags.length > 0);
  // The tag field takes focus when asked for (the toolbar's Tags, or the Add tags button, which then disappears).
  const [focusTags, setFocusTags] = useState(target.focus === 'tags');
  const { id } = annotation;

  const saveNote = useCallback((note: NoteDocument) => onUpdate(id, { note: noteToText(note) === '' ? null : note }), [id, onUpdate]);
  const autosave = useAutosave(saveNote, 500);

  useLayoutEffect(() => {
    refs.setReference(target.anchor());
  }, [target, refs]);

  // Opened just to show, the card takes focus itself, once Floating UI has placed it (a hidden card cannot take focus).
  const focusedFor = useRef<PopoverTarget | null>(null);
  useEffect(() => {
    if (target.focus !== null || !isPositioned || focusedFor.current === target) return;
    focusedFor.current = target;
    cardRef.current?.focus({ preventScroll: true });
  }, [target, isPositioned]);

  // Escape closes the card (never the reader behind it); focus goes back to what opened it, else to the text.
  useEscapeLayer(
    'popover',
    true,
    () => {
      void autosave.flush();
      onClose();
    },
    () => document.querySelector<HTMLElement>('[data-document-body][tabindex]') ?? document.getElementById(mainContentId),
  );

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      const element = event.target as Element | null;
      if (!element || cardRef.current?.contains(element) || element.closest('mark[data-annotation-id], .notes-toast-region, [data-notes-keep-popover]')) return;
      void autosave.flush();
      onClose();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [autosave, onClose]);

  return createPortal(
    <div
      ref={(element) => {
        cardRef.current = element;
        refs.setFloating(element);
      }}
      className="annotation-popover"
      role="dialog"
      aria-label={t('notes.popover.label')}
      tabIndex={-1}
      data-testid="annotation-popover"
      data-annotation-id={id}
      style={isPositioned ? floatingStyles : { ...floatingStyles, visibility: 'hidden' }}
    >
      {layer ? (
        <>
          <div className="annotation-popover__head">
            <Swatch color={annotation.color} size="small" />
            <span className="annotation-popover__label">{t('notes.popover.layerLabel', { name: layer.name })}</span>
            <button type="button" className="notes-icon-button" aria-label={t('notes.popover.close')} title={t('notes.popover.close')} onClick={onClose}>
              <Icon name="close" />
            </button>
          </div>
          <p className="annotation-popover__origin" data-testid="layer-origin">
            {t('notes.popover.layerOrigin', { name: layer.name, file: layer.file, date: formatDate(layer.importedAt.slice(0, 10), locale) })}
          </p>
          <blockquote className="annotation-popover__quote">{quoteOf(annotation)}</blockquote>
          {annotation.note && <NoteContent note={annotation.note} className="note-content annotation-popover__note-text" />}
          {annotation.tags.length > 0 && (
            <div className="annotation-popover__layer-tags">
              {annotation.tags.map((tag) => (
                <span key={tag} className="notes-chip">
                  {tag}
                </span>
              ))}
            </div>
          )}
          <p className="annotation-popover__origin">{t('notes.popover.layerReadOnly')}</p>
          <div className="annotation-popover__foot">
            <button type="button" className="button button--small" onClick={() => onCopy?.(id)}>
              <Icon name="note" />
              {t('notes.popover.copyToOwn')}
            </button>
          </div>
        </>
      ) : (
        <>
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
            <TagEditor tags={annotation.tags} suggestions={tagSuggestions} autoFocus={focusTags} onChange={(tags) => void onUpdate(id, { tags })} />
          ) : (
            <button type="button" className="button button--small button--quiet" onClick={() => (setShowTags(true), setFocusTags(true))}>
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
        </>
      )}
    </div>,
    document.getElementById(mainContentId) ?? document.body,
  );
}
