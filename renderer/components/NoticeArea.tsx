/** Shows what the app reported at start (`getAppInfo().notices`) as dismissible banners, and read-only mode as a lasting one. */
import { useState } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';

export interface NoticeAreaProps {
  notices: string[];
  readOnly: boolean;
}

export function NoticeArea({ notices, readOnly }: NoticeAreaProps) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const visible = notices.map((text, index) => ({ text, index })).filter(({ index }) => !dismissed.has(index));
  if (!readOnly && visible.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {readOnly && (
        <div className="notice notice--persistent" role="status" data-testid="notice-read-only">
          <p className="notice__text">{t('notices.readOnly')}</p>
        </div>
      )}
      {visible.map(({ text, index }) => (
        <div className="notice" role="status" key={index} data-testid="notice">
          <p className="notice__text">{text}</p>
          <button
            type="button"
            className="notice__dismiss"
            aria-label={t('notices.dismiss')}
            onClick={() => setDismissed((previous) => new Set(previous).add(index))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </section>
  );
}
