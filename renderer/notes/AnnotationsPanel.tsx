/** The reader's "Aantekeningen" tab: this document's highlights with filters and order, the orphans, colour names and the document's notebook. */
import type { ReactNode } from 'react';
import { ExportButton } from '../export/index.js';
import type { AnchoredAnnotation } from '../../core/annotations/anchorAnnotations.js';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { formatNumber } from '../format/formatNumber.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import { ColorFilter, ColorLabelsEditor, Swatch } from './annotationControls.js';
import { NotebookEditor } from './NotebookEditor.js';

export interface PanelFilters {
  color: number | null;
  tag: string | null;
  note: 'any' | 'with' | 'without';
  sort: 'position' | 'date';
  view: 'annotations' | 'notebook';
}

export const defaultFilters: PanelFilters = { color: null, tag: null, note: 'any', sort: 'position', view: 'annotations' };

export interface AnnotationsPanelProps {
  document: CorpusDocument;
  anchored: AnchoredAnnotation[];
  orphans: Annotation[];
  labels: ColorLabels;
  filters: PanelFilters;
  onFilters(filters: PanelFilters): void;
  onShow(annotation: AnchoredAnnotation, element: Element): void;
  onOpenOrphan(annotation: Annotation, element: Element): void;
  onRename(color: number, label: string): void;
  citationFor(annotation: Annotation): string;
  /** Other people's layers (see `LayersSection`), listed after the reader's own highlights. */
  layers?: ReactNode;
}

function matches(annotation: Annotation, filters: PanelFilters): boolean {
  return (
    (filters.color === null || annotation.color === filters.color) &&
    (filters.tag === null || annotation.tags.includes(filters.tag)) &&
    (filters.note === 'any' || (annotation.note !== null) === (filters.note === 'with'))
  );
}

function byDate(a: Annotation, b: Annotation): number {
  return a.created === b.created ? a.id.localeCompare(b.id) : a.created < b.created ? 1 : -1;
}

