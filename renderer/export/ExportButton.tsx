/** A small "Exporteren…" button that opens the export dialog with its place's scope. */
import type { ExportScope } from '../../core/export/exportOptions.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { openExportDialog } from './openExportDialog.js';
import './export.css';

export function ExportButton({ scope, className }: { scope: ExportScope; className?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className={`export-open${className ? ` ${className}` : ''}`} onClick={() => openExportDialog(scope)} aria-keyshortcuts="Control+Shift+E" title={t('export.shortcut')} data-testid="export-open">
      {t('export.open')}
    </button>
  );
}
