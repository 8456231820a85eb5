/** A quiet "Laden…" that only appears when loading takes long enough to notice. */
import { useDelayedFlag } from '../hooks/useDelayedFlag.js';
import { useI18n } from '../i18n/LanguageContext.js';

export function LoadingIndicator({ active = true }: { active?: boolean }) {
  const { t } = useI18n();
  const shown = useDelayedFlag(active);
  if (!shown) return null;
  return (
    <div className="loading" role="status" data-testid="loading">
      <span className="loading__dot" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}