function Item({ annotation, labels, orphan, onClick }: { annotation: Annotation; labels: ColorLabels; orphan: boolean; onClick(element: Element): void }) {
  const { t } = useI18n();
  return (
    <li className={`notes-item${orphan ? ' notes-item--orphan' : ''}`} data-testid={orphan ? 'orphan-item' : 'annotation-item'} data-annotation-id={annotation.id} data-color={annotation.color}>
      <button type="button" className="notes-item__button" data-notes-keep-popover data-panel-item onClick={(event) => onClick(event.currentTarget)}>
        <span className="notes-item__meta">
          <Swatch color={annotation.color} size="small" />
          <span>{labels[annotation.color]}</span>
          {annotation.note && <span className="notes-item__has-note">· {t('notes.popover.note').toLowerCase()}</span>}
        </span>
        <span className="notes-item__quote">{quoteOf(annotation)}</span>
        {orphan && <span className="notes-item__orphan">{t('notes.panel.orphanHint')}</span>}
        {annotation.noteText && <span className="notes-item__note">{annotation.noteText}</span>}
        {annotation.tags.length > 0 && (
          <span className="notes-item__tags">
            {annotation.tags.map((tag) => (
              <span key={tag} className="notes-chip">
                {tag}
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

export function AnnotationsPanel({ document, anchored, orphans, labels, filters, onFilters, onShow, onOpenOrphan, onRename, citationFor, layers }: AnnotationsPanelProps) {
  const { t, locale } = useI18n();
  const all = [...anchored, ...orphans];
  const tags = [...new Set(all.flatMap((annotation) => annotation.tags))].sort((a, b) => a.localeCompare(b, 'nl'));
  const shown = anchored.filter((annotation) => matches(annotation, filters));
  if (filters.sort === 'date') shown.sort(byDate);
  const set = (change: Partial<PanelFilters>) => onFilters({ ...filters, ...change });

  return (
    <div className="notes-panel" data-testid="notes-panel">
      <div className="notes-segmented" role="group" aria-label={t('notes.panel.views')}>
        <button type="button" aria-pressed={filters.view === 'annotations'} onClick={() => set({ view: 'annotations' })}>
          {t('notes.panel.annotations')}
        </button>
        <button type="button" aria-pressed={filters.view === 'notebook'} onClick={() => set({ view: 'notebook' })} data-testid="notebook-toggle">
          {t('notes.panel.notebook')}
        </button>
      </div>
      <ExportButton scope={{ kind: 'document', docId: document.id }} className="notes-panel__export" />

      {filters.view === 'notebook' ? (
        <NotebookEditor scope={{ kind: 'document', docId: document.id }} title={t('notes.notebook.document')} highlights={anchored} citationFor={citationFor} documentTitle={() => document.title} />
      ) : (
        <>
          {all.length > 0 && (
            <fieldset className="notes-filters">
              <legend className="visually-hidden">{t('notes.panel.filters')}</legend>
              <ColorFilter labels={labels} value={filters.color} onChange={(color) => set({ color })} />
              <div className="notes-filters__selects">
                <label>
                  <span>{t('notes.panel.tag')}</span>
                  <select value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })} data-testid="filter-tag">
                    <option value="">{t('notes.panel.allTags')}</option>
                    {tags.map((tag) => (
                      <option key={tag} value={tag}>
                        {tag}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('notes.panel.noteFilter')}</span>
                  <select value={filters.note} onChange={(event) => set({ note: event.target.value as PanelFilters['note'] })} data-testid="filter-note">
                    <option value="any">{t('notes.panel.noteAny')}</option>
                    <option value="with">{t('notes.panel.noteWith')}</option>
                    <option value="without">{t('notes.panel.noteWithout')}</option>
                  </select>
                </label>

              </div>
              <div className="notes-filters__footer">
                <p className="notes-filters__count" aria-live="polite">
                  {t('notes.panel.count', { shown: shown.length, total: anchored.length })}
                </p>
                <label className="notes-filters__sort">
                  <span>{t('notes.panel.sort')}</span>
                  <select value={filters.sort} onChange={(event) => set({ sort: event.target.value as PanelFilters['sort'] })} data-testid="filter-sort">
                    <option value="position">{t('notes.panel.sortPosition')}</option>
                    <option value="date">{t('notes.panel.sortDate')}</option>
                  </select>
                </label>
              </div>
            </fieldset>
          )}

          {all.length === 0 && <p className="notes-empty">{t('notes.panel.empty')}</p>}
          {anchored.length > 0 && shown.length === 0 && <p className="notes-empty">{t('notes.panel.noMatches')}</p>}
          {shown.length > 0 && (
            <ol className="notes-list" aria-label={t('notes.panel.annotations')} onKeyDown={(event) => moveFocusWithArrows(event, '.notes-item__button')}>
              {shown.map((annotation) => (
                <Item key={annotation.id} annotation={annotation} labels={labels} orphan={false} onClick={(element) => onShow(annotation, element)} />
              ))}
            </ol>
          )}

          {orphans.length > 0 && (
            <section className="notes-orphans" aria-labelledby="notes-orphans-title" data-testid="orphans">
              <h3 id="notes-orphans-title" className="notes-subtitle">
                {t('notes.panel.orphans')} <span className="reader-panel__badge">{formatNumber(orphans.length, locale)}</span>
              </h3>
              <ol className="notes-list" onKeyDown={(event) => moveFocusWithArrows(event, '.notes-item__button')}>
                {orphans.map((annotation) => (
                  <Item key={annotation.id} annotation={annotation} labels={labels} orphan onClick={(element) => onOpenOrphan(annotation, element)} />
                ))}
              </ol>
            </section>
          )}

          {layers}

          <ColorLabelsEditor labels={labels} onRename={onRename} />
        </>
      )}
    </div>
  );
}
