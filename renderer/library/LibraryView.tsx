/** The library: every document as a card, with a way back into the one last read. */
import { useCallback, useEffect, type ReactNode } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import { call } from '../api/client.js';
import { AppHeader } from '../components/AppHeader.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { mainContentId } from '../components/SkipLink.js';
import { useAsync, type AsyncState } from '../hooks/useAsync.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { defineView, homeHref } from '../routing/view.js';
import { ContinueReadingBanner } from './ContinueReadingBanner.js';
import { DocumentCard } from './DocumentCard.js';
import { ImportArea } from './import/ImportArea.js';
import { ImportedPageActions } from './import/ImportedPageActions.js';
import './library.css';

export interface LibraryViewProps {
  documents: AsyncState<DocumentSummary[]> & { reload(): void };
  notices: ReactNode;
}

export function LibraryView({ documents, notices }: LibraryViewProps) {
  const { t } = useI18n();
  const loadLastRead = useCallback(() => call('getReadingState', {}).catch(() => null), []);
  const lastRead = useAsync('last-read', loadLastRead);
  const continueWith = lastRead.value ? documents.value?.find((summary) => summary.id === lastRead.value!.docId) : undefined;

  useEffect(() => {
    document.title = `${t('library.title')} · ${t('app.name')}`;
  }, [t]);

  return (
    <>
      <AppHeader />
      {notices}
      <main className="library" id={mainContentId} tabIndex={-1} data-testid="library">
        <div className="library__inner">
          <div className="library__intro">
            <h1 className="library__title">{t('library.title')}</h1>
            {documents.value && <p className="library__lead">{t('library.intro', { count: documents.value.length })}</p>}
          </div>
          {continueWith && <ContinueReadingBanner summary={continueWith} />}
          <ImportArea onImported={documents.reload}>
          {documents.status === 'loading' && <LoadingIndicator />}
          {documents.status === 'error' && <ErrorState error={documents.error} onRetry={documents.reload} showLibraryLink={false} />}
          {documents.value && documents.value.length === 0 && <p className="library__empty">{t('library.empty')}</p>}
          {documents.value && documents.value.length > 0 && (
            <section aria-labelledby="documents-heading">
              <h2 className="visually-hidden" id="documents-heading">
                {t('library.documents')}
              </h2>
              <ul className="card-grid">
                {documents.value.map((summary) => (
                  <li key={summary.id} className="card-grid__item">
                    <DocumentCard summary={summary} />
                    {summary.imported && <ImportedPageActions summary={summary} onChanged={documents.reload} />}
                  </li>
                ))}
              </ul>
            </section>
          )}
          </ImportArea>
        </div>
      </main>
    </>
  );
}

/** `#/`, the app's home, first in the main menu as "Bibliotheek". */
export const view = defineView({
  id: 'library',
  parse: ({ path }) => (path === '/' ? {} : null),
  render: (_params, shell) => <LibraryView documents={shell.documents} notices={shell.notices} />,
  page: 'own',
  menu: { label: 'nav.library', order: 1, href: homeHref },
});
