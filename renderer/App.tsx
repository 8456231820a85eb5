/** The app shell: loads what every view needs (app info, the document list) and picks the view from the hash route. */
import { useCallback, useLayoutEffect } from 'react';
import { call } from './api/client.js';
import { AppHeader } from './components/AppHeader.js';
import { ErrorState } from './components/ErrorState.js';
import { NoticeArea } from './components/NoticeArea.js';
import { SkipLink, mainContentId } from './components/SkipLink.js';
import { useAsync } from './hooks/useAsync.js';
import { useI18n } from './i18n/LanguageContext.js';
import { useHashRoute } from './routing/useHashRoute.js';
import { LibraryView } from './views/LibraryView.js';
import { ReaderView } from './views/ReaderView.js';

export function App() {
  const { t } = useI18n();
  const route = useHashRoute();
  const loadInfo = useCallback(() => call('getAppInfo', {}), []);
  const info = useAsync('app-info', loadInfo);
  const loadDocuments = useCallback(() => call('listDocuments', {}), []);
  const documents = useAsync('documents', loadDocuments);

  // A new view starts at its top; the reader then moves to the saved position itself.
  const viewKey = route.name === 'reader' ? `doc:${route.docId}` : route.name;
  useLayoutEffect(() => {
    if (route.name !== 'reader') window.scrollTo({ top: 0, behavior: 'instant' });
  }, [viewKey, route.name]);

  const notices = info.value ? <NoticeArea notices={info.value.notices} readOnly={info.value.readOnly} /> : null;

  return (
    <>
      <SkipLink />
      {route.name === 'library' && <LibraryView documents={documents} notices={notices} />}
      {route.name === 'reader' && <ReaderView key={route.docId} docId={route.docId} documents={documents.value ?? null} notices={notices} />}
      {route.name === 'not-found' && (
        <>
          <AppHeader />
          {notices}
          <main className="plain-page" id={mainContentId} tabIndex={-1}>
            <ErrorState message={t('notFound.message')} />
          </main>
        </>
      )}
    </>
  );
}
