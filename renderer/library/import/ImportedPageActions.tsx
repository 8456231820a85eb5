/** Rename, re-file or remove one of the reader's own pages; removal says how many annotations point at it first. */
import { useState } from 'react';
import type { DocumentSummary } from '../../../core/corpus/types.js';
import { call, describeError } from '../../api/client.js';
import { useI18n } from '../../i18n/LanguageContext.js';

export function ImportedPageActions({ summary, onChanged }: { summary: DocumentSummary; onChanged(message: string): void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(summary.title);
  const [region, setRegion] = useState(summary.region);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    try {
      await call('updateImportedPage', { id: summary.id, title, region });
      setEditing(false);
      onChanged('');
    } catch (failure) {
      setError(describeError(failure, language));
    }
  }

  async function remove() {
    const annotations = await call('listAnnotations', { docId: summary.id, includeLayers: true }).catch(() => []);
    const question = [t('import.removeConfirm', { title: summary.title }), annotations.length > 0 ? t('import.removeWarning', { count: annotations.length }) : ''].filter(Boolean).join('\n\n');
    if (!window.confirm(question)) return;
    try {
      await call('removeImportedPage', { id: summary.id });
      onChanged(t('import.removed', { title: summary.title }));
    } catch (failure) {
      setError(describeError(failure, language));
    }
  }

  return (
    <div className="imported-actions" data-testid="imported-actions">
      {editing ? (
        <form
          className="imported-actions__form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            {t('import.editTitle')}
            <input type="text" value={title} maxLength={200} required onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            {t('import.editRegion')}
            <input type="text" value={region} maxLength={100} onChange={(event) => setRegion(event.target.value)} />
          </label>
          <div className="imported-actions__buttons">
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              {t('import.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('import.save')}
            </button>
          </div>
        </form>
      ) : (
        <div className="imported-actions__buttons">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`${t('import.edit')}: ${summary.title}`}>
            {t('import.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => void remove()} aria-label={`${t('import.remove')}: ${summary.title}`}>
            {t('import.remove')}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
