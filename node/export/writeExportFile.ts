/** Why: an export lands on disk whole or not at all, and a path that cannot be written gets a sentence, not a stack trace. */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file could not be written; the message names the path and why. */
export class ExportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

/** Bytes of an export's content: text as UTF-8. */
export function exportBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/**
 * Writes `content` to `path` through a temp file in the same folder, fsynced and renamed, so a crash
 * leaves the old file or the new one, never half of one. The folder must exist; `path` must not be a folder.
 */
export async function writeExportFile(path: string, content: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  try {
    const folderStat = await stat(folder);
    if (!folderStat.isDirectory()) throw new ExportWriteError(`Kan niet schrijven naar ${path}: ${folder} is geen map.`);
    await access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof ExportWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportWriteError(code === 'ENOENT' ? `Kan niet schrijven naar ${path}: de map ${folder} bestaat niet.` : `Kan niet schrijven naar ${path}: geen schrijfrechten in ${folder}.`);
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new ExportWriteError(`Kan niet schrijven naar ${path}: dat is een map. Geef een bestandsnaam op.`);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(exportBytes(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new ExportWriteError(`Kan niet schrijven naar ${path}: ${(error as Error).message}`);
  }
}
