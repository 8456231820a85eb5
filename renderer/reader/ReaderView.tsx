/** Reads one document: contents on the left, the text in a calm column, position remembered across reloads and restarts. */
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CorpusDocument, DocumentSummary } from '../../core/corpus/types.js';
import { call } from '../api/client.js';
import { AppHeader } from '../components/AppHeader.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { PrimaryNav } from '../components/PrimaryNav.js';
import { mainContentId } from '../components/SkipLink.js';
import { fetchApi, useLoad } from '../api/queries.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { scrollBehavior } from '../hooks/viewportTop.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { useNotesInReader } from '../notes/index.js';
import { useRoutesInReader } from '../readingRoutes/index.js';
import { defineView, homeHref, navigate } from '../routing/view.js';
import { useSearchInReader } from '../search/index.js';
import { useThemesInReader } from '../themes/index.js';
import { DocumentBody, headingDomId, sectionDomId } from './DocumentBody.js';
import { DocumentHeader } from './DocumentHeader.js';
import { ReaderNav } from './ReaderNav.js';
import { ReaderPanel, type PanelRequest } from './ReaderPanel.js';
import type { ReaderContext, ReaderContribution } from './readerFeature.js';
import { documentHref, parseReaderRoute, type ReaderRoute } from './readerRoute.js';
import { TableOfContents } from './TableOfContents.js';
import { useActiveSection } from './useActiveSection.js';
import { useCaretMode } from './useCaretMode.js';
import { useReaderShortcuts } from './useReaderShortcuts.js';
import { useReadingPosition } from './useReadingPosition.js';
import './reader.css';

export interface ReaderViewProps {
  /** The document and what to mark or scroll to in it. */
  route: ReaderRoute;
  /** The library's order, for previous/next; null until it has loaded. */
  documents: DocumentSummary[] | null;
  notices: ReactNode;
  /** The user's data is read-only here (see `AppInfo.readOnly`). */
  readOnly: boolean;
}

interface Loaded {
  document: CorpusDocument;
  savedOffset: number | null;
}

const noSections: CorpusDocument['sections'] = [];

