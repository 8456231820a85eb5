/** A lowdb adapter that survives power loss: lowdb's own writer renames without fsync, this one does not. */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Thrown when the file exists but is not valid JSON. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`Het bestand ${path} is beschadigd en kan niet worden gelezen.`, { cause });
    this.name = 'CorruptFileError';
  }
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads and writes one JSON file: temp file, fsync, rename, fsync of the folder. */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CorruptFileError(this.path, error);
    }
  }

  async write(data: T): Promise<void> {
    const folder = dirname(this.path);
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${basename(this.path)}.${process.pid}.tmp`);
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(data, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
    // Directory fsync makes the rename itself durable; Windows cannot open folders, and does not need it.
    if (process.platform !== 'win32') await fsyncPath(folder, 'r');
  }
}
