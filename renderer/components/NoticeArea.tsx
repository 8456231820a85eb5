/**
 * Shows what the app reported at start (`getAppInfo().notices`, codes said here in the UI language) as dismissible
 * banners, with the folder behind a disclosure, and read-only mode as a lasting one; when another window holds the
 * data, that banner lets the user take it over.
 */
import { useState } from 'react';
import { describeStartupNotice, type StartupNotice } from '../../common/startupNotice.js';
import { call, describeError } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';

export interface NoticeAreaProps {
  notices: readonly StartupNotice[];
  readOnly: boolean;
  /** The data is read-only because another window holds it, and may be taken over (`AppInfo.canTakeOver`). */
  canTakeOver?: boolean;
}

export function NoticeArea({ notices, readOnly, canTakeOver = false }: NoticeAreaProps) {
  const { t, language } = useI18n();
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const [takeOver, setTakeOver] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });

  async function takeOverData() {
    setTakeOver({ busy: true, error: null });
    try {
      await call('takeOverData', {});
      // Every view reloads what it shows from the data as it is now, writable here.
      window.location.reload();
    } catch (error) {
      setTakeOver({ busy: false, error });
    }
  }

  const visible = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !dismissed.has(index));
  if (!readOnly && visible.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {readOnly && (
        <div className="notice notice--persistent" role="status" data-testid="notice-read-only">
          <p className="notice__text">{t('notices.readOnly')}</p>
          {canTakeOver && (
            <div className="notice__actions">
              <p className="notice__hint">{t('notices.takeOverHint')}</p>
              <button type="button" className="button" onClick={() => void takeOverData()} disabled={takeOver.busy} data-testid="take-over">
                {t('notices.takeOver')}
              </button>
              {takeOver.error !== null && (
                <p className="notice__error" role="alert">
                  {describeError(takeOver.error, language)}
                </p>
              )}
            </div>
          )}
        </div>
      )}
      {visible.map(({ notice, index }) => (
        <div className="notice" role="status" key={index} data-testid="notice" data-code={notice.code}>
          <div className="notice__text">
            <p>{describeStartupNotice(notice, language)}</p>
            {notice.folder !== undefined && (
              <details className="notice__folder">
                <summary>{t('notices.showFolder')}</summary>
                <code data-testid="notice-folder">{notice.folder}</code>
              </details>
            )}
          </div>
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