export function ReaderView({ route, documents, notices, readOnly }: ReaderViewProps) {
  const { t } = useI18n();
  const { docId } = route;
  // The saved position is read afresh at every opening; the document comes from the cache.
  const loaded = useLoad(
    ['reader', docId],
    async (): Promise<Loaded> => {
      const [document, state] = await Promise.all([fetchApi('getDocument', { id: docId }), call('getReadingState', { docId }).catch(() => null)]);
      return { document, savedOffset: state?.offset ?? null };
    },
    { fresh: true },
  );
  const doc = loaded.value?.document ?? null;
  const sections = doc?.sections ?? noSections;

  const [tocOpen, setTocOpen] = useState(false);
  useEffect(() => setTocOpen(false), [docId]);
  // The contents drawer (narrow screens) closes on Escape before the reader would go back.
  useEscapeLayer('drawer', tocOpen, () => setTocOpen(false));
  const [panelRequest, setPanelRequest] = useState<PanelRequest | null>(null);

  const { activeId, pin } = useActiveSection(
    sections.map((section) => section.id),
    doc !== null,
  );
  // Opened at a passage (a search hit, a theme passage, a deep link's section): that wins over the saved position, for this opening.
  const linkedSection = route.section === null ? undefined : sections.find((section) => section.id === route.section);
  // The first block's offset: scrolling to it brings the section's heading along.
  const linkedSectionStart = linkedSection ? (linkedSection.blocks[0]?.start ?? linkedSection.start) : null;
  useReadingPosition(docId, loaded.value?.savedOffset ?? null, doc !== null, route.at ?? linkedSectionStart);

  useEffect(() => {
    document.title = doc ? `${doc.title} · ${t('app.name')}` : t('app.name');
  }, [doc, t]);

  const articleRef = useRef<HTMLElement | null>(null);
  const context: ReaderContext | null = useMemo(
    () => (doc ? { document: doc, route, activeSectionId: activeId, articleRef, readOnly } : null),
    [doc, route, activeId, readOnly],
  );
  const caret = useCaretMode(articleRef, doc !== null);
  const contributions: ReaderContribution[] = [useSearchInReader(context), useNotesInReader(context), useThemesInReader(context), useRoutesInReader(context)];
  const decorations = contributions.flatMap((contribution) => contribution.decorations ?? []);
  const panelTabs = contributions.flatMap((contribution) => (contribution.panelTab ? [contribution.panelTab] : []));
  const sectionExtras = (sectionId: string) => contributions.map((contribution, position) => <Fragment key={position}>{contribution.sectionExtras?.(sectionId)}</Fragment>);

  const index = documents?.findIndex((summary) => summary.id === docId) ?? -1;
  const previous = index > 0 ? documents![index - 1]! : null;
  const next = index >= 0 && documents && index < documents.length - 1 ? documents[index + 1]! : null;

  const jumpTo = (sectionId: string) => {
    const section = document.getElementById(sectionDomId(sectionId));
    if (!section) return;
    pin(sectionId);
    setTocOpen(false);
    section.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
    const heading = document.getElementById(headingDomId(sectionId));
    heading?.focus({ preventScroll: true });
  };

  useReaderShortcuts({
    onPrevious: () => previous && navigate(documentHref(previous.id)),
    onNext: () => next && navigate(documentHref(next.id)),
    onEscape: () => navigate(homeHref),
    onBack: () => navigate(homeHref),
    onNotes: () => setPanelRequest((previous) => ({ tabId: 'notes', sequence: (previous?.sequence ?? 0) + 1 })),
  });

  return (
    <div className="page page--reader">
      <AppHeader>
        <ReaderNav
          previous={previous}
          next={next}
          position={index >= 0 && documents ? { index: index + 1, count: documents.length } : null}
          tocOpen={tocOpen}
          onToggleToc={() => setTocOpen((open) => !open)}
          hasToc={doc !== null}
        />
      </AppHeader>
      {notices}
      <div className="reader" data-toc-open={tocOpen} data-testid="reader">
        {doc && (
          <>
            <div className="reader__backdrop" aria-hidden="true" onClick={() => setTocOpen(false)} />
            <aside className="reader__toc" id="toc-panel">
              {/* The app's main menu, reachable from the reader without going through the library. */}
              <PrimaryNav />
              <TableOfContents sections={doc.sections} activeId={activeId} onSelect={jumpTo} />
            </aside>
          </>
        )}
        <main className="reader__main" id={mainContentId} tabIndex={-1}>
          {loaded.status === 'loading' && <LoadingIndicator />}
          {loaded.status === 'error' && <ErrorState error={loaded.error} />}
          {doc && (
            <article className="doc" aria-labelledby="doc-title" data-doc-id={doc.id} ref={articleRef}>
              <DocumentHeader document={doc} />
              <DocumentBody sections={doc.sections} decorations={decorations} sectionExtras={sectionExtras} />
            </article>
          )}
        </main>
        {doc && <ReaderPanel tabs={panelTabs} label={t('reader.panel')} openLabel={t('reader.panelOpen')} closeLabel={t('reader.panelClose')} request={panelRequest} />}
        {contributions.map((contribution, position) => (
          <Fragment key={position}>{contribution.overlay}</Fragment>
        ))}
        {caret.overlay}
      </div>
    </div>
  );
}

/** `#/doc/<id>`: the reader, under "Bibliotheek" in the main menu; it restores its own scroll position. */
export const view = defineView({
  id: 'reader',
  parse: parseReaderRoute,
  render: (route, shell) => <ReaderView key={route.docId} route={route} documents={shell.documents.value ?? null} notices={shell.notices} readOnly={shell.readOnly} />,
  page: 'own',
  key: (route) => `doc:${route.docId}`,
  keepsScroll: true,
  menuParent: 'library',
});
