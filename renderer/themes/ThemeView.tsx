/** A theme page: what the theme means, its other names and neighbours, and every passage on it, grouped per Werkplaats, each opening the reader there. */
import { useEffect } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview, ThemePage, ThemePagePassage } from '../../core/themes/themeCatalog.js';
import { ErrorState } from '../components/ErrorState.js';
import { KindBadge } from '../components/KindBadge.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { fetchApi, useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';
import { AddToRouteButton } from '../readingRoutes/index.js';
import { defineView } from '../routing/view.js';
import { parseThemeRoute, themeHref, themeMapHref, themesHref } from './themeRoutes.js';
import { EvidenceSnippet } from './EvidenceSnippet.js';
import { useCountText } from './ThemesView.js';
import { themeLabel } from './themeData.js';
import './themes.css';

interface PageData {
  page: ThemePage;
  themes: Map<string, ThemeOverview>;
  summaries: Map<string, DocumentSummary>;
}

interface Group {
  docId: string;
  passages: ThemePagePassage[];
}

function groupByDocument(passages: readonly ThemePagePassage[]): Group[] {
  const groups: Group[] = [];
  for (const passage of passages) {
    const last = groups[groups.length - 1];
    if (last && last.docId === passage.docId) last.passages.push(passage);
    else {
      const existing = groups.find((group) => group.docId === passage.docId);
      if (existing) existing.passages.push(passage);
      else groups.push({ docId: passage.docId, passages: [passage] });
    }
  }
  return groups;
}

function ThemeLinks({ ids, themes }: { ids: string[]; themes: Map<string, ThemeOverview> }) {
  const { language } = useI18n();
  return (
    <ul className="theme-links">
      {ids.map((id) => (
        <li key={id}>
          <a className="theme-chip" href={themeHref(id)}>
            {themes.get(id) ? themeLabel(themes.get(id)!, language) : id}
          </a>
        </li>
      ))}
    </ul>
  );
}

function PassageGroup({ group, data, themeId }: { group: Group; data: PageData; themeId: string }) {
  const { t } = useI18n();
  const summary = data.summaries.get(group.docId);
  const title = summary?.title ?? group.docId;
  const headingId = `group-${group.docId}`;
  return (
    <section className="passage-group" data-testid="theme-group" data-doc-id={group.docId} data-region={summary?.region} aria-labelledby={headingId}>
      <header className="passage-group__header">
        <div className="passage-group__meta">
          {summary && <KindBadge kind={summary.kind} />}
          {summary && <span className="passage-group__region">{summary.region}</span>}
        </div>
        <h3 className="passage-group__title" id={headingId}>
          <a href={documentHref(group.docId)} lang="nl">
            {title}
          </a>
        </h3>
        <span className="passage-group__count">
          {t('theme.groupCount', { count: group.passages.length })}
        </span>
      </header>
      <ol className="passage-list">
        {group.passages.map((passage) => {
          const section = passage.sectionHeading;
          return (
            <li key={passage.start} className="passage" data-testid="theme-passage">
              <a className="passage__link" href={documentHref(passage.docId, { at: passage.start, themeId })}>
                <span className="passage__top">
                  <span className="passage__section" lang="nl">
                    {section ? t('theme.inSection', { section }) : t('toc.intro')}
                  </span>
                  <span className="passage__open" aria-hidden="true">
                    {t('theme.open')} →
                  </span>
                </span>
                <span className="passage__snippet">
                  <EvidenceSnippet snippet={passage.snippet} evidence={passage.evidence} />
                </span>
              </a>
              <AddToRouteButton target={{ kind: 'passage', docId: passage.docId, start: passage.start, end: passage.end }} label={t('addToRoute.passage')} className="add-to-route passage__add" />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function ThemeView({ themeId }: { themeId?: string }) {
  const { t, language } = useI18n();
  const id = themeId ?? '';
  const data = useLoad(['theme', id], async (): Promise<PageData> => {
    const [page, themes, summaries] = await Promise.all([fetchApi('getTheme', { id }), fetchApi('listThemes', {}), fetchApi('listDocuments', {})]);
    return {
      page,
      themes: new Map(themes.map((theme) => [theme.id, theme])),
      summaries: new Map(summaries.map((summary) => [summary.id, summary])),
    };
  });
  const counts = useCountText();
  const theme = data.value?.page.theme;
  const label = theme ? themeLabel(theme, language) : null;

  useEffect(() => {
    document.title = `${label ?? t('themes.title')} · ${t('app.name')}`;
  }, [label, t]);

  if (data.status === 'loading') return <LoadingIndicator />;
  if (data.status === 'error') return <ErrorState error={data.error} onRetry={data.reload} />;
  const { page } = data.value;
  const groups = groupByDocument(page.passages);
  const summary = counts(page.theme);

  return (
    <div className="theme-page" data-testid="theme-view" data-theme-id={page.theme.id}>
      <nav className="theme-page__crumbs" aria-label={t('theme.allThemes')}>
        <a href={themesHref}>
          <span aria-hidden="true">← </span>
          {t('theme.allThemes')}
        </a>
      </nav>
      <header className="theme-page__header">
        <p className="theme-page__eyebrow">{t('theme.eyebrow')}</p>
        <h1 className="theme-page__title page-title">{label}</h1>
        <p className="theme-page__description">{page.theme.description[language] || page.theme.description.nl}</p>
        <AddToRouteButton target={{ kind: 'theme', themeId: page.theme.id }} label={t('addToRoute.theme', { label: label ?? page.theme.id })} />
        <dl className="theme-facts">
          <div className="theme-facts__row">
            <dt>{t('theme.occurs')}</dt>
            <dd>
              <strong>{summary.passages}</strong> {summary.documents}
              <a className="theme-facts__map" href={themeMapHref}>
                {t('theme.onMap')}
              </a>
            </dd>
          </div>
          {page.theme.synonyms.length > 0 && (
            <div className="theme-facts__row">
              <dt>{t('themes.synonyms')}</dt>
              <dd lang="nl">{page.theme.synonyms.join(', ')}</dd>
            </div>
          )}
          {page.theme.broader.length > 0 && (
            <div className="theme-facts__row">
              <dt>{t('themes.broader')}</dt>
              <dd>
                <ThemeLinks ids={page.theme.broader} themes={data.value.themes} />
              </dd>
            </div>
          )}
          {page.theme.narrower.length > 0 && (
            <div className="theme-facts__row">
              <dt>{t('themes.narrower')}</dt>
              <dd>
                <ThemeLinks ids={page.theme.narrower} themes={data.value.themes} />
              </dd>
            </div>
          )}
        </dl>
      </header>
      <section className="theme-page__passages" aria-labelledby="theme-passages-heading">
        <h2 className="theme-page__section-title" id="theme-passages-heading">
          {t('theme.passagesHeading')}
        </h2>
        {groups.length === 0 && <p className="theme-page__empty">{t('theme.noPassages')}</p>}
        {groups.map((group) => (
          <PassageGroup key={group.docId} group={group} data={data.value} themeId={page.theme.id} />
        ))}
      </section>
    </div>
  );
}

/** `#/theme/<id>`: one theme's page, under "Thema’s" in the main menu. */
export const view = defineView({
  id: 'theme',
  parse: parseThemeRoute,
  render: ({ themeId }) => <ThemeView key={themeId} themeId={themeId} />,
  page: 'plain',
  key: ({ themeId }) => `theme:${themeId}`,
  menuParent: 'themes',
});
