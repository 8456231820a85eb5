/** The in-document find bar (Ctrl+F): a field, "3 van 12", previous/next and close, floating under the header. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';

export interface FindBarProps {
  query: string;
  /** 0-based index of the current match, or -1. */
  current: number;
  total: number;
  /** Whether the shown count answers the current query. */
  settled: boolean;
  correctedQuery: string | null;
  /** Bumped to focus and select the field again (Ctrl+F while open). */
  focusKey: number;
  onQueryChange(query: string): void;
  onNext(): void;
  onPrevious(): void;
  onClose(): void;
}

export function FindBar({ query, current, total, settled, correctedQuery, focusKey, onQueryChange, onNext, onPrevious, onClose }: FindBarProps) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.target === inputRef.current && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    }
  };

  const hasQuery = query.trim() !== '';
  const countText = !hasQuery ? '' : total === 0 ? (settled ? t('find.none') : '') : t('find.position', { current: current + 1, total });

  return (
    <div className="find-bar floating-bar" role="search" aria-label={t('find.bar')} onKeyDown={onKeyDown} data-testid="find-bar">
      <input
        ref={inputRef}
        className="find-bar__input bare-input"
        type="text"
        aria-label={t('find.input')}
        placeholder={t('find.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        aria-describedby="find-bar-count"
        data-testid="find-input"
      />
      <span className="find-bar__count" id="find-bar-count" role="status" data-testid="find-count" data-empty={hasQuery && settled && total === 0}>
        {countText}
      </span>
      {correctedQuery && hasQuery && (
        <span className="find-bar__corrected" title={t('find.corrected', { query: correctedQuery })}>
          {t('find.corrected', { query: correctedQuery })}
        </span>
      )}
      <span className="find-bar__divider" aria-hidden="true" />
      <button type="button" className="find-bar__button" onClick={onPrevious} disabled={total === 0} aria-label={t('find.previous')} title={t('find.previous')} data-testid="find-previous">
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 12.5l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="find-bar__button" onClick={onNext} disabled={total === 0} aria-label={t('find.next')} title={t('find.next')} data-testid="find-next">
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5 7.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="find-bar__button" onClick={onClose} aria-label={t('find.close')} title={t('find.close')} data-testid="find-close">
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
