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
import { NotesView } from './notes/NotesView.js';
import { ThemeMapView } from './themes/ThemeMapView.js';
import { ThemesView } from './themes/ThemesView.js';
import { ThemeView } from './themes/ThemeView.js';
import type { ReactNode } from 'react';

/** A page of the app other than the library and the reader: the shared header, notices, then the view. */
function PlainPage({ notices, children }: { notices: ReactNode; children: ReactNode }) {
  return (
    <>
      <AppHeader />
      {notices}
      <main className="plain-page" id={mainContentId} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

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
      {route.name === 'reader' && <ReaderView key={route.docId} route={route} documents={documents.value ?? null} notices={notices} readOnly={info.value?.readOnly ?? false} />}
      {route.name === 'themes' && (
        <PlainPage notices={notices}>
          <ThemesView />
        </PlainPage>
      )}
      {route.name === 'theme' && (
        <PlainPage notices={notices}>
          <ThemeView key={route.themeId} themeId={route.themeId} />
        </PlainPage>
      )}
      {route.name === 'theme-map' && (
        <PlainPage notices={notices}>
          <ThemeMapView />
        </PlainPage>
      )}
      {route.name === 'notes' && (
        <PlainPage notices={notices}>
          <NotesView />
        </PlainPage>
      )}
      {route.name === 'not-found' && (
        <PlainPage notices={notices}>
          <ErrorState message={t('notFound.message')} />
        </PlainPage>
      )}
    </>
  );
}
