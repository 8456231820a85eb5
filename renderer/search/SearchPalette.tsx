/**
 * The search panel Ctrl+K opens: a combobox over a listbox of hits grouped per document, with filters and counts.
 * Every keystroke searches; ↑ ↓ move through the hits, Enter opens one, Esc closes.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { SearchHit } from '../../core/search/searchQuery.js';
import { describeError } from '../api/client.js';
import { useApi } from '../api/queries.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { formatNumber } from '../format/formatNumber.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { groupHits, hitsInDisplayOrder } from './groupHits.js';
import { HighlightedSnippet } from './HighlightedSnippet.js';
import { themeHref, themeLabel } from '../themes/index.js';
import { AddToRouteButton, AddToRouteMark } from '../readingRoutes/index.js';
import { facets, facetValues, hasFilters, noFilters, toggleFilter, type FacetDefinition, type SearchFilters } from './searchFacets.js';
import { useLiveSearch } from './useLiveSearch.js';

export interface SearchPaletteProps {
  initialQuery: string;
  initialFilters: SearchFilters;
  /** Called with every change, so the next opening starts where this one ended. */
  onChange(query: string, filters: SearchFilters): void;
  onOpenHit(hit: SearchHit, query: string): void;
  onClose(): void;
}

/** Example queries for the empty state; each shows what the Dutch analysis adds. */
const examples = ['mantelzorg', 'client', 'jeugd', 'wijkteams', '"sociaal domein"'];
const noDocuments: DocumentSummary[] = [];

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('input, button:not(:disabled), [href], [tabindex]:not([tabindex="-1"])')).filter(
    (element) => element.offsetParent !== null,
  );
}

