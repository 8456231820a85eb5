/**
 * Search as you type: one `search` call per keystroke or filter change, started in the event itself (no debounce),
 * and only the newest answer is shown — a slower, older response never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ThemedSearchResult as SearchResult } from '../../core/search/searchMethods.js';
import { call } from '../api/client.js';
import { useLatestRequest } from '../hooks/useLatestRequest.js';
import { searchInput, type SearchFilters } from './searchFacets.js';

export interface LiveSearchState {
  /** The (trimmed) query the shown result answers; '' when there is none. */
  query: string;
  filters: SearchFilters | null;
  result: SearchResult | null;
  /** True while a newer search than the shown one is under way. */
  pending: boolean;
  /** What the last search failed with, or null. */
  error: unknown;
}

const idle: LiveSearchState = { query: '', filters: null, result: null, pending: false, error: null };

/** @param language the UI language: with `en`, English query words always translate into Dutch ones. */
export function useLiveSearch(language: 'nl' | 'en' = 'nl'): { state: LiveSearchState; run(query: string, filters: SearchFilters): void } {
  const [state, setState] = useState<LiveSearchState>(idle);
  const latest = useLatestRequest();
  /** The query and filters last asked for: a keystroke that changes neither (a trailing space) needs no new search. */
  const asked = useRef<{ query: string; filters: SearchFilters } | null>(null);

  useEffect(
    () => () => {
      asked.current = null;
    },
    [],
  );

  const languageRef = useRef(language);
  languageRef.current = language;
  const run = useCallback((rawQuery: string, filters: SearchFilters) => {
    const query = rawQuery.trim();
    if (asked.current && asked.current.query === query && asked.current.filters === filters) return;
    asked.current = { query, filters };
    const isLatest = latest.begin();
    if (query === '') {
      setState(idle);
      return;
    }
    setState((previous) => (previous.pending ? previous : { ...previous, pending: true }));
    call('search', { ...searchInput(query, filters), language: languageRef.current }).then(
      (result) => {
        if (!isLatest()) return;
        // Render now, not in a later scheduler task: the answer should reach the screen in the next frame.
        flushSync(() => setState({ query, filters, result, pending: false, error: null }));
      },
      (error: unknown) => {
        if (!isLatest()) return;
        asked.current = null; // typing the same again retries
        setState({ query, filters, result: null, pending: false, error });
      },
    );
  }, [latest]);

  return { state, run };
}
