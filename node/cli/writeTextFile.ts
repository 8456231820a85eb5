/** Why: a file the CLI writes appears whole or not at all, and an unwritable path is a clear message, not a stack trace. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { CliFailure } from './callApi.js';

/** Writes `content` to `path` through a temporary file beside it and a rename. */
export async function writeTextFile(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFailure(`Kan niet schrijven naar ${path}: ${(error as NodeJS.ErrnoException).code ?? 'onbekende fout'}.`, 2);
  }
}
