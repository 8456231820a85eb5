/** A document's annotations and the colour labels, kept in step with the app, with the changes the reader can make. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AnchoredAnnotation } from '../../core/annotations/anchorAnnotations.js';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { mutate, useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { displayColorLabels } from './colorLabelNames.js';
import { asNoteInput } from './noteSchema.js';

export interface AnnotationChanges {
  color?: number;
  tags?: string[];
  note?: NoteDocument | null;
}

export interface DocumentAnnotations {
  loaded: boolean;
  anchored: AnchoredAnnotation[];
  orphans: Annotation[];
  labels: ColorLabels | null;
  create(input: { start: number; end: number; color: number; tags?: string[] }): Promise<AnchoredAnnotation | null>;
  update(id: string, changes: AnnotationChanges): Promise<void>;
  remove(id: string): Promise<boolean>;
  restore(id: string): Promise<void>;
  renameColor(color: number, label: string): Promise<void>;
}

const noAnchored: AnchoredAnnotation[] = [];
const noOrphans: Annotation[] = [];

export function useDocumentAnnotations(docId: string | null, onError: (error: unknown) => void): DocumentAnnotations {
  const { language } = useI18n();
  // Each change goes through `mutate`, which refreshes these two from the app once it is saved: no answer of an
  // older load can hide a highlight made since.
  const placed = useApi('getDocumentAnnotations', docId === null ? null : { docId });
  const labels = useApi('getColorLabels', {});
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const fail = useCallback((error: unknown) => errorRef.current(error), []);

  useEffect(() => {
    if (placed.error) fail(placed.error);
  }, [placed.error, fail]);
  useEffect(() => {
    if (labels.error) fail(labels.error);
  }, [labels.error, fail]);

  /** Runs `change`, reporting a failure instead of throwing; resolves with its value or null. */
  const attempt = useCallback(
    async <T>(change: () => Promise<T>): Promise<T | null> => {
      try {
        return await change();
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [fail],
  );

  const create = useCallback<DocumentAnnotations['create']>(
    async ({ start, end, color, tags }) => {
      if (docId === null) return null;
      const created = await attempt(() => mutate('createAnnotation', { docId, start, end, color, ...(tags ? { tags } : {}) }));
      return created && { ...created, start, end, anchorMethod: 'position' };
    },
    [docId, attempt],
  );

  const update = useCallback<DocumentAnnotations['update']>(
    async (id, { note, ...rest }) => {
      await attempt(() => mutate('updateAnnotation', { id, ...rest, ...(note !== undefined ? { note: asNoteInput(note) } : {}) }));
    },
    [attempt],
  );

  const remove = useCallback<DocumentAnnotations['remove']>(async (id) => (await attempt(() => mutate('deleteAnnotation', { id }))) !== null, [attempt]);

  const restore = useCallback<DocumentAnnotations['restore']>(
    async (id) => {
      await attempt(() => mutate('restoreAnnotation', { id }));
    },
    [attempt],
  );

  const renameColor = useCallback<DocumentAnnotations['renameColor']>(
    async (color, label) => {
      await attempt(() => mutate('setColorLabel', { color, label }));
    },
    [attempt],
  );

  const displayedLabels = useMemo(() => (labels.value ? displayColorLabels(labels.value, language) : null), [labels.value, language]);
  return {
    loaded: placed.status === 'done',
    anchored: placed.value?.anchored ?? noAnchored,
    orphans: placed.value?.orphans ?? noOrphans,
    labels: displayedLabels,
    create,
    update,
    remove,
    restore,
    renameColor,
  };
}
