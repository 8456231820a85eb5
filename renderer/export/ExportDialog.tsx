/** The export dialog: scope, grouping, what to include, a preview with counts, then "Opslaan als…" (desktop) or a download (browser); the work runs on the app side with progress and cancel. */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ExportFormat, ExportIncludes, ExportRequest, ExportScope } from '../../core/export/exportOptions.js';
import type { ExportFile, ExportJobStatus } from '../../core/export/exportMethods.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { describeApiError, type ApiFailure } from '../../common/apiError.js';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import { call, describeError } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { onOpenExportDialog } from './openExportDialog.js';
import { useAppCommand } from '../hooks/useAppCommand.js';
import './export.css';

const formats: readonly ExportFormat[] = ['md', 'html', 'pdf', 'docx', 'csv', 'json'];
const allIncludes: ExportIncludes = { highlights: true, notes: true, tags: true, notebook: true };
const pollMs = 150;
const previewDelayMs = 200;

type ScopeKind = ExportScope['kind'];

interface Choices {
  documents: DocumentSummary[];
  themes: ThemeOverview[];
  tags: string[];
  labels: ColorLabels | null;
}

function decodeFile(file: ExportFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.content], { type: file.mimeType });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: file.mimeType });
}

function download(file: ExportFile): void {
  const url = URL.createObjectURL(decodeFile(file));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Mounted once in the app shell; opens on request (buttons, Ctrl+Shift+E) with the scope the caller chose. */
export function ExportDialogHost() {
  const [scope, setScope] = useState<ExportScope | null>(null);
  useEffect(() => onOpenExportDialog(setScope), []);
  // The desktop menu's Exporteren… (Ctrl+E).
  useAppCommand('export', () => setScope((current) => current ?? { kind: 'all' }));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        setScope((current) => current ?? { kind: 'all' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return scope ? <ExportDialog initialScope={scope} onClose={() => setScope(null)} /> : null;
}

function ExportDialog({ initialScope, onClose }: { initialScope: ExportScope; onClose: () => void }) {
  const { t, language } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [scope, setScope] = useState<ExportScope>(initialScope);
  const [grouping, setGrouping] = useState<'document' | 'theme'>('document');
  const [includes, setIncludes] = useState<ExportIncludes>(allIncludes);
  const [choices, setChoices] = useState<Choices>({ documents: [], themes: [], tags: [], labels: null });
  const [preview, setPreview] = useState<{ text: string; annotations: number; notebook: number; canSave: boolean } | null>(null);
  const [job, setJob] = useState<ExportJobStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filterScope = initialScope.kind === 'filter' ? initialScope : null;

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  useEffect(() => {
    Promise.all([call('listDocuments', {}), call('listThemes', {}), call('listAnnotations', {}), call('getColorLabels', {})]).then(
      ([documents, themes, annotations, labels]) => setChoices({ documents, themes, tags: [...new Set(annotations.flatMap((annotation) => annotation.tags))].sort((a, b) => a.localeCompare(b, 'nl')), labels }),
      (reason: unknown) => setError(describeError(reason, language)),
    );
  }, [language]);

  const request: ExportRequest = { scope, grouping, includes, language };
  const requestKey = JSON.stringify([request, format]);

  useEffect(() => {
    let current = true;
    setPreview(null);
    const timer = window.setTimeout(() => {
      call('previewExport', { request: JSON.parse(requestKey)[0], format: JSON.parse(requestKey)[1] }).then(
        (answer) => current && setPreview({ text: answer.preview, annotations: answer.annotationCount, notebook: answer.notebookCount, canSave: answer.canSave }),
        (reason: unknown) => current && setError(describeError(reason, language)),
      );
    }, previewDelayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [requestKey, language]);

  const running = job?.state === 'running';

  const start = useCallback(
    async (destination: 'save' | 'download') => {
      setError(null);
      setMessage(null);
      try {
        let status = await call('startExport', { request, format, destination });
        setJob(status);
        while (status.state === 'running') {
          await new Promise((resolve) => window.setTimeout(resolve, pollMs));
          status = await call('getExportJob', { id: status.id });
          setJob(status);
        }
        if (status.state === 'done' && status.savedPath) setMessage(t('export.saved', { path: status.savedPath }));
        else if (status.state === 'done' && status.hasResult) {
          const file = await call('takeExportResult', { id: status.id });
          download(file);
          setMessage(t('export.downloaded', { file: file.fileName }));
        } else if (status.state === 'cancelled') setMessage(t('export.cancelled'));
        else if (status.state === 'failed' && status.error) setError(t('export.failed', { message: describeApiError(status.error as ApiFailure, language) }));
      } catch (reason) {
        setError(t('export.failed', { message: describeError(reason, language) }));
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [requestKey, t, language],
  );

  const cancel = () => {
    if (job && running) void call('cancelExport', { id: job.id });
  };

  const changeScopeKind = (kind: ScopeKind) => {
    if (kind === 'all') setScope({ kind });
    else if (kind === 'document') setScope({ kind, docId: choices.documents[0]?.id ?? '' });
    else if (kind === 'theme') setScope({ kind, themeId: choices.themes[0]?.id ?? '' });
    else if (kind === 'tag') setScope({ kind, tag: choices.tags[0] ?? '' });
    else if (kind === 'color') setScope({ kind, color: 0 });
    else if (filterScope) setScope(filterScope);
  };

  const scopeValid = !(scope.kind === 'document' && scope.docId === '') && !(scope.kind === 'theme' && scope.themeId === '') && !(scope.kind === 'tag' && scope.tag === '');
  const scopeKinds: ScopeKind[] = filterScope ? ['filter', 'all', 'document', 'theme', 'tag', 'color'] : ['all', 'document', 'theme', 'tag', 'color'];

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      data-testid="export-dialog"
      onClose={onClose}
      onCancel={(event) => {
        if (running) event.preventDefault();
      }}
    >
      <form method="dialog" className="export-dialog__form" onSubmit={(event) => event.preventDefault()}>
        <header className="export-dialog__header">
          <h2 id={titleId}>{t('export.title')}</h2>
          <button type="button" className="export-dialog__close" onClick={() => dialogRef.current?.close()} disabled={running} aria-label={t('export.close')}>
            ×
          </button>
        </header>
        <div className="export-dialog__body">
          <div className="export-dialog__options">
            <label className="export-field">
              <span>{t('export.format')}</span>
              <select value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} data-testid="export-format" disabled={running}>
                {formats.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`export.format.${candidate}`)}
                  </option>
                ))}
              </select>
            </label>
            <fieldset className="export-field" disabled={running}>
              <legend>{t('export.scope')}</legend>
              <select value={scope.kind} onChange={(event) => changeScopeKind(event.target.value as ScopeKind)} data-testid="export-scope" aria-label={t('export.scope')}>
                {scopeKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind === 'filter' && filterScope && filterScope.query.trim() !== '' ? t('export.scope.filterQuery', { query: filterScope.query.trim() }) : t(`export.scope.${kind}`)}
                  </option>
                ))}
              </select>
              {scope.kind === 'document' && (
                <select value={scope.docId} onChange={(event) => setScope({ kind: 'document', docId: event.target.value })} aria-label={t('export.scope.document')} data-testid="export-scope-document">
                  {choices.documents.map((document) => (
                    <option key={document.id} value={document.id}>
                      {document.title}
                    </option>
                  ))}
                </select>
              )}
              {scope.kind === 'theme' && (
                <select value={scope.themeId} onChange={(event) => setScope({ kind: 'theme', themeId: event.target.value })} aria-label={t('export.scope.theme')}>
                  {choices.themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.label[language]}
                    </option>
                  ))}
                </select>
              )}
              {scope.kind === 'tag' && (
                <select value={scope.tag} onChange={(event) => setScope({ kind: 'tag', tag: event.target.value })} aria-label={t('export.scope.tag')}>
                  {choices.tags.map((tag) => (
                    <option key={tag} value={tag}>
                      #{tag}
                    </option>
                  ))}
                </select>
              )}
              {scope.kind === 'color' && choices.labels && (
                <select value={scope.color} onChange={(event) => setScope({ kind: 'color', color: Number(event.target.value) })} aria-label={t('export.scope.color')}>
                  {choices.labels.map((label, color) => (
                    <option key={color} value={color}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </fieldset>
            <fieldset className="export-field" disabled={running}>
              <legend>{t('export.grouping')}</legend>
              {(['document', 'theme'] as const).map((candidate) => (
                <label key={candidate} className="export-check">
                  <input type="radio" name="export-grouping" value={candidate} checked={grouping === candidate} onChange={() => setGrouping(candidate)} />
                  {t(`export.grouping.${candidate}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="export-field" disabled={running}>
              <legend>{t('export.includes')}</legend>
              {(['highlights', 'notes', 'tags', 'notebook'] as const).map((part) => (
                <label key={part} className="export-check">
                  <input type="checkbox" checked={includes[part]} onChange={(event) => setIncludes({ ...includes, [part]: event.target.checked })} data-testid={`export-include-${part}`} />
                  {t(`export.includes.${part}`)}
                </label>
              ))}
            </fieldset>
          </div>
          <section className="export-dialog__preview" aria-label={t('export.preview')}>
            <p className="export-dialog__count" aria-live="polite" data-testid="export-count">
              {preview ? t('export.count', { annotations: preview.annotations, notebook: preview.notebook }) : t('export.previewLoading')}
            </p>
            <pre className="export-dialog__preview-text" data-testid="export-preview" tabIndex={0}>
              {preview?.text ?? ''}
            </pre>
          </section>
        </div>
        {running && job && (
          <div className="export-dialog__progress" role="status">
            <progress max={1} value={job.progress.fraction} aria-label={t('export.working', { percent: Math.round(job.progress.fraction * 100) })} />
            <span>{t('export.working', { percent: Math.round(job.progress.fraction * 100) })}</span>
          </div>
        )}
        {message && (
          <p className="export-dialog__message" role="status" data-testid="export-message">
            {message}
          </p>
        )}
        {error && (
          <p className="export-dialog__error" role="alert">
            {error}
          </p>
        )}
        <footer className="export-dialog__actions">
          {running ? (
            <button type="button" className="export-button" onClick={cancel} data-testid="export-cancel">
              {t('export.cancel')}
            </button>
          ) : (
            <>
              <button type="button" className="export-button" onClick={() => dialogRef.current?.close()}>
                {t('export.close')}
              </button>
              <button
                type="button"
                className="export-button export-button--primary"
                disabled={!scopeValid || preview === null}
                onClick={() => void start(preview?.canSave ? 'save' : 'download')}
                data-testid="export-save"
              >
                {preview?.canSave ? t('export.save') : t('export.download')}
              </button>
            </>
          )}
        </footer>
      </form>
    </dialog>
  );
}
