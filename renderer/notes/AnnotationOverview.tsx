/** The overview's list: filters, a count, and every highlight grouped per document with its section, marked search words and clickable tags. */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { AnnotationSummary } from '../../core/annotations/annotationSummary.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { DocumentSummary } from '../../core/corpus/types.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import { formatNumber } from '../format/formatNumber.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';
import { HighlightedSnippet } from '../search/index.js';
import { Swatch } from './annotationControls.js';
import { Icon } from './icons.js';
import { matchedWordSpans } from './matchedWords.js';
import { NoteContent } from './NoteContent.js';
import { filterOverview, noOverviewFilters, OverviewFilters, tagsIn, type OverviewFilterState } from './OverviewFilters.js';

/** An annotation as the overview gets it: from the list, or from the search with the words that matched. */
export type OverviewAnnotation = AnnotationSummary & { matchedWords?: string[] };

export interface AnnotationOverviewProps {
  /** Every annotation, or null while loading. */
  all: readonly OverviewAnnotation[] | null;
  /** The search's answer for `query`, or null without a search. */
  results: { query: string; annotations: readonly OverviewAnnotation[] } | null;
  documents: readonly DocumentSummary[];
  labels: ColorLabels | null;
  filters: OverviewFilterState;
  onFilters(filters: OverviewFilterState): void;
}

interface Group {
  docId: string;
  title: string;
  annotations: OverviewAnnotation[];
}

function groupByDocument(annotations: readonly OverviewAnnotation[], documents: readonly DocumentSummary[], unknown: string): Group[] {
  const order = new Map(documents.map((summary, index) => [summary.id, index]));
  const groups = new Map<string, Group>();
  for (const annotation of annotations) {
    let group = groups.get(annotation.docId);
    if (!group) {
      group = { docId: annotation.docId, title: documents.find((summary) => summary.id === annotation.docId)?.title ?? unknown, annotations: [] };
      groups.set(annotation.docId, group);
    }
    group.annotations.push(annotation);
  }
  return [...groups.values()].sort((a, b) => (order.get(a.docId) ?? Infinity) - (order.get(b.docId) ?? Infinity));
}

function AnnotationCard({ annotation, labels, filters, onFilters }: { annotation: OverviewAnnotation; labels: ColorLabels | null; filters: OverviewFilterState; onFilters(filters: OverviewFilterState): void }) {
  const { t, locale } = useI18n();
  const href = documentHref(annotation.docId, { annotationId: annotation.id });
  const created = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(annotation.created));
  const words = annotation.matchedWords;
  const marked = useCallback((text: string): ReactNode => (words && words.length > 0 ? <HighlightedSnippet snippet={text} highlights={matchedWordSpans(text, words)} /> : text), [words]);
  return (
    <li className="overview-card" data-color={annotation.color} data-testid="overview-annotation" data-annotation-id={annotation.id}>
      <div className="overview-card__meta">
        <Swatch color={annotation.color} size="small" />
        {labels && <span>{labels[annotation.color]}</span>}
        <span aria-hidden="true">·</span>
        <time dateTime={annotation.created}>{t('notes.overview.created', { date: created })}</time>
        <a className="overview-card__open" href={href}>
          <Icon name="reader" size={14} />
          {t('notes.overview.openInReader')}
        </a>
      </div>
      {annotation.section !== null && (
        <p className="overview-card__section" data-testid="overview-section">
          {t('notes.overview.section', { section: annotation.section })}
        </p>
      )}
      <a className="overview-card__quote" href={href}>
        {marked(quoteOf(annotation))}
      </a>
      {annotation.note && <NoteContent note={annotation.note} className="note-content overview-card__note" renderText={marked} />}
      {annotation.tags.length > 0 && (
        <ul className="notes-item__tags" aria-label={t('notes.tags')}>
          {annotation.tags.map((tag) => (
            <li key={tag}>
              <button type="button" className="notes-chip overview-card__tag" aria-pressed={filters.tag === tag} title={t('notes.overview.filterTag', { tag })} onClick={() => onFilters({ ...filters, tag })} data-testid="overview-tag">
                {marked(tag)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function AnnotationOverview({ all, results, documents, labels, filters, onFilters }: AnnotationOverviewProps) {
  const { t, locale } = useI18n();
  const searched = useMemo(() => results?.annotations ?? all ?? [], [results, all]);
  const shown = useMemo(() => filterOverview(searched, filters), [searched, filters]);
  const groups = useMemo(() => groupByDocument(shown, documents, t('notes.overview.unknownDocument')), [shown, documents, t]);
  const tags = useMemo(() => tagsIn(all ?? []), [all]);

  if (all === null) return null;
  if (all.length === 0 && !results) {
    return (
      <div className="overview-empty" data-testid="overview-empty">
        <h2 className="overview-empty__title">{t('notes.overview.emptyTitle')}</h2>
        <p>{t('notes.overview.empty')}</p>
        <p className="overview-empty__hint">{t('notes.overview.emptyHint')}</p>
        <a className="button button--small" href="#/">
          {t('notes.overview.toLibrary')}
        </a>
      </div>
    );
  }
  const filteredAway = searched.length > 0 && shown.length === 0;
  return (
    <>
      {labels && <OverviewFilters labels={labels} tags={tags} filters={filters} onFilters={onFilters} />}
      <p className="overview__count" aria-live="polite" data-testid="overview-count">
        {results && results.annotations.length === 0
          ? t('notes.overview.noResults', { query: results.query })
          : filteredAway
            ? t('notes.overview.noFilterMatches', { total: searched.length })
            : t('notes.overview.results', { count: shown.length, documents: groups.length })}
      </p>
      {filteredAway && (
        <div className="overview-empty overview-empty--filters" data-testid="overview-no-matches">
          <p className="overview-empty__hint">{t('notes.overview.noFilterMatchesHint')}</p>
          <button type="button" className="button button--small" onClick={() => onFilters(noOverviewFilters)}>
            {t('notes.overview.clearFilters')}
          </button>
        </div>
      )}
      {groups.map((group) => (
        <section key={group.docId} className="overview-group" aria-labelledby={`overview-${group.docId}`} data-testid="overview-group">
          <h2 className="overview-group__title" id={`overview-${group.docId}`}>
            <a href={documentHref(group.docId)}>{group.title}</a>
            <span className="reader-panel__badge">{formatNumber(group.annotations.length, locale)}</span>
          </h2>
          <ol className="overview-group__list">
            {group.annotations.map((annotation) => (
              <AnnotationCard key={annotation.id} annotation={annotation} labels={labels} filters={filters} onFilters={onFilters} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
