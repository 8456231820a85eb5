/** Reads and writes the window state file in userData; a missing or damaged file simply means the default window. */
import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restoreWindowState, type Rectangle, type WindowState } from './windowState.js';

/** The file's name inside Electron's userData folder. */
export const windowStateFileName = 'window-state.json';

/** Largest state file read; a real one is under 100 bytes. */
const maximumFileBytes = 4096;

/** The state to open with, from `<folder>/window-state.json` (or the default when it is missing, too big or malformed). */
export async function loadWindowState(folder: string, workAreas: readonly Rectangle[]): Promise<WindowState> {
  const text = await readFile(join(folder, windowStateFileName), 'utf8').catch(() => null);
  let saved: unknown;
  try {
    saved = text !== null && text.length <= maximumFileBytes ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  return restoreWindowState(saved, workAreas);
}

/**
 * Saves `state` whole (a temp file, then a rename), so a crash leaves the old file or the new one.
 * Synchronous on purpose: it runs as the window closes, and the app may quit right after.
 */
export function saveWindowState(folder: string, state: WindowState): void {
  const file = join(folder, windowStateFileName);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}
