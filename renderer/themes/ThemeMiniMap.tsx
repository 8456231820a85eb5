/** A small theme map for another view (a reading route): the map's grid of themes against Werkplaatsen, with what is covered lit, a path in step order, and the same in words. */
import { useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { shortRegion, themeLabel } from './themeData.js';
import './themes.css';

const cell = 12;
const gap = 2;
const pathBand = 22;

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
  const x = (column: number) => column * (cell + gap);
  const y = (row: number) => pathBand + row * (cell + gap);
  const width = x(columns.length) - gap;
  const height = y(rows.length) - gap;
  const stops = route.stepDocIds.flatMap((docId, step) => {
    const column = docId === null ? -1 : columns.indexOf(docId);
    return column === -1 ? [] : [{ step, column, cx: x(column) + cell / 2, cy: 8 + (step % 2) * 8 }];
  });

  const pathText = stops.map(({ step, column }) => `${step + 1} ${region(columns[column]!)}`).join(' → ');
  const themeText = rows.filter((themeId) => coveredThemes.has(themeId)).map(label);
  const captionId = `${testId ?? 'mini-map'}-caption`;

  return (
    <figure className="mini-map" data-testid={testId}>
      <svg className="mini-map__grid" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={captionId}>
        {columns.map((docId, column) =>
          coveredDocs.has(docId) ? <rect key={`column-${docId}`} className="mini-map__column" x={x(column) - 1} y={pathBand - 3} width={cell + 2} height={height - pathBand + 4} rx={2} /> : null,
        )}
        {rows.map((themeId, row) =>
          columns.map((docId, column) => {
            const count = counts[row]?.[column] ?? 0;
            const lit = count > 0 && coveredThemes.has(themeId) && coveredDocs.has(docId);
            const state = lit ? 'lit' : count > 0 && coveredThemes.has(themeId) ? 'theme' : count > 0 ? 'some' : 'none';
            return <rect key={`${themeId}-${docId}`} className={`mini-map__cell mini-map__cell--${state}`} data-state={state} x={x(column)} y={y(row)} width={cell} height={cell} rx={2} />;
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
