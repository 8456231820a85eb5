/** Tells the user what failed, in the chosen language, and offers a way back (and a retry where it helps). */
import { describeError } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { homeHref } from '../routing/view.js';

export interface ErrorStateProps {
  /** A sentence of the UI's own; without it, `error` is described. */
  message?: string;
  /** What a call failed with, described in the chosen language. */
  error?: unknown;
  onRetry?: () => void;
  showLibraryLink?: boolean;
}

export function ErrorState({ message, error, onRetry, showLibraryLink = true }: ErrorStateProps) {
  const { t, language } = useI18n();
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <h1 className="error-state__title">{t('error.title')}</h1>
      <p className="error-state__message">{message ?? (error === undefined ? t('error.unknown') : describeError(error, language))}</p>
      <div className="error-state__actions">
        {showLibraryLink && (
          <a className="button button--primary" href={homeHref}>
            {t('error.backToLibrary')}
          </a>
        )}
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('error.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
