/** Why: the annotations panel, the overview, the notebook and a shortcut all open the one export dialog, each with its own starting scope, without knowing where it lives. */
import type { ExportScope } from '../../core/export/exportOptions.js';

const eventName = 'werkplaats:open-export';

/** Opens the export dialog with `scope` chosen (default: everything). */
export function openExportDialog(scope: ExportScope = { kind: 'all' }): void {
  window.dispatchEvent(new CustomEvent<ExportScope>(eventName, { detail: scope }));
}

/** Calls `listener` whenever something asks for the export dialog; returns the unsubscribe. */
export function onOpenExportDialog(listener: (scope: ExportScope) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<ExportScope>).detail);
  window.addEventListener(eventName, handler);
  return () => window.removeEventListener(eventName, handler);
}
