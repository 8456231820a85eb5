/**
 * The search feature in the reader: the matches of an opened hit's query marked in the text (the reader opens at the
 * hit's passage, see ReaderView), and in-document find on Ctrl+F with the same Dutch analysis as search.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openedHitMatches } from './openedHit.js';
import { call } from '../api/client.js';
import { mainContentId } from '../components/SkipLink.js';
import { scrollBehavior, viewportTop } from '../hooks/viewportTop.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useLatestRequest } from '../hooks/useLatestRequest.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { currentOffset, type ReaderContext, type ReaderContribution, type TextDecoration } from '../reader/index.js';
import { FindBar } from './FindBar.js';
import './search.css';
import { useAppCommand } from '../hooks/useAppCommand.js';

type Span = { start: number; end: number };

interface FindState {
  open: boolean;
  query: string;
  /** The query `matches` answer (trimmed). */
  answered: string;
  matches: Span[];
  correctedQuery: string | null;
  current: number;
  focusKey: number;
}

const closedFind: FindState = { open: false, query: '', answered: '', matches: [], correctedQuery: null, current: -1, focusKey: 0 };

/** Whether `element` lies within the readable part of the window (below the header and anything floating at the top). */
function inView(element: Element, topInset = 0): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= viewportTop() + topInset && rect.bottom <= window.innerHeight - 16;
}

/** The first match at or after `offset`, wrapping to the first. */
function firstFrom(matches: readonly Span[], offset: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.start >= offset);
  return index >= 0 ? index : 0;
}

/** Room the find bar takes over the text, so a match is not scrolled under it. */
function findBarInset(): number {
  const bar = document.querySelector('.find-bar');
  return bar ? bar.getBoundingClientRect().bottom - viewportTop() + 8 : 0;
}

