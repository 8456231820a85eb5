/**
 * Commands the desktop shell sends to the page (menu items, a link or file handed over by a second launch),
 * checked on arrival by a small hand-written guard, so the preload that runs it stays free of zod.
 */

import { maxPackCharacters } from '../../common/readingRoutes/routePackFile.js';

/** Name of the one IPC channel on which the main process sends commands to the page. */
export const appCommandChannel = 'werkplaats:command';

/** Every command the shell may send; the page ignores names it does not handle yet. */
export type AppCommand =
  /** Open search (Ctrl+K). */
  | { name: 'search' }
  /** Find in the open document (Ctrl+F). */
  | { name: 'find' }
  /** Open the export dialog. */
  | { name: 'export' }
  /** Import; `path` is a file handed over by a second launch or the OS, else null (ask the user). */
  | { name: 'import'; path: string | null }
  /** Show the keyboard help overlay. */
  | { name: 'help' }
  /** Open a deep link: the document, at the annotation or section the fragment names. */
  | { name: 'open-link'; docId: string; fragment: string | null }
  /** Preview a reading-route pack the OS handed over (its file name and text, read by the shell); nothing is written until the user confirms. */
  | { name: 'open-route-pack'; file: string; content: string };

export type AppCommandName = AppCommand['name'];

const plainCommands = new Set(['search', 'find', 'export', 'help']);

function isText(value: unknown, maximum: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maximum;
}

function hasExactly(value: object, keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

/** The command in `value`, or null for anything that is not exactly one (unknown names and extra fields included). */
export function parseAppCommand(value: unknown): AppCommand | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const name = record.name;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(record, 'name')) return null;
  if (plainCommands.has(name)) return hasExactly(record, ['name']) ? ({ name } as AppCommand) : null;
  if (name === 'import') {
    const path = record.path;
    return hasExactly(record, ['name', 'path']) && (path === null || isText(path, 4096)) ? { name, path } : null;
  }
  if (name === 'open-link') {
    const { docId, fragment } = record;
    return hasExactly(record, ['name', 'docId', 'fragment']) && isText(docId, 200) && (fragment === null || isText(fragment, 200)) ? { name, docId, fragment } : null;
  }
  if (name === 'open-route-pack') {
    const { file, content } = record;
    return hasExactly(record, ['name', 'file', 'content']) && isText(file, 300) && isText(content, maxPackCharacters) ? { name, file, content } : null;
  }
  return null;
}
