/** The app shell: loads what every view needs (app info, the document list) and renders the view the hash points at. */
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useApi } from './api/queries.js';
import { AppHeader } from './components/AppHeader.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { ErrorState } from './components/ErrorState.js';
import { NoticeArea } from './components/NoticeArea.js';
import { ShellSlotsProvider, type ShellSlots } from './components/ShellSlots.js';
import { ShortcutHelp } from './components/ShortcutHelp.js';
import { SkipLink, mainContentId } from './components/SkipLink.js';
import { useI18n } from './i18n/LanguageContext.js';
import { useHash } from './routing/useHash.js';
import { navigate } from './routing/view.js';
import { deepLinkHref } from './reader/readerRoute.js';
import { useAppCommand } from './hooks/useAppCommand.js';
import type { ViewShell } from './routing/view.js';
import { SearchBox } from './search/index.js';
import { ExportDialogHost } from './export/index.js';
import { requestImport } from './library/import/importRequest.js';
import { matchView, menuViews } from './views.js';
import { AddToRouteHost, offerRoutePack } from './readingRoutes/index.js';

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
  const matched = matchView(useHash());
  const info = useApi('getAppInfo', {});
  const documents = useApi('listDocuments', {});
  // A werkplaats:// link handed over by a later launch of the desktop app.
  useAppCommand('open-link', ({ docId, fragment }) => navigate(deepLinkHref(docId, fragment)));
  // A reading-route pack opened from the file manager: the routes view previews it before anything is written.
  useAppCommand('open-route-pack', ({ file, content }) => offerRoutePack({ file, content }));
  // Bestand › Importeren… (Ctrl+O): the library's import. A file handed over by the system (path) is not read by the page.
  useAppCommand('import', ({ path }) => {
    if (path !== null) return;
    navigate('#/');
    requestImport();
  });

  // A new view starts at its top; the reader moves to the saved position itself.
  const viewKey = matched ? (matched.view.key?.(matched.params) ?? matched.view.id) : 'not-found';
  const keepsScroll = matched?.view.keepsScroll ?? false;
  useLayoutEffect(() => {
    if (!keepsScroll) window.scrollTo({ top: 0, behavior: 'instant' });
  }, [viewKey, keepsScroll]);

  // After a move to another view, focus that sat on a link or button of the old one has fallen to <body>; it goes to the
  // new view's main area, so the keyboard and a screen reader go on from there. The reader places focus itself (the
  // passage of a hit, or the text, where its keys work), and the first view of a visit keeps the browser's start.
  const firstView = useRef(true);
  const isReader = matched?.view.id === 'reader';
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    if (isReader) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body && active.isConnected) return;
        document.getElementById(mainContentId)?.focus({ preventScroll: true });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [viewKey, isReader]);

  const currentMenu = matched ? (matched.view.menu ? matched.view.id : matched.view.menuParent) : undefined;
  const slots = useMemo<ShellSlots>(
    () => ({
      search: <SearchBox />,
      menu: menuViews.map((view) => ({ href: view.menu!.href, label: view.menu!.label, current: view.id === currentMenu })),
    }),
    [currentMenu],
  );

  const notices = info.value ? <NoticeArea notices={info.value.notices} readOnly={info.value.readOnly} canTakeOver={info.value.canTakeOver} /> : null;
  const shell: ViewShell = { notices, documents, readOnly: info.value?.readOnly ?? false };

  let page: ReactNode;
  if (!matched) {
    page = (
      <PlainPage notices={notices}>
        <ErrorState message={t('notFound.message')} />
      </PlainPage>
    );
  } else {
    const content = matched.view.render(matched.params, shell);
    // A view that fails to render shows what failed; the header, navigation and other views keep working.
    page =
      matched.view.page === 'plain' ? (
        <PlainPage notices={notices}>
          <ErrorBoundary resetKey={viewKey}>{content}</ErrorBoundary>
        </PlainPage>
      ) : (
        <ErrorBoundary resetKey={viewKey} frame={(failure) => <PlainPage notices={notices}>{failure}</PlainPage>}>
          {content}
        </ErrorBoundary>
      );
  }

  return (
    <ShellSlotsProvider value={slots}>
      <SkipLink />
      {page}
      <ShortcutHelp />
      <ExportDialogHost />
      <AddToRouteHost />
    </ShellSlotsProvider>
  );
}
