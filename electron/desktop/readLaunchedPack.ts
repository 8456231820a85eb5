/** Why: a reading-route pack opened from the file manager (command line or macOS open-file) reaches the page as text, read here in the shell, since the page reads no files. */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { looksLikeRoutePack, maxPackCharacters } from '../../common/readingRoutes/routePackFile.js';

/** Bytes a pack of `maxPackCharacters` characters can take at most in UTF-8. */
const maxPackBytes = maxPackCharacters * 4;

/**
 * The pack at `path` as name and text, or null when it is no pack: not a regular `.json` file, too large, not UTF-8 text,
 * or not saying it is a reading-route pack (then the usual file import handles it). Reads through one handle, so what was
 * checked is what is read. The page still previews the pack and the app checks it whole before anything is written.
 */
export async function readLaunchedPack(path: string): Promise<{ file: string; content: string } | null> {
  if (!/\.json$/i.test(path)) return null;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // A named pipe or device would block the open itself; only a regular file is opened at all.
    if (!(await stat(path)).isFile()) return null;
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxPackBytes) return null;
    const content = new TextDecoder('utf-8', { fatal: true }).decode(await handle.readFile());
    if (content.length === 0 || content.length > maxPackCharacters || !looksLikeRoutePack(content)) return null;
    return { file: basename(path).slice(0, 300), content };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
