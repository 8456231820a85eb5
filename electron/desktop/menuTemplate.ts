/** The native menu as plain data, in Dutch or English, so it can be tested without Electron. */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../core/api/appCommand.js';

export type MenuLanguage = 'nl' | 'en';

/** Every label the menu shows, per language. */
export const menuLabels = {
  nl: {
    file: 'Bestand',
    import: 'Importeren…',
    export: 'Exporteren…',
    edit: 'Bewerken',
    search: 'Zoeken',
    find: 'Zoeken in document',
    view: 'Beeld',
    window: 'Venster',
    help: 'Help',
    shortcuts: 'Sneltoetsen',
  },
  en: {
    file: 'File',
    import: 'Import…',
    export: 'Export…',
    edit: 'Edit',
    search: 'Search',
    find: 'Find in document',
    view: 'View',
    window: 'Window',
    help: 'Help',
    shortcuts: 'Keyboard shortcuts',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

/** The menu language for an OS locale: Dutch for `nl*`, English otherwise. */
export function menuLanguage(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export interface MenuTemplateOptions {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  /** Sends a command to the page of the focused window. */
  send(command: AppCommand): void;
}

/**
 * The application menu: the platform's standard roles (app menu on macOS, edit, view, window) with the
 * app's own commands among them. Roles give native labels, shortcuts and behaviour in the OS language.
 */
export function buildMenuTemplate({ language, platform, send }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const labels = menuLabels[language];
  const mac = platform === 'darwin';
  const command = (label: string, accelerator: string | undefined, message: AppCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(message),
  });
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        command(labels.import, 'CmdOrCtrl+O', { name: 'import', path: null }),
        command(labels.export, 'CmdOrCtrl+E', { name: 'export' }),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command(labels.search, 'CmdOrCtrl+K', { name: 'search' }),
        command(labels.find, 'CmdOrCtrl+F', { name: 'find' }),
      ],
    },
    {
      label: labels.view,
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: labels.window, role: 'windowMenu' },
    {
      label: labels.help,
      role: 'help',
      submenu: [command(labels.shortcuts, 'F1', { name: 'help' })],
    },
  ];
}
