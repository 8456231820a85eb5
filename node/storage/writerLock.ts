/** One writer per data folder: the app and the web host each keep the data in memory, so two writers would erase each other's changes. */
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive } from './durableJsonFile.js';

/** File in the data folder that names the process allowed to write. */
export const writerLockFileName = 'werkplaats-reader.lock';

const held = new Set<string>();

function releaseOnExit(lock: string): void {
  if (held.has(lock)) return;
  held.add(lock);
  process.once('exit', () => {
    try {
      if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
    } catch {
      // Already gone: nothing to release.
    }
  });
}

/**
 * Takes the writer lock of `dataDir` for this process. Returns null when this process holds it (also when it
 * already did), or the id of the live process that holds it. A lock left by a process that no longer runs is taken over.
 */
export async function takeWriterLock(dataDir: string): Promise<number | null> {
  const lock = join(dataDir, writerLockFileName);
  await mkdir(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      releaseOnExit(lock);
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (holder === process.pid) return null;
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return holder;
    await unlink(lock).catch(() => undefined);
  }
  return -1;
}
