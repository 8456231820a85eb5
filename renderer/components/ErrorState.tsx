/** Tells the user what failed, in the API's own words, and offers a way back (and a retry where it helps). */
import { useI18n } from '../i18n/LanguageContext.js';
import { homeHref } from '../routing/view.js';

export interface ErrorStateProps {
  message: string;
  onRetry?: () => void;
  showLibraryLink?: boolean;
}

export function ErrorState({ message, onRetry, showLibraryLink = true }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <h1 className="error-state__title">{t('error.title')}</h1>
      <p className="error-state__message">{message || t('error.unknown')}</p>
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
