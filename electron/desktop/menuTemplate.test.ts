import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { parseAppCommand, type AppCommand } from '../../core/api/appCommand.js';
import { buildMenuTemplate, menuLabels, menuLanguage } from './menuTemplate.js';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(language: 'nl' | 'en', platform: NodeJS.Platform) {
  const sent: AppCommand[] = [];
  const template = buildMenuTemplate({ language, platform, send: (command) => sent.push(command) });
  return { template, items: flatten(template), sent };
}

describe('buildMenuTemplate', () => {
  it.each([
    ['nl', 'Bestand', 'Importeren…', 'Exporteren…', 'Zoeken', 'Zoeken in document', 'Sneltoetsen'],
    ['en', 'File', 'Import…', 'Export…', 'Search', 'Find in document', 'Keyboard shortcuts'],
  ] as const)('speaks %s', (language, ...labels) => {
    const { items } = build(language, 'linux');
    const shown = items.map((item) => item.label).filter(Boolean);
    for (const label of labels) expect(shown).toContain(label);
  });

  it('has the same items in both languages, every one labelled or given a role', () => {
    const dutch = build('nl', 'linux').items;
    const english = build('en', 'linux').items;
    expect(dutch.map((item) => item.role ?? item.type ?? 'command')).toEqual(english.map((item) => item.role ?? item.type ?? 'command'));
    for (const item of dutch) expect(Boolean(item.label || item.role || item.type === 'separator')).toBe(true);
    expect(Object.keys(menuLabels.nl).sort()).toEqual(Object.keys(menuLabels.en).sort());
  });

  it('uses the standard roles for editing, view and window', () => {
    const roles = build('nl', 'linux').items.map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'windowMenu', 'quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) expect(roles).toContain(role);
    const mac = build('en', 'darwin');
    expect(mac.template[0]!.role).toBe('appMenu');
    expect(mac.items.map((item) => item.role)).toContain('close');
  });

  it('offers no reload and no developer tools', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const roles = build('en', platform).items.map((item) => item.role);
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      expect(roles).not.toContain('toggleDevTools');
    }
  });

  it('sends a valid command for each of the app’s own items, with its shortcut', () => {
    const { items, sent } = build('nl', 'win32');
    const own = items.filter((item) => item.click);
    for (const item of own) (item.click as () => void)();
    expect(sent.map((command) => command.name)).toEqual(['import', 'export', 'search', 'find', 'help']);
    for (const command of sent) expect(parseAppCommand(command)).toEqual(command);
    expect(own.map((item) => item.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+E', 'CmdOrCtrl+K', 'CmdOrCtrl+F', 'F1']);
  });
});

describe('menuLanguage', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['NL', 'nl'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(menuLanguage(locale)).toBe(language);
  });
});
