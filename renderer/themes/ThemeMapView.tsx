/** The theme map: a heat map of themes against Werkplaatsen with a text version, and where each Werkplaats works. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeMatrix } from '../../core/themes/themeMatrix.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import type { DocumentThemes } from '../../core/themes/types.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { fetchApi, useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { formatNumber } from '../format/formatNumber.js';
import { documentHref } from '../reader/index.js';
import { defineView } from '../routing/view.js';
import { themeHref, themeMapHref } from './themeRoutes.js';
import { shortRegion, themeLabel } from './themeData.js';
import './themes.css';

interface MapData {
  matrix: ThemeMatrix;
  themes: Map<string, ThemeOverview>;
  summaries: Map<string, DocumentSummary>;
  /** Offset of the first passage of a theme in a document, keyed `docId\0themeId`. */
  firstPassage: Map<string, number>;
}

function passageKey(docId: string, themeId: string): string {
  return `${docId}\u0000${themeId}`;
}

function firstPassages(all: readonly DocumentThemes[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const entry of all) {
    for (const passage of entry.passages) {
      for (const tag of passage.themes) {
        const key = passageKey(entry.docId, tag.themeId);
        if (!first.has(key)) first.set(key, passage.start);
      }
    }
  }
  return first;
}

/** Heat steps 0–5: 0 for none; one step per passage while the counts are small, else evenly up to the largest count. */
function heatLevel(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.max(1, Math.min(5, Math.ceil((count * 5) / Math.max(5, max))));
}

/** Column header text: the short region, with "nieuws" for a news item so two Flevoland columns stay apart. */
function useColumnLabel() {
  const { t } = useI18n();
  return (summary: DocumentSummary | undefined, docId: string) => ({
    region: summary ? shortRegion(summary.region) : docId,
    note: summary?.kind === 'news' ? t('theme.news') : null,
  });
}

