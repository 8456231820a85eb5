/** A reading route as one `werkplaats://pack/…` link: the teacher makes and copies it, a student pastes it to open the route. */
import { useId, useState, type FormEvent } from 'react';
import { call, describeError } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';

/** "Link maken" in the route editor: the link in a field, selected, with a copy button. */
export function SharePackLink({ routeId, author, withAnnotations }: { routeId: string; author: string; withAnnotations: boolean }) {
  const { t, language } = useI18n();
  const fieldId = useId();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  async function make() {
    setStatus(null);
    try {
      const made = await call('routePackLink', { id: routeId, author, withAnnotations });
      setLink(made.link);
    } catch (error) {
      setLink(null);
      setStatus({ text: describeError(error, language), error: true });
    }
  }

  async function copy(field: HTMLInputElement | null) {
    if (!link) return;
    field?.select();
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: t('route.link.copied') });
    } catch {
      // The desktop app denies clipboard access to pages; the link is selected, so Ctrl+C copies it.
      setStatus({ text: t('route.link.copyYourself') });
    }
  }

  return (
    <div className="route-link">
      <button type="button" className="routes-button" onClick={() => void make()} data-testid="route-share-link">
        {t('route.link.make')}
      </button>
      {link && (
        <div className="route-link__made">
          <label htmlFor={fieldId}>{t('route.link.label')}</label>
          <input
            id={fieldId}
            className="route-link__field"
            readOnly
            value={link}
            data-testid="route-share-link-field"
            ref={(field) => field?.select()}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="routes-button" onClick={(event) => void copy(event.currentTarget.previousElementSibling as HTMLInputElement | null)}>
            {t('route.link.copy')}
          </button>
        </div>
      )}
      <p className={status?.error ? 'route-link__status route-link__status--error' : 'route-link__status'} role="status" aria-live="polite" data-testid="route-share-link-status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}

/** "Of plak een leesroute-link" on the routes page: the link's pack goes to the same preview as a pack file. */
export function OpenPackLink({ onOpen }: { onOpen(read: () => Promise<{ content: string; file: string }>): void }) {
  const { t } = useI18n();
  const fieldId = useId();
  const [link, setLink] = useState('');

  function open(event: FormEvent) {
    event.preventDefault();
    if (link.trim() === '') return;
    onOpen(() => call('readRoutePackLink', { link }));
    setLink('');
  }

  return (
    <form className="routes-form route-open-link" onSubmit={open} data-testid="route-open-link">
      <label htmlFor={fieldId}>{t('routes.link.label')}</label>
      <input id={fieldId} value={link} onChange={(event) => setLink(event.target.value)} placeholder="werkplaats://pack/…" spellCheck={false} autoComplete="off" data-testid="route-open-link-field" />
      <button type="submit" className="routes-button">
        {t('routes.link.open')}
      </button>
    </form>
  );
}
