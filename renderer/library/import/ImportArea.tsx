/**
 * The library's import: a button and dropping files anywhere on the library. Pages (.txt, .md, .html, .pdf) are imported
 * one by one with a clear refusal per file; an annotation file (.json) opens the preview dialog first, and a reading-route
 * pack (.json too) is handed to the routes view's preview.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LayerSummary } from '../../../core/annotations/layerMethods.js';
import { call, describeError } from '../../api/client.js';
import { useI18n } from '../../i18n/LanguageContext.js';
import { looksLikeRoutePack, offerRoutePack } from '../../readingRoutes/index.js';
import { useImportRequest } from './importRequest.js';
import { LayerList } from './LayerList.js';
import { NotesImportDialog } from './NotesImportDialog.js';
import { counts, isAnnotationFile, readAsBase64, refusalReasons } from './readFileForImport.js';
import './import.css';

interface Message {
  text: string;
  reasons?: string[];
  error?: boolean;
}

export function ImportArea({ onImported, children }: { onImported(): void; children: ReactNode }) {
  const { t, language } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<Message[]>([]);
  const [notesFile, setNotesFile] = useState<{ fileName: string; content: string } | null>(null);
  const [layers, setLayers] = useState<LayerSummary[]>([]);

  // From the desktop menu: the file picker, if the page may open it without a click; else the focused button, one Enter away.
  useImportRequest(() => {
    button.current?.focus();
    try {
      picker.current?.showPicker();
    } catch {
      // Without a user's click or key the browser refuses to open a picker; the focused button stays.
    }
  });

  const loadLayers = useCallback(() => void call('listLayers', {}).then(setLayers, () => setLayers([])), []);
  useEffect(loadLayers, [loadLayers]);

  async function importFiles(files: readonly File[]) {
    const results: Message[] = [];
    setBusy(true);
    for (const file of files) {
      if (isAnnotationFile(file)) {
        const content = await file.text();
        // A reading-route pack is JSON too: it goes to the routes view, which previews it, instead of the notes import.
        if (looksLikeRoutePack(content)) offerRoutePack({ file: file.name, content });
        else setNotesFile({ fileName: file.name, content });
        continue;
      }
      try {
        const summary = await call('importPage', { fileName: file.name, data: await readAsBase64(file) });
        results.push({ text: t('import.pageAdded', { title: summary.title }) });
      } catch (error) {
        results.push({ text: t('import.refused', { file: file.name }), reasons: refusalReasons(error, language) ?? [describeError(error, language)], error: true });
      }
    }
    setBusy(false);
    setMessages(results);
    if (results.some((result) => !result.error)) onImported();
  }

  return (
    <div
      className={`import-area${dragging ? ' import-area--dragging' : ''}`}
      data-testid="import-area"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void importFiles([...event.dataTransfer.files]);
      }}
    >
      <div className="import-bar">
        <button ref={button} type="button" className="button" onClick={() => picker.current?.click()} disabled={busy} data-testid="import-button">
          {t('import.button')}
        </button>
        <p className="import-bar__hint">{busy ? t('import.busy') : t('import.hint')}</p>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept=".txt,.md,.markdown,.html,.htm,.pdf,.json,.jsonld"
          data-testid="import-input"
          onChange={(event) => {
            void importFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite" className="import-messages" data-testid="import-messages">
        {messages.map((message, index) => (
          <div key={index} className={`import-message${message.error ? ' import-message--error' : ''}`}>
            <p>{message.text}</p>
            {message.reasons && (
              <ul>
                {message.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <LayerList layers={layers} onChanged={loadLayers} />
      {children}
      {dragging && <div className="import-area__drop" aria-hidden="true">{t('import.dropHere')}</div>}
      {notesFile && (
        <NotesImportDialog
          fileName={notesFile.fileName}
          content={notesFile.content}
          onClose={(report) => {
            setNotesFile(null);
            if (report) {
              setMessages([{ text: t('import.notes.done', { summary: t('import.notes.summary', counts(report)) }) }]);
              loadLayers();
            }
          }}
        />
      )}
    </div>
  );
}
