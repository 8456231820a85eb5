/** The overview's colour and tag filters: chips for the colours, a choice of tag, and a way back to everything; they narrow the search's results too. */
import { useId } from 'react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { ColorFilter } from './annotationControls.js';

/** Which colour and tag the overview shows; null shows every one. */
export interface OverviewFilterState {
  color: number | null;
  tag: string | null;
}

export const noOverviewFilters: OverviewFilterState = { color: null, tag: null };

/** True when a colour or tag is chosen. */
export function isFiltered(filters: OverviewFilterState): boolean {
  return filters.color !== null || filters.tag !== null;
}

/** The annotations of the chosen colour and tag, in the order given. */
export function filterOverview<T extends Annotation>(annotations: readonly T[], filters: OverviewFilterState): T[] {
  return annotations.filter((annotation) => (filters.color === null || annotation.color === filters.color) && (filters.tag === null || annotation.tags.includes(filters.tag)));
}

/** Every tag in use, sorted the Dutch way. */
export function tagsIn(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((annotation) => annotation.tags))].sort((a, b) => a.localeCompare(b, 'nl'));
}

export function OverviewFilters({ labels, tags, filters, onFilters }: { labels: ColorLabels; tags: readonly string[]; filters: OverviewFilterState; onFilters(filters: OverviewFilterState): void }) {
  const { t } = useI18n();
  const tagId = useId();
  const set = (change: Partial<OverviewFilterState>) => onFilters({ ...filters, ...change });
  // A tag chosen by clicking a card stays in the list even after its last annotation lost it.
  const choices = filters.tag !== null && !tags.includes(filters.tag) ? [...tags, filters.tag] : tags;
  return (
    <fieldset className="notes-filters overview-filters" data-testid="overview-filters">
      <legend className="visually-hidden">{t('notes.overview.filters')}</legend>
      <ColorFilter labels={labels} value={filters.color} onChange={(color) => set({ color })} />
      <div className="overview-filters__tag">
        <label htmlFor={tagId}>{t('notes.panel.tag')}</label>
        <select id={tagId} value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })} data-testid="overview-filter-tag">
          <option value="">{t('notes.panel.allTags')}</option>
          {choices.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        {isFiltered(filters) && (
          <button type="button" className="button button--small button--quiet" onClick={() => onFilters(noOverviewFilters)} data-testid="overview-clear-filters">
            {t('notes.overview.clearFilters')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
