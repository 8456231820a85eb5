/** Saves a route as a syllabus or a student's hand-in in the chosen format, made on the app side by the export code. */
import { useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { downloadText } from './routeData.js';

const formats = ['docx', 'pdf', 'md', 'html'] as const;

export function HandoutExport({ routeId, kind }: { routeId: string; kind: 'syllabus' | 'answers' }) {
  const { t, language } = useI18n();
  const [format, setFormat] = useState<(typeof formats)[number]>('docx');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      const file = await call('exportRoute', { id: routeId, kind, format, language });
      downloadText(file.content, file.fileName, file.mimeType, file.encoding);
      setMessage({ text: t('handout.saved', { file: file.fileName }), error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
    setBusy(false);
  }
  return (
    <div className="route-handout" data-testid={`route-handout-${kind}`}>
      <label>
        {t('handout.format')}
        <select value={format} onChange={(event) => setFormat(event.target.value as (typeof formats)[number])}>
          {formats.map((value) => (
            <option key={value} value={value}>
              {t(`handout.format.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="routes-button" onClick={() => void save()} disabled={busy}>
        {t(kind === 'answers' ? 'handout.answers' : 'handout.syllabus')}
      </button>
      {message && (
        <p className={message.error ? 'routes-message routes-message--error' : 'route-handout__saved'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
