/** The reader's part of the top bar: back to the library, previous/next document, and the contents toggle on narrow windows. */
import type { DocumentSummary } from '../../core/corpus/types.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { homeHref, navigate } from '../routing/view.js';
import { documentHref } from './readerRoute.js';

export interface ReaderNavProps {
  previous: DocumentSummary | null;
  next: DocumentSummary | null;
  /** 1-based place of the open document in the library, when known. */
  position: { index: number; count: number } | null;
  tocOpen: boolean;
  onToggleToc(): void;
  /** False while there is no table of contents to show (loading, error). */
  hasToc: boolean;
}

export function ReaderNav({ previous, next, position, tocOpen, onToggleToc, hasToc }: ReaderNavProps) {
  const { t } = useI18n();
  return (
    <nav className="reader-nav" aria-label={t('reader.documentNav')}>
      <a className="button button--quiet reader-nav__back" href={homeHref} title={t('reader.backHint')} data-testid="back-to-library">
        <span aria-hidden="true">←</span> {t('reader.back')}
      </a>
      {hasToc && (
        <button
          type="button"
          className="button button--quiet reader-nav__toc-toggle"
          aria-expanded={tocOpen}
          aria-controls="toc-panel"
          onClick={onToggleToc}
          data-testid="toc-toggle"
        >
          <span aria-hidden="true" className="reader-nav__toc-icon">☰</span> {t(tocOpen ? 'toc.hide' : 'toc.show')}
        </button>
      )}
      {position && (
        <div className="reader-nav__pager">
          <button
            type="button"
            className="button button--quiet"
            disabled={!previous}
            aria-label={previous ? t('reader.previousLabel', { title: previous.title }) : t('reader.noPrevious')}
            title={previous ? t('reader.previousHint', { title: previous.title }) : undefined}
            onClick={() => previous && navigate(documentHref(previous.id))}
            data-testid="previous-document"
          >
            <span aria-hidden="true">‹</span> {t('reader.previous')}
          </button>
          <span className="reader-nav__position">{t('reader.position', position)}</span>
          <button
            type="button"
            className="button button--quiet"
            disabled={!next}
            aria-label={next ? t('reader.nextLabel', { title: next.title }) : t('reader.noNext')}
            title={next ? t('reader.nextHint', { title: next.title }) : undefined}
            onClick={() => next && navigate(documentHref(next.id))}
            data-testid="next-document"
          >
            {t('reader.next')} <span aria-hidden="true">›</span>
          </button>
        </div>
      )}
    </nav>
  );
}