function HeatMap({ data }: { data: MapData }) {
  const { t, language, locale } = useI18n();
  const columnLabel = useColumnLabel();
  const { matrix } = data;
  const max = Math.max(0, ...matrix.counts.flat());
  const [focus, setFocus] = useState<{ row: number; column: number }>({ row: 0, column: 0 });
  const tableRef = useRef<HTMLTableElement | null>(null);

  const move = (event: KeyboardEvent<HTMLTableElement>) => {
    const rows = matrix.themes.length;
    const columns = matrix.documents.length;
    let { row, column } = focus;
    switch (event.key) {
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'ArrowDown': row = Math.min(rows - 1, row + 1); break;
      case 'ArrowLeft': column = Math.max(-1, column - 1); break;
      case 'ArrowRight': column = Math.min(columns - 1, column + 1); break;
      case 'Home': column = -1; if (event.ctrlKey) row = 0; break;
      case 'End': column = columns - 1; if (event.ctrlKey) row = rows - 1; break;
      default: return;
    }
    event.preventDefault();
    setFocus({ row, column });
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`)?.focus();
  };

  return (
    <div className="heatmap-scroll">
      <table className="heatmap" role="grid" aria-labelledby="heatmap-caption" aria-describedby="heatmap-keys" ref={tableRef} onKeyDown={move} data-testid="theme-map">
        <caption id="heatmap-caption" className="visually-hidden">
          {t('map.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap__corner">
              {t('map.theme')}
            </th>
            {matrix.documents.map((docId) => {
              const summary = data.summaries.get(docId);
              const label = columnLabel(summary, docId);
              return (
                <th key={docId} scope="col" className="heatmap__column" data-testid="theme-map-column" title={summary?.title}>
                  <span className="heatmap__region">{label.region}</span>
                  {label.note && <span className="heatmap__note">{label.note}</span>}
                </th>
              );
            })}
            <th scope="col" className="heatmap__column heatmap__column--total">
              {t('map.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.themes.map((themeId, row) => {
            const theme = data.themes.get(themeId);
            const label = theme ? themeLabel(theme, language) : themeId;
            const counts = matrix.counts[row] ?? [];
            const total = counts.reduce((sum, count) => sum + count, 0);
            const narrower = (theme?.broader.length ?? 0) > 0;
            return (
              <tr key={themeId} data-testid="theme-map-row" data-theme-id={themeId}>
                <th scope="row" className={`heatmap__theme${narrower ? ' heatmap__theme--narrower' : ''}`}>
                  <a
                    href={themeHref(themeId)}
                    tabIndex={focus.row === row && focus.column === -1 ? 0 : -1}
                    data-row={row}
                    data-column={-1}
                    onFocus={() => setFocus({ row, column: -1 })}
                  >
                    {label}
                  </a>
                </th>
                {matrix.documents.map((docId, column) => {
                  const count = counts[column] ?? 0;
                  const summary = data.summaries.get(docId);
                  const place = summary ? `${shortRegion(summary.region)}${summary.kind === 'news' ? ` (${t('theme.news')})` : ''}` : docId;
                  const first = data.firstPassage.get(passageKey(docId, themeId));
                  const href = count > 0 && first !== undefined ? documentHref(docId, { at: first, themeId }) : themeHref(themeId);
                  const level = heatLevel(count, max);
                  return (
                    <td key={docId} className={`heatmap__cell heatmap__cell--${level}`}>
                      <a
                        className="heatmap__link"
                        href={href}
                        tabIndex={focus.row === row && focus.column === column ? 0 : -1}
                        data-row={row}
                        data-column={column}
                        data-count={count}
                        data-doc-id={docId}
                        data-testid="theme-map-cell"
                        aria-label={count > 0 ? t('map.cellLabel', { theme: label, document: place, count: t('themes.passages', { count }) }) : t('map.cellEmpty', { theme: label, document: place })}
                        onFocus={() => setFocus({ row, column })}
                      >
                        {formatNumber(count, locale)}
                      </a>
                    </td>
                  );
                })}
                <td className="heatmap__total">{formatNumber(total, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <div className="heatmap-legend" aria-hidden="true">
      <span className="heatmap-legend__label">{t('map.legend')}</span>
      <span>{t('map.fewer')}</span>
      {[0, 1, 2, 3, 4, 5].map((level) => (
        <span key={level} className={`heatmap-legend__swatch heatmap__cell--${level}`} />
      ))}
      <span>{t('map.more')}</span>
    </div>
  );
}

/** The map as sentences: "Informele zorg: Flevoland (2), Zwolle (1), …". */
function TextVersion({ data }: { data: MapData }) {
  const { t, language, locale } = useI18n();
  const columnLabel = useColumnLabel();
  const [open, setOpen] = useState(false);
  return (
    <details className="heatmap-text" data-testid="theme-map-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="heatmap-text__toggle">{open ? t('map.asTextHide') : t('map.asText')}</summary>
      <h3 className="visually-hidden">{t('map.textTitle')}</h3>
      <ul className="heatmap-text__list">
        {data.matrix.themes.map((themeId, row) => {
          const theme = data.themes.get(themeId);
          const parts = data.matrix.documents.flatMap((docId, column) => {
            const count = data.matrix.counts[row]?.[column] ?? 0;
            if (count === 0) return [];
            const label = columnLabel(data.summaries.get(docId), docId);
            return [`${label.region}${label.note ? ` ${label.note}` : ''} (${formatNumber(count, locale)})`];
          });
          return (
            <li key={themeId}>
              <a href={themeHref(themeId)}>{theme ? themeLabel(theme, language) : themeId}</a>: {parts.length > 0 ? parts.join(', ') : t('map.nowhere')}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

const collapsedMunicipalities = 8;

function WerkplaatsCard({ document }: { document: DocumentSummary }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const names = document.municipalities;
  const long = names.length > collapsedMunicipalities + 2;
  const shown = long && !expanded ? names.slice(0, collapsedMunicipalities) : names;
  const listId = `municipalities-${document.id}`;
  return (
    <li className="werkplaats" data-testid="werkplaats-card" data-doc-id={document.id}>
      <div className="werkplaats__head">
        <h3 className="werkplaats__region">{document.region}</h3>
        <span className="werkplaats__count">
          {names.length > 0 ? t('map.municipalities', { count: names.length }) : null}
        </span>
      </div>
      {document.hogeschool && <p className="werkplaats__school">{document.hogeschool}</p>}
      {document.lectoraat && (
        <p className="werkplaats__lectoraat" lang="nl">
          {document.lectoraat}
        </p>
      )}
      {names.length > 0 ? (
        <ul className="werkplaats__municipalities" id={listId} lang="nl">
          {shown.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : (
        <p className="werkplaats__none">{t('map.noMunicipalities')}</p>
      )}
      <div className="werkplaats__actions">
        {long && (
          <button type="button" className="link-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((value) => !value)}>
            {expanded ? t('map.showFewer') : t('map.showAll', { count: names.length })}
          </button>
        )}
        <a className="werkplaats__read" href={documentHref(document.id)}>
          {t('map.read')} <span aria-hidden="true">→</span>
        </a>
      </div>
    </li>
  );
}

export function ThemeMapView(_props: { themeId?: string }) {
  const { t } = useI18n();
  // The Werkplaats cards need only the summaries (municipalities included), never a whole document.
  const data = useLoad(['theme-map'], async (): Promise<MapData> => {
    const [matrix, themes, summaries] = await Promise.all([fetchApi('getThemeMap', {}), fetchApi('listThemes', {}), fetchApi('listDocuments', {})]);
    const documentThemes = await Promise.all(matrix.documents.map((docId) => fetchApi('getDocumentThemes', { docId }).catch(() => null)));
    return {
      matrix,
      themes: new Map(themes.map((theme) => [theme.id, theme])),
      summaries: new Map(summaries.map((summary) => [summary.id, summary])),
      firstPassage: firstPassages(documentThemes.filter((entry): entry is DocumentThemes => entry !== null)),
    };
  });

  useEffect(() => {
    document.title = `${t('map.title')} · ${t('app.name')}`;
  }, [t]);

  const werkplaatsen = data.value ? [...data.value.summaries.values()].filter((document) => document.kind === 'profile') : [];

  return (
    <div className="theme-map-page" data-testid="theme-map-view">
      <header className="themes-page__intro">
        <h1 className="themes-page__title">{t('map.title')}</h1>
        <p className="themes-page__lead">{t('map.intro')}</p>
      </header>
      {data.status === 'loading' && <LoadingIndicator />}
      {data.status === 'error' && <ErrorState error={data.error} onRetry={data.reload} />}
      {data.value && (
        <>
          <section className="heatmap-section" aria-labelledby="heatmap-caption">
            <HeatMap data={data.value} />
            <div className="heatmap-below">
              <Legend />
              <p className="heatmap-keys" id="heatmap-keys">
                {t('map.keyboard')}
              </p>
            </div>
            <TextVersion data={data.value} />
          </section>
          <section className="werkplaatsen" aria-labelledby="werkplaatsen-title">
            <h2 className="themes-page__section-title" id="werkplaatsen-title">
              {t('map.whereTitle')}
            </h2>
            <p className="werkplaatsen__intro">{t('map.whereIntro')}</p>
            <ul className="werkplaatsen__list">
              {werkplaatsen.map((document) => (
                <WerkplaatsCard key={document.id} document={document} />
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

/** `#/map`, in the main menu as "Themakaart". */
export const view = defineView({
  id: 'theme-map',
  parse: ({ path }) => (path === '/map' ? {} : null),
  render: () => <ThemeMapView />,
  page: 'plain',
  menu: { label: 'nav.map', order: 3, href: themeMapHref },
});