export function SearchPalette({ initialQuery, initialFilters, onChange, onOpenHit, onClose }: SearchPaletteProps) {
  const { t, language, locale } = useI18n();
  const themeList = useApi('listThemes', {});
  // Without the theme list (still loading or failed), theme filters show their ids.
  const themes = themeList.status === 'loading' ? null : (themeList.value ?? []);
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>(initialFilters);
  /** The chosen hit, for the result it was chosen in: a new result starts at its first hit without an extra render. */
  const [chosen, setChosen] = useState<{ result: unknown; index: number }>({ result: null, index: 0 });
  const documents = useApi('listDocuments', {}).value ?? noDocuments;
  const { state, run } = useLiveSearch(language);
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-hit-${index}`;
  // A modal: Escape closes it before anything beneath.
  useEscapeLayer('dialog', true, onClose);

  useEffect(() => {
    run(initialQuery, initialFilters);
    inputRef.current?.focus();
    inputRef.current?.select();
    // Only on opening: later changes run from their events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (nextQuery: string, nextFilters: SearchFilters) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    run(nextQuery, nextFilters);
    onChange(nextQuery, nextFilters);
  };

  const { result } = state;
  const groups = useMemo(() => (result ? groupHits(result.hits) : []), [result]);
  const ordered = useMemo(() => hitsInDisplayOrder(groups), [groups]);
  const displayIndex = useMemo(() => new Map(ordered.map((hit, index) => [hit, index])), [ordered]);
  const activeIndex = ordered.length > 0 ? Math.min(chosen.result === result ? chosen.index : 0, ordered.length - 1) : -1;
  const setActive = (index: number) => setChosen({ result, index });

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId is derived from a stable id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex, result]);

  const titles = useMemo(() => new Map(documents.map((summary) => [summary.id, summary])), [documents]);
  const effectiveQuery = result?.correctedQuery ?? state.query;

  const open = (hit: SearchHit) => onOpenHit(hit, effectiveQuery);

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (ordered.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + ordered.length) % ordered.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const hit = ordered[activeIndex];
      if (hit) open(hit);
    }
  };

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab' && dialogRef.current) {
      // Keep focus inside the dialog while it is open.
      const focusable = focusableIn(dialogRef.current);
      if (focusable.length === 0) return;
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const facetLabel = (facet: FacetDefinition, value: string): string => {
    if (facet.key === 'kind') return value === 'profile' || value === 'news' ? t(`kind.${value}` as MessageKey) : value;
    if (facet.key === 'document') return titles.get(value)?.title ?? result?.hits.find((hit) => hit.docId === value)?.docTitle ?? value;
    if (facet.key === 'theme') {
      const theme = themes?.find((candidate) => candidate.id === value);
      return theme ? themeLabel(theme, language) : value;
    }
    return value;
  };

  const documentCount = (): number => {
    if (!result) return 0;
    if (result.hits.length === result.total || documents.length === 0) return groups.length;
    const passes = (id: string) => {
      const summary = titles.get(id);
      if (!summary) return false;
      if (filters.kind.length > 0 && !filters.kind.includes(summary.kind)) return false;
      if (filters.region.length > 0 && !filters.region.includes(summary.region)) return false;
      return filters.document.length === 0 || filters.document.includes(id);
    };
    return Object.keys(result.counts.documents).filter(passes).length;
  };

  const trimmed = query.trim();
  const showEmpty = trimmed === '';
  const filtered = hasFilters(filters);
  const showResults = !showEmpty && result !== null && state.query !== '';
  // No filter column when nothing matched and nothing is filtered: an empty column only takes room.
  const facetLists = showResults ? facets.map((facet) => ({ facet, values: facetValues(facet, result.counts, filters[facet.key]) })) : [];
  const showFilters = facetLists.some(({ values }) => values.length > 0);
  const statusText = !showResults
    ? ''
    : result.total === 0
      ? t('search.statusNone')
      : t('search.status', { total: result.total, documents: documentCount() });

  return createPortal(
    <div className="search-layer">
      <div className="search-layer__backdrop" aria-hidden="true" onMouseDown={onClose} />
      <div
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('search.dialog')}
        ref={dialogRef}
        onKeyDown={onDialogKeyDown}
        data-testid="search-dialog"
      >
        <div className="search-dialog__bar">
          <svg className="search-dialog__icon" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
            <path d="M13 13l4.25 4.25" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
          <input
            ref={inputRef}
            className="search-dialog__input bare-input"
            type="text"
            role="combobox"
            aria-label={t('search.inputLabel')}
            aria-expanded={showResults && ordered.length > 0}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={showResults && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            aria-describedby={`${baseId}-status`}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(event) => update(event.target.value, filters)}
            onKeyDown={onInputKeyDown}
            data-testid="search-input"
          />
          <button type="button" className="search-dialog__esc" onClick={onClose} title={t('search.close')}>
            Esc<span className="visually-hidden"> ({t('search.close')})</span>
          </button>
        </div>

        <div className="search-dialog__body" data-filters={showFilters}>
          {showResults && showFilters && (
            <div className="search-filters" role="group" aria-label={t('search.filters')} data-testid="search-filters">
              {facetLists.map(({ facet, values }) => {
                if (values.length === 0) return null;
                const titleId = `${baseId}-facet-${facet.key}`;
                return (
                  <section key={facet.key} className="search-facet" aria-labelledby={titleId} data-testid={`search-facet-${facet.key}`}>
                    <h3 className="search-facet__title" id={titleId}>
                      {t(facet.label)}
                    </h3>
                    <ul className="search-facet__list">
                      {values.map(({ value, count }) => {
                        const label = facetLabel(facet, value);
                        return (
                          <li key={value}>
                            <button
                              type="button"
                              className="search-facet__option"
                              aria-pressed={filters[facet.key].includes(value)}
                              title={label}
                              onClick={() => update(query, toggleFilter(filters, facet, value))}
                              data-value={value}
                              data-testid="search-filter-option"
                            >
                              <span className="search-facet__label">{label}</span>{' '}
                              <span className="search-facet__count">{formatNumber(count, locale)}</span>
                              <span className="visually-hidden"> {t('search.filterOptionCount', { count })}</span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
              {filtered && (
                <button type="button" className="link-button search-filters__clear" onClick={() => update(query, noFilters)}>
                  {t('search.clearFilters')}
                </button>
              )}
            </div>
          )}

          <div className="search-results" data-query={state.query} data-testid="search-results" aria-busy={state.pending}>
            <p className="search-results__status" id={`${baseId}-status`} role="status" data-testid="search-status">
              {statusText}
            </p>

            {showResults && ordered[activeIndex] && (
              // An option in the list cannot hold a button, so the chosen hit (arrow keys, pointer) is added from here.
              <p className="search-results__actions">
                <AddToRouteButton
                  target={{ kind: 'passage', docId: ordered[activeIndex].docId, start: ordered[activeIndex].passageStart, end: ordered[activeIndex].passageEnd }}
                  label={t('addToRoute.hit')}
                />
              </p>
            )}

            {showResults && result.correctedQuery && (
              <p className="search-correction" data-testid="search-correction">
                {t('search.didYouMean')}{' '}
                <button type="button" className="search-correction__query" onClick={() => update(result.correctedQuery!, filters)}>
                  {result.correctedQuery}
                </button>
                ? <span className="search-correction__note">{t('search.didYouMeanNote')}</span>
              </p>
            )}

            {showResults && result.expansions.length > 0 && (
              <p className="search-expansion" data-testid="search-expansion">
                {t('search.expandedAs')}:{' '}
                {result.expansions.map((expansion, index) => (
                  <span key={index} className="search-expansion__item" lang={expansion.language}>
                    {index > 0 ? '; ' : ''}
                    {expansion.from} → <span lang="nl">{expansion.to.join(', ')}</span>
                  </span>
                ))}
              </p>
            )}

            {showResults && result.themes.length > 0 && (
              <ul className="search-themes" data-testid="search-themes">
                {result.themes.map((theme) => {
                  const label = language === 'en' ? theme.label.en : theme.label.nl;
                  return (
                    <li key={theme.id}>
                      <a className="search-theme" href={themeHref(theme.id)} onClick={onClose} data-testid="search-theme">
                        <span className="search-theme__kind">{t('search.themeMatch')}</span>
                        <span className="search-theme__label">{label}</span>
                        <span className="search-theme__counts">{t('search.themeCounts', { passages: theme.passages, documents: theme.documents })}</span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}

            {state.error !== null && !showEmpty && <p className="search-results__error">{t('search.error', { message: describeError(state.error, language) })}</p>}

            {showEmpty && (
              <div className="search-empty" data-testid="search-empty">
                <h2 className="search-empty__title">{t('search.emptyTitle')}</h2>
                <p className="search-empty__text">{t('search.emptyText')}</p>
                <p className="search-empty__examples">
                  <span className="search-empty__label">{t('search.examples')}</span>
                  {examples.map((example) => (
                    <button key={example} type="button" className="search-example" onClick={() => update(example, filters)}>
                      {example}
                    </button>
                  ))}
                </p>
                <p className="search-empty__text search-empty__text--small">{t('search.tipPhrase')}</p>
              </div>
            )}

            {showResults && result.total === 0 && (
              <div className="search-none" data-testid="search-no-results">
                <p className="search-none__title">{filtered ? t('search.noResultsFiltered') : t('search.noResults', { query: state.query })}</p>
                <p className="search-none__hint">{t('search.noResultsHint')}</p>
                {filtered && (
                  <button type="button" className="button" onClick={() => update(query, noFilters)}>
                    {t('search.clearFilters')}
                  </button>
                )}
              </div>
            )}

            <div
              className="search-results__list"
              role="listbox"
              id={listboxId}
              aria-label={t('search.results')}
              ref={listboxRef}
              hidden={!showResults || ordered.length === 0}
            >
              {showResults &&
                groups.map((group) => {
                  const count = result.counts.documents[group.docId] ?? group.hits.length;
                  const summary = titles.get(group.docId);
                  return (
                    <div
                      key={group.docId}
                      className="search-group"
                      role="group"
                      aria-label={`${group.docTitle} (${t('search.groupCount', { count })})`}
                      data-doc-id={group.docId}
                      data-testid="search-group"
                    >
                      <div className="search-group__header" role="presentation">
                        <span className="search-group__title" lang="nl">
                          {group.docTitle}
                        </span>
                        {summary && (
                          <span className="search-group__meta">
                            {summary.kind === 'news' ? `${t('kind.news')} · ` : ''}
                            {summary.region}
                          </span>
                        )}
                        <span className="search-group__count" data-testid="search-group-count" title={t('search.groupCount', { count })}>
                          {formatNumber(count, locale)}
                        </span>
                      </div>
                      {group.hits.map(({ hit }) => {
                        const index = displayIndex.get(hit)!;
                        return (
                          <div
                            key={`${hit.docId}:${hit.passageStart}`}
                            id={optionId(index)}
                            className="search-hit"
                            role="option"
                            aria-selected={index === activeIndex}
                            onMouseMove={() => index !== activeIndex && setActive(index)}
                            onClick={() => open(hit)}
                            data-testid="search-hit"
                          >
                            <AddToRouteMark
                              target={{ kind: 'passage', docId: hit.docId, start: hit.passageStart, end: hit.passageEnd }}
                              title={t('addToRoute.passage')}
                              className="search-hit__add"
                            />
                            <span className="search-hit__section" lang={hit.sectionTitle ? 'nl' : undefined}>
                              {hit.sectionTitle ?? t('search.intro')}
                            </span>
                            <span className="search-hit__snippet" lang="nl">
                              <HighlightedSnippet snippet={hit.snippet} highlights={hit.highlights} />
                            </span>
                          </div>
                        );
                      })}
                    </div>
                  );
                })}
            </div>
          </div>
        </div>

        <footer className="search-dialog__footer" aria-hidden="true">
          {t('search.keys')}
        </footer>
      </div>
    </div>,
    document.body,
  );
}
