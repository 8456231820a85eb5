/** The export feature's surface for other features: the dialog host, a button that opens it, and the opener. */
export { ExportDialogHost } from './ExportDialog.js';
export { ExportButton } from './ExportButton.js';
export { openExportDialog } from './openExportDialog.js';
