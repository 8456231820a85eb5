/** A document's annotations and the colour labels, kept in step with the app, with the changes the reader can make. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnchoredAnnotation } from '../../core/annotations/anchorAnnotations.js';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { call } from '../api/client.js';
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

export function useDocumentAnnotations(docId: string | null, onError: (error: unknown) => void): DocumentAnnotations {
  const { language } = useI18n();
  const [state, setState] = useState<{ docId: string | null; anchored: AnchoredAnnotation[]; orphans: Annotation[]; loaded: boolean }>({
    docId,
    anchored: [],
    orphans: [],
    loaded: false,
  });
  const [labels, setLabels] = useState<ColorLabels | null>(null);
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const fail = useCallback((error: unknown) => errorRef.current(error), []);

  // Only the newest refresh may set the state: an older answer would hide a highlight made since.
  const refreshes = useRef(0);
  const refresh = useCallback(async () => {
    if (docId === null) return;
    const sequence = (refreshes.current += 1);
    try {
      const result = await call('getDocumentAnnotations', { docId });
      if (sequence !== refreshes.current) return;
      setState({ docId, anchored: result.anchored, orphans: result.orphans, loaded: true });
    } catch (error) {
      fail(error);
    }
  }, [docId, fail]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    call('getColorLabels', {}).then(setLabels, fail);
  }, [fail]);

  const create = useCallback<DocumentAnnotations['create']>(
    async ({ start, end, color, tags }) => {
      if (docId === null) return null;
      try {
        const created = await call('createAnnotation', { docId, start, end, color, ...(tags ? { tags } : {}) });
        const anchored: AnchoredAnnotation = { ...created, start, end, anchorMethod: 'position' };
        setState((current) => ({
          ...current,
          anchored: [...current.anchored, anchored].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id)),
        }));
        return anchored;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [docId, fail],
  );

  const update = useCallback<DocumentAnnotations['update']>(
    async (id, changes) => {
      try {
        const { note, ...rest } = changes;
        const updated = await call('updateAnnotation', { id, ...rest, ...(note !== undefined ? { note: asNoteInput(note) } : {}) });
        setState((current) => ({
          ...current,
          anchored: current.anchored.map((annotation) => (annotation.id === id ? { ...annotation, ...updated, start: annotation.start, end: annotation.end, anchorMethod: annotation.anchorMethod } : annotation)),
          orphans: current.orphans.map((annotation) => (annotation.id === id ? updated : annotation)),
        }));
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  const remove = useCallback<DocumentAnnotations['remove']>(
    async (id) => {
      try {
        await call('deleteAnnotation', { id });
        setState((current) => ({
          ...current,
          anchored: current.anchored.filter((annotation) => annotation.id !== id),
          orphans: current.orphans.filter((annotation) => annotation.id !== id),
        }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail],
  );

  const restore = useCallback<DocumentAnnotations['restore']>(
    async (id) => {
      try {
        await call('restoreAnnotation', { id });
        await refresh();
      } catch (error) {
        fail(error);
      }
    },
    [fail, refresh],
  );

  const renameColor = useCallback<DocumentAnnotations['renameColor']>(
    async (color, label) => {
      try {
        setLabels(await call('setColorLabel', { color, label }));
      } catch (error) {
        fail(error);
      }
    },
    [fail],
  );

  const fresh = state.docId === docId;
  const displayedLabels = useMemo(() => (labels ? displayColorLabels(labels, language) : null), [labels, language]);
  return {
    loaded: fresh && state.loaded,
    anchored: fresh ? state.anchored : [],
    orphans: fresh ? state.orphans : [],
    labels: displayedLabels,
    create,
    update,
    remove,
    restore,
    renameColor,
  };
}
