/** The notes import dialog: checks the file and previews what it will do ("12 nieuw, 3 bijgewerkt, 1 niet teruggevonden — Importeren?") before anything is written. */
import { useEffect, useRef, useState } from 'react';
import type { AnnotationImportReport } from '../../../core/import/planAnnotationImport.js';
import { call, describeError } from '../../api/client.js';
import { mutate } from '../../api/queries.js';
import { useI18n } from '../../i18n/LanguageContext.js';
import { counts, refusalReasons } from './readFileForImport.js';

export interface NotesImportDialogProps {
  fileName: string;
  content: string;
  onClose(result: AnnotationImportReport | null): void;
}

type Preview = { state: 'checking' } | { state: 'ready'; report: AnnotationImportReport } | { state: 'refused'; reasons: string[] } | { state: 'failed'; message: string };

export function NotesImportDialog({ fileName, content, onClose }: NotesImportDialogProps) {
  const { t, language } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [asLayer, setAsLayer] = useState(false);
  const [layerName, setLayerName] = useState(fileName.replace(/\.(json|jsonld)$/i, ''));
  const [preview, setPreview] = useState<Preview>({ state: 'checking' });
  const [busy, setBusy] = useState(false);
  const input = { content, fileName, ...(asLayer && layerName.trim() !== '' ? { layerName: layerName.trim() } : {}) };

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    setPreview({ state: 'checking' });
    call('previewAnnotationImport', input).then(
      (report) => current && setPreview({ state: 'ready', report }),
      (error: unknown) => {
        if (!current) return;
        const reasons = refusalReasons(error, language);
        setPreview(reasons ? { state: 'refused', reasons } : { state: 'failed', message: describeError(error, language) });
      },
    );
    return () => {
      current = false;
    };
    // The preview follows the layer choice; the file itself does not change while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asLayer, layerName]);

  async function confirm() {
    setBusy(true);
    try {
      // Through `mutate`, so every view that shows annotations (the reader too) loads them again.
      onClose(await mutate('importAnnotations', input));
    } catch (error) {
      const reasons = refusalReasons(error, language);
      setPreview(reasons ? { state: 'refused', reasons } : { state: 'failed', message: describeError(error, language) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-dialog-title" onCancel={() => onClose(null)} data-testid="notes-import-dialog">
      <h2 id="import-dialog-title" className="import-dialog__title">
        {t('import.notes.title')}
      </h2>
      <p className="import-dialog__file">{t('import.notes.file', { file: fileName })}</p>
      <label className="import-dialog__option">
        <input type="checkbox" checked={asLayer} onChange={(event) => setAsLayer(event.target.checked)} /> {t('import.notes.asLayer')}
      </label>
      {asLayer && (
        <label className="import-dialog__field">
          {t('import.notes.layerName')}
          <input type="text" value={layerName} maxLength={80} onChange={(event) => setLayerName(event.target.value)} />
        </label>
      )}
      <div className="import-dialog__preview" role="status" aria-live="polite" data-testid="import-preview">
        {preview.state === 'checking' && <p>{t('import.notes.checking')}</p>}
        {preview.state === 'ready' && (
          <>
            <p className="import-dialog__summary">
              <strong>{t('import.notes.summary', counts(preview.report))}</strong> — {t('import.notes.question')}
            </p>
            <p className="import-dialog__details">{t('import.notes.details', counts(preview.report))}</p>
          </>
        )}
        {preview.state === 'refused' && (
          <div className="import-dialog__refusal" role="alert">
            <p>
              <strong>{t('import.notes.refusedTitle')}</strong>
            </p>
            <p>{t('import.notes.refusedLead')}</p>
            <ul>
              {preview.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
        {preview.state === 'failed' && <p role="alert">{preview.message}</p>}
      </div>
      <div className="import-dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('import.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={preview.state !== 'ready' || busy} onClick={() => void confirm()}>
          {t('import.notes.confirm')}
        </button>
      </div>
    </dialog>
  );
}
