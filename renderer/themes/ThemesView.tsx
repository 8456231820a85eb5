/** The theme index: every theme as a card with its description, other names and how widely the Werkplaatsen write about it. */
import { useEffect } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { fetchApi, useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { defineView } from '../routing/view.js';
import { themeHref, themeMapHref, themesHref } from './themeRoutes.js';
import { shortRegion, themeLabel } from './themeData.js';
import './themes.css';

interface IndexData {
  themes: ThemeOverview[];
  documents: DocumentSummary[];
}

/** "12 passages · in 4 documenten", in the UI language. */
export function useCountText() {
  const { t } = useI18n();
  return (theme: Pick<ThemeOverview, 'passageCount' | 'docIds'>) => ({
    passages: t('themes.passages', { count: theme.passageCount }),
    documents: t('themes.documents', { count: theme.docIds.length }),
  });
}

function ThemeCard({ theme, byId, documents }: { theme: ThemeOverview; byId: Map<string, ThemeOverview>; documents: Map<string, DocumentSummary> }) {
  const { t, language } = useI18n();
  const counts = useCountText();
  const { passages, documents: inDocuments } = counts(theme);
  const regions = [...new Set(theme.docIds.map((id) => documents.get(id)?.region).filter((region): region is string => Boolean(region)).map(shortRegion))];
  const titleId = `theme-card-${theme.id}`;
  return (
    <article className="theme-card raised-card" data-testid="theme-card" data-theme-id={theme.id} aria-labelledby={titleId}>
      {theme.broader.length > 0 && (
        <p className="theme-card__broader">
          {t('themes.broader')}{' '}
          {theme.broader.map((id, position) => (
            <span key={id}>
              {position > 0 && ', '}
              <a className="theme-card__inner-link" href={themeHref(id)}>
                {byId.get(id) ? themeLabel(byId.get(id)!, language) : id}
              </a>
            </span>
          ))}
        </p>
      )}
      <h2 className="theme-card__title" id={titleId}>
        <a className="theme-card__link" href={themeHref(theme.id)}>
          {themeLabel(theme, language)}
        </a>
      </h2>
      <p className="theme-card__description">{theme.description[language] || theme.description.nl}</p>
      {theme.synonyms.length > 0 && (
        <p className="theme-card__synonyms">
          <span className="theme-card__synonyms-label">{t('themes.synonyms')}: </span>
          <span lang="nl">{theme.synonyms.join(', ')}</span>
        </p>
      )}
      {theme.narrower.length > 0 && (
        <div className="theme-card__narrower">
          <span className="theme-card__narrower-label">{t('themes.narrower')}</span>
          <ul className="theme-card__narrower-list">
            {theme.narrower.map((id) => (
              <li key={id}>
                <a className="theme-chip theme-card__inner-link" href={themeHref(id)}>
                  {byId.get(id) ? themeLabel(byId.get(id)!, language) : id}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer className="theme-card__footer">
        <span className="theme-card__count">
          <strong>{passages}</strong> {inDocuments}
        </span>
        {regions.length > 0 && (
          <span className="theme-card__regions" lang="nl">
            {regions.join(' · ')}
          </span>
        )}
      </footer>
    </article>
  );
}

export function ThemesView(_props: { themeId?: string }) {
  const { t } = useI18n();
  const data = useLoad(['theme-index'], async (): Promise<IndexData> => {
    const [themes, documents] = await Promise.all([fetchApi('listThemes', {}), fetchApi('listDocuments', {})]);
    return { themes, documents };
  });

  useEffect(() => {
    document.title = `${t('themes.title')} · ${t('app.name')}`;
  }, [t]);

  const byId = new Map((data.value?.themes ?? []).map((theme) => [theme.id, theme]));
  const documents = new Map((data.value?.documents ?? []).map((summary) => [summary.id, summary]));

  return (
    <div className="themes-page" data-testid="themes-view">
      <header className="themes-page__intro">
        <h1 className="themes-page__title">{t('themes.title')}</h1>
        {data.value && <p className="themes-page__lead">{t('themes.intro', { count: data.value.themes.length })}</p>}
        <a className="themes-page__map-link" href={themeMapHref}>
          {t('themes.toMap')} <span aria-hidden="true">→</span>
        </a>
      </header>
      {data.status === 'loading' && <LoadingIndicator />}
      {data.status === 'error' && <ErrorState error={data.error} onRetry={data.reload} />}
      {data.value && data.value.themes.length === 0 && <p className="themes-page__empty">{t('themes.empty')}</p>}
      {data.value && data.value.themes.length > 0 && (
        <ul className="theme-grid">
          {data.value.themes.map((theme) => (
            <li key={theme.id} className={`theme-grid__item${theme.broader.length > 0 ? ' theme-grid__item--narrower' : ''}`}>
              <ThemeCard theme={theme} byId={byId} documents={documents} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `#/themes`, in the main menu as "Thema’s". */
export const view = defineView({
  id: 'themes',
  parse: ({ path }) => (path === '/themes' ? {} : null),
  render: () => <ThemesView />,
  page: 'plain',
  menu: { label: 'nav.themes', order: 2, href: themesHref },
});