export function useSearchInReader(context: ReaderContext | null): ReaderContribution {
  const { t } = useI18n();
  const docId = context?.document.id ?? null;
  const routeQuery = context?.route.query?.trim() || null;
  const at = context?.route.at ?? null;

  // --- The opened hit's query, marked everywhere in the document ---
  const [searchMarks, setSearchMarks] = useState<{ key: string; matches: Span[] } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const markKey = docId && routeQuery ? `${docId}\n${routeQuery}` : null;

  useEffect(() => {
    if (!docId || !routeQuery || !markKey) return;
    // An opened hit hands over its matches; only a reload or a shared link searches the document again.
    const handed = openedHitMatches(docId, routeQuery);
    if (handed) {
      setSearchMarks({ key: markKey, matches: handed });
      return;
    }
    let live = true;
    call('findInDocument', { docId, query: routeQuery }).then(
      (result) => live && setSearchMarks({ key: markKey, matches: result.matches }),
      () => live && setSearchMarks({ key: markKey, matches: [] }),
    );
    return () => {
      live = false;
    };
  }, [docId, routeQuery, markKey]);

  const shownSearch = searchMarks && searchMarks.key === markKey && dismissed !== markKey ? searchMarks.matches : null;

  // The reader has put the passage's block at the top; if the hit's first match is still out of view (a long block), bring it in.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!shownSearch || at === null || !markKey) return;
    const key = `${markKey}\n${at}`;
    if (revealed.current === key) return;
    revealed.current = key;
    const first = shownSearch[firstFrom(shownSearch, at)];
    if (!first) return;
    const mark = document.querySelector(`.doc-body mark.text-mark--search[data-start="${first.start}"]`);
    if (mark && !inView(mark)) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [shownSearch, at, markKey]);

  // --- Find in this document (Ctrl+F) ---
  const [find, setFind] = useState<FindState>(closedFind);
  const latestFind = useLatestRequest();
  const returnFocus = useRef<HTMLElement | null>(null);
  const findRef = useRef(find);
  findRef.current = find;

  const runFind = useCallback(
    (query: string) => {
      const trimmed = query.trim();
      const isLatest = latestFind.begin();
      setFind((previous) => ({ ...previous, query, ...(trimmed === '' ? { answered: '', matches: [], current: -1, correctedQuery: null } : {}) }));
      if (trimmed === '' || !docId) return;
      call('findInDocument', { docId, query: trimmed }).then(
        (result) => {
          if (!isLatest()) return;
          setFind((previous) => {
            // Stay near where the reader is: the previous current match, else the top of the view.
            const anchor = previous.matches[previous.current]?.start ?? (window.scrollY < 4 ? 0 : (currentOffset() ?? 0));
            return { ...previous, answered: trimmed, matches: result.matches, correctedQuery: result.correctedQuery, current: firstFrom(result.matches, anchor) };
          });
        },
        () => {
          if (!isLatest()) return;
          setFind((previous) => ({ ...previous, answered: trimmed, matches: [], correctedQuery: null, current: -1 }));
        },
      );
    },
    [docId, latestFind],
  );

  const openFind = useCallback(() => {
    const state = findRef.current;
    if (!state.open) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
      // Reopening finds the last query again, selected so typing replaces it.
      if (state.query.trim() !== '') runFind(state.query);
    }
    setFind((previous) => ({ ...previous, open: true, focusKey: previous.focusKey + 1 }));
  }, [runFind]);

  const closeFind = useCallback(() => {
    latestFind.cancel();
    setFind((previous) => ({ ...previous, open: false, answered: '', matches: [], current: -1, correctedQuery: null }));
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
    else document.getElementById(mainContentId)?.focus({ preventScroll: true });
  }, [latestFind]);

  // Escape closes the find bar, after anything opened over it.
  useEscapeLayer('find-bar', find.open, closeFind);

  const step = useCallback((direction: 1 | -1) => {
    setFind((previous) => {
      const count = previous.matches.length;
      if (count === 0) return previous;
      return { ...previous, current: (previous.current + direction + count) % count };
    });
  }, []);

  // Listening from the reader's first render, and checking for a document at key time, leaves no gap between
  // the text appearing and Ctrl+F working (an effect that waited for the document ran just after it showed).
  const enabledRef = useRef(false);
  enabledRef.current = context !== null;
  // The desktop menu's "Zoeken in document / Find in document" item.
  useAppCommand('find', () => {
    if (enabledRef.current) openFind();
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      if (!enabledRef.current || event.defaultPrevented || event.altKey) return;
      // The search panel is modal; leave its keys alone.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const key = event.key.toLowerCase();
      if (modifier && !event.shiftKey && key === 'f') {
        event.preventDefault();
        openFind();
      } else if (findRef.current.open && ((modifier && key === 'g') || event.key === 'F3')) {
        event.preventDefault();
        step(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openFind, step]);

  // Keep the current match in view whenever it changes.
  const currentMatch = find.open ? (find.matches[find.current] ?? null) : null;
  useEffect(() => {
    if (!currentMatch) return;
    const mark = document.querySelector(`.doc-body mark.text-mark--find-current[data-start="${currentMatch.start}"]`);
    if (mark && !inView(mark, findBarInset())) mark.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [currentMatch]);

  // Only these fields change the marks; typing in the find bar alone does not.
  const { open: findOpen, matches: findMatches, current: findCurrent } = find;
  const decorations = useMemo(() => {
    const list: TextDecoration[] = [];
    if (shownSearch) for (const match of shownSearch) list.push({ start: match.start, end: match.end, kind: 'search' });
    if (findOpen) {
      findMatches.forEach((match, index) => list.push({ start: match.start, end: match.end, kind: index === findCurrent ? 'find-current' : 'find' }));
    }
    return list;
  }, [shownSearch, findOpen, findMatches, findCurrent]);

  if (!context) return {};

  const overlay = (
    <>
      {find.open && (
        <FindBar
          query={find.query}
          current={find.current}
          total={find.matches.length}
          settled={find.answered === find.query.trim()}
          correctedQuery={find.correctedQuery}
          focusKey={find.focusKey}
          onQueryChange={runFind}
          onNext={() => step(1)}
          onPrevious={() => step(-1)}
          onClose={closeFind}
        />
      )}
      {shownSearch && shownSearch.length > 0 && !find.open && (
        <div className="search-marks-note" role="status" data-testid="search-marks-note">
          <span className="search-marks-note__swatch" aria-hidden="true" />
          <span>{t('search.markedIn', { count: shownSearch.length, query: routeQuery ?? '' })}</span>
          <button type="button" className="search-marks-note__clear" onClick={() => setDismissed(markKey)}>
            {t('search.clearMarks')}
          </button>
        </div>
      )}
    </>
  );

  return { decorations, overlay };
}
