/** The annotation feature in the reader: highlights, other people's layers, the selection toolbar, notes and the annotations panel. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../core/annotations/annotation.js';
import { describeError } from '../api/client.js';
import { mutate, useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import type { ReaderContext, ReaderContribution, TextDecoration } from '../reader/index.js';
import { AnnotationPopover, type PopoverTarget } from './AnnotationPopover.js';
import { AnnotationsPanel, defaultFilters, type PanelFilters } from './AnnotationsPanel.js';
import { storedStartOf } from '../../common/annotations/selectors.js';
import { sectionHeadingAt } from '../../common/annotations/sectionHeading.js';
import { flashAnnotation, marksOf } from './flashAnnotation.js';
import { layerIdOf, splitByOwner } from './layerAnnotations.js';
import { LayersSection } from './LayersSection.js';
import { SelectionToolbar } from './SelectionToolbar.js';
import { Toast, useToast } from './Toast.js';
import { useDocumentAnnotations } from './useDocumentAnnotations.js';
import './notes.css';

export function useNotesInReader(context: ReaderContext | null): ReaderContribution {
  const { t, language } = useI18n();
  const { toast, show, dismiss } = useToast();
  const onError = useCallback((error: unknown) => show({ text: t('notes.error', { message: describeError(error, language) }) }), [show, t, language]);
  const doc = context?.document ?? null;
  const articleRef = context?.articleRef;
  const data = useDocumentAnnotations(doc?.id ?? null, onError);
  const layerList = useApi('listLayers', doc ? {} : null);
  const layers = layerList.value ?? [];
  // The app sends the visible layers' annotations with the reader's own; they are drawn, listed and opened apart.
  const anchored = useMemo(() => splitByOwner(data.anchored), [data.anchored]);
  const orphans = useMemo(() => splitByOwner(data.orphans).own, [data.orphans]);
  const [target, setTarget] = useState<PopoverTarget | null>(null);
  const [filters, setFilters] = useState<PanelFilters>(defaultFilters);
  const [lastColor, setLastColor] = useState(0);

  const decorations = useMemo<TextDecoration[]>(
    () => [
      ...anchored.own.map((annotation): TextDecoration => ({ start: annotation.start, end: annotation.end, kind: 'annotation', id: annotation.id, color: annotation.color, hasNote: annotation.note !== null })),
      ...anchored.layered.map((annotation): TextDecoration => ({ start: annotation.start, end: annotation.end, kind: 'layer-annotation', id: annotation.id })),
    ],
    [anchored],
  );

  const openOnMark = useCallback(
    (id: string, focus: PopoverTarget['focus']) => {
      const article = articleRef?.current;
      setTarget({ id, focus, anchor: () => (article ? (marksOf(article, id)[0] ?? null) : null) });
    },
    [articleRef],
  );

  // A click on a highlight (not the end of a selection drag) opens its card.
  useEffect(() => {
    const article = articleRef?.current;
    if (!article || !doc) return;
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element | null)?.closest?.('mark[data-annotation-id]');
      if (!mark || !window.getSelection()?.isCollapsed) return;
      openOnMark(mark.getAttribute('data-annotation-id')!, null);
    };
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [articleRef, doc, openOnMark]);

  // Opened at an annotation (from the overview or a notebook quote): scroll there and flash it, once.
  const flashed = useRef<string | null>(null);
  const wanted = context?.route.annotationId ?? null;
  useEffect(() => {
    const article = articleRef?.current;
    if (!article || !data.loaded || wanted === null || flashed.current === `${doc?.id}:${wanted}`) return;
    flashed.current = `${doc?.id}:${wanted}`;
    // After the reader has restored its saved position, so the jump wins.
    const frame = requestAnimationFrame(() => flashAnnotation(article, wanted));
    return () => cancelAnimationFrame(frame);
  }, [articleRef, data.loaded, wanted, doc?.id]);

  const all = useMemo(() => [...anchored.own, ...orphans], [anchored.own, orphans]);
  const everyAnnotation = useMemo(() => [...data.anchored, ...data.orphans], [data.anchored, data.orphans]);
  const tagSuggestions = useMemo(() => [...new Set(all.flatMap((annotation) => annotation.tags))].sort(), [all]);

  const citationFor = useCallback(
    (annotation: Annotation) => {
      if (!doc) return '';
      const start = data.anchored.find((candidate) => candidate.id === annotation.id)?.start ?? storedStartOf(annotation);
      const section = sectionHeadingAt(doc, start);
      return section ? t('notes.notebook.citation', { title: doc.title, section }) : t('notes.notebook.citationNoSection', { title: doc.title });
    },
    [doc, data.anchored, t],
  );

  const { remove, restore } = data;
  const onDelete = useCallback(
    async (id: string) => {
      setTarget(null);
      if (await remove(id)) show({ text: t('notes.deleted'), action: { label: t('notes.undo'), run: () => void restore(id) } });
    },
    [remove, restore, show, t],
  );

  const onCopy = useCallback(
    async (id: string) => {
      try {
        // `mutate` refreshes this document's annotations, so the copy is drawn as the reader's own at once.
        const copy = await mutate('copyAnnotationToOwn', { id });
        show({ text: t('notes.popover.copied') });
        requestAnimationFrame(() => openOnMark(copy.id, null));
      } catch (error) {
        onError(error);
      }
    },
    [show, t, openOnMark, onError],
  );
  const onLayerHidden = useCallback(
    (id: string, hidden: boolean) => {
      const opened = target ? everyAnnotation.find((annotation) => annotation.id === target.id) : undefined;
      if (opened && layerIdOf(opened) === id) setTarget(null);
      mutate('setLayerHidden', { id, hidden }).catch(onError);
    },
    [target, everyAnnotation, onError],
  );

  if (!doc || !articleRef) return {};

  const open = target ? everyAnnotation.find((annotation) => annotation.id === target.id) : undefined;
  const openLayerId = open ? layerIdOf(open) : undefined;
  const openLayer = openLayerId === undefined ? undefined : layers.find((layer) => layer.id === openLayerId);
  const labels = data.labels;

  return {
    decorations,
    panelTab: {
      id: 'notes',
      label: t('notes.tab'),
      badge: data.loaded ? all.length : undefined,
      content: labels ? (
        <AnnotationsPanel
          document={doc}
          anchored={anchored.own}
          orphans={orphans}
          labels={labels}
          filters={filters}
          onFilters={setFilters}
          onShow={(annotation) => {
            const article = articleRef.current;
            if (article && flashAnnotation(article, annotation.id)) openOnMark(annotation.id, null);
          }}
          onOpenOrphan={(annotation, element) => setTarget({ id: annotation.id, focus: null, anchor: () => (element.isConnected ? element : null) })}
          onRename={(color, label) => void data.renameColor(color, label)}
          citationFor={citationFor}
          layers={
            <LayersSection
              layers={layers}
              annotations={anchored.layered}
              onHidden={onLayerHidden}
              onShow={(annotation) => {
                const article = articleRef.current;
                if (article && flashAnnotation(article, annotation.id)) openOnMark(annotation.id, null);
              }}
            />
          }
        />
      ) : null,
    },
    overlay: (
      <>
        {labels && !context?.readOnly && (
          <SelectionToolbar
            articleRef={articleRef}
            docId={doc.id}
            text={doc.text}
            labels={labels}
            onHighlight={(selection, color, then) => {
              const chosen = then === 'none' ? color : lastColor;
              if (then === 'none') setLastColor(color);
              void data.create({ start: selection.start, end: selection.end, color: chosen }).then((created) => {
                if (created && then !== 'none') requestAnimationFrame(() => openOnMark(created.id, then));
              });
            }}
          />
        )}
        {open && target && labels && (openLayerId === undefined || openLayer) && (
          <AnnotationPopover
            key={open.id}
            annotation={open}
            target={target}
            labels={labels}
            tagSuggestions={tagSuggestions}
            onUpdate={data.update}
            onDelete={(id) => void onDelete(id)}
            onClose={() => setTarget(null)}
            {...(openLayer ? { layer: openLayer, onCopy: (id: string) => void onCopy(id) } : {})}
          />
        )}
        <Toast toast={toast} onDismiss={dismiss} />
      </>
    ),
  };
}
