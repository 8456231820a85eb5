/** A small theme map for another view (a reading route): a row per Werkplaats, a column per theme, what is covered lit, a path in step order down the rows, and the same in words. */
import { useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { shortRegion, themeLabel } from './themeData.js';
import './themes.css';

const cell = 14;
const gap = 2;
/** Room on the left for the route's path, then for the Werkplaats names (about 6.5 px a character at 11 px). */
const pathBand = 22;
const labelWidth = (labels: readonly string[]) => 12 + Math.ceil(6.5 * Math.max(0, ...labels.map((label) => label.length)));

/** What to draw over the map: the documents of each step in order, and the themes covered. */
export interface MiniMapRoute {
  /** Per step, the document it reads (null for a theme step or a passage not found). */
  stepDocIds: readonly (string | null)[];
  /** Themes the route covers. */
  themeIds: readonly string[];
}

/** The theme map in small, with `route` drawn over it; the caption says the same in words. */
export function ThemeMiniMap({ route, testId }: { route: MiniMapRoute; testId?: string }) {
  const { t, language } = useI18n();
  const matrix = useApi('getThemeMap', {});
  const themes = useApi('listThemes', {});
  const documents = useApi('listDocuments', {});
  if (matrix.status !== 'done' || themes.status !== 'done' || documents.status !== 'done') return null;
  const { documents: columns, themes: rows, counts } = matrix.value;
  if (columns.length === 0 || rows.length === 0) return null;

  const coveredThemes = new Set(route.themeIds);
  const coveredDocs = new Set(route.stepDocIds.filter((id): id is string => id !== null));
  const region = (docId: string) => {
    const summary = documents.value.find((document) => document.id === docId);
    return summary ? `${shortRegion(summary.region)}${summary.kind === 'news' ? ` (${t('theme.news')})` : ''}` : docId;
  };
  const label = (themeId: string) => {
    const theme = themes.value.find((candidate) => candidate.id === themeId);
    return theme ? themeLabel(theme, language) : themeId;
  };
  // Drawn sideways to the full map: the few Werkplaatsen as labelled rows, the many themes as columns, so it stays small and wide.
  const labelBand = labelWidth(columns.map(region));
  const x = (theme: number) => pathBand + labelBand + theme * (cell + gap);
  const y = (document: number) => document * (cell + gap);
  const width = x(rows.length) - gap;
  const height = y(columns.length) - gap;
  const stops = route.stepDocIds.flatMap((docId, step) => {
    const document = docId === null ? -1 : columns.indexOf(docId);
    return document === -1 ? [] : [{ step, document, cx: 6 + (step % 2) * 9, cy: y(document) + cell / 2 }];
  });

  const pathText = stops.map(({ step, document }) => `${step + 1} ${region(columns[document]!)}`).join(' → ');
  const themeText = rows.filter((themeId) => coveredThemes.has(themeId)).map(label);
  const captionId = `${testId ?? 'mini-map'}-caption`;

  return (
    <figure className="mini-map" data-testid={testId}>
      <svg className="mini-map__grid" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={captionId}>
        {columns.map((docId, document) => (
          <g key={`row-${docId}`}>
            {coveredDocs.has(docId) && <rect className="mini-map__column" x={pathBand - 3} y={y(document) - 1} width={width - pathBand + 4} height={cell + 2} rx={2} />}
            <text className={`mini-map__label${coveredDocs.has(docId) ? ' mini-map__label--covered' : ''}`} x={pathBand + 2} y={y(document) + cell - 3}>
              {region(docId)}
            </text>
          </g>
        ))}
        {rows.map((themeId, row) =>
          columns.map((docId, column) => {
            const count = counts[row]?.[column] ?? 0;
            const lit = count > 0 && coveredThemes.has(themeId) && coveredDocs.has(docId);
            const state = lit ? 'lit' : count > 0 && coveredThemes.has(themeId) ? 'theme' : count > 0 ? 'some' : 'none';
            return <rect key={`${themeId}-${docId}`} className={`mini-map__cell mini-map__cell--${state}`} data-state={state} x={x(row)} y={y(column)} width={cell} height={cell} rx={2} />;
          }),
        )}
        {stops.length > 1 && <polyline className="mini-map__path" points={stops.map(({ cx, cy }) => `${cx},${cy}`).join(' ')} />}
        {stops.map(({ step, cx, cy }) => (
          <circle key={step} className="mini-map__stop" cx={cx} cy={cy} r={3.5} />
        ))}
      </svg>
      <figcaption id={captionId} className="mini-map__caption">
        {stops.length > 0 ? t('miniMap.path', { path: pathText }) : t('miniMap.noPath')}{' '}
        {themeText.length > 0 ? t('miniMap.themes', { count: themeText.length, total: rows.length, themes: themeText.join(', ') }) : t('miniMap.noThemes')}
      </figcaption>
    </figure>
  );
}
