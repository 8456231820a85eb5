/**
 * The search field in the header, reachable everywhere with Ctrl+K (or "/" when not typing). It opens the search
 * panel; opening a hit goes to the reader at the passage with the query's matches marked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../core/search/searchQuery.js';
import { mainContentId } from '../components/SkipLink.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref, focusPassage, scrollToOffset } from '../reader/index.js';
import { navigate } from '../routing/view.js';
import { noFilters, type SearchFilters } from './searchFacets.js';
import { rememberOpenedHit } from './openedHit.js';
import { SearchPalette } from './SearchPalette.js';
import './search.css';
import { useAppCommand } from '../hooks/useAppCommand.js';

/** The last query and filters, so reopening (also after going to a hit) starts where the reader left off. */
const lastSearch: { query: string; filters: SearchFilters } = { query: '', filters: noFilters };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function SearchBox() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  /** Where focus was before the panel opened, to return it there on Esc. */
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    if (open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setOpen(true);
  }, [open]);

  // The desktop menu's "Zoeken / Search" item.
  useAppCommand('search', show);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const modifier = event.ctrlKey || event.metaKey;
      const ctrlK = modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !modifier && !event.altKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      if (open) {
        // Already open: Ctrl+K goes back to the field, ready to type over.
        const input = document.querySelector<HTMLInputElement>('.search-dialog__input');
        input?.focus();
        input?.select();
        return;
      }
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, show]);

  const close = () => {
    setOpen(false);
    const target = returnFocus.current?.isConnected ? returnFocus.current : triggerRef.current;
    returnFocus.current = null;
    target?.focus({ preventScroll: true });
  };

  const openHit = (hit: SearchHit, query: string) => {
    setOpen(false);
    returnFocus.current = null;
    rememberOpenedHit(hit.docId, query, hit.matches);
    const href = documentHref(hit.docId, { at: hit.passageStart, query });
    // The same hit again: the route does not change, so scroll back to it here.
    if (window.location.hash === href) {
      scrollToOffset(hit.passageStart);
      focusPassage(hit.passageStart);
      return;
    }
    navigate(href);
    // Until the reader has the text and focuses the passage itself, focus waits in its main area.
    window.requestAnimationFrame(() => document.getElementById(mainContentId)?.focus({ preventScroll: true }));
  };

  return (
    <div className="search-slot">
      <button
        ref={triggerRef}
        type="button"
        className="search-trigger"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Control+K /"
        title={t('search.openHint')}
        onClick={show}
        data-testid="search-open"
      >
        <svg className="search-trigger__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d="M13 13l4.25 4.25" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        <span className="search-trigger__label">{t('search.open')}</span>
        <kbd className="search-trigger__keys" aria-hidden="true">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {open && (
        <SearchPalette
          initialQuery={lastSearch.query}
          initialFilters={lastSearch.filters}
          onChange={(query, filters) => {
            lastSearch.query = query;
            lastSearch.filters = filters;
          }}
          onOpenHit={openHit}
          onClose={close}
        />
      )}
    </div>
  );
}
