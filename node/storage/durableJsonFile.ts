/** A lowdb adapter that survives power loss: lowdb's own writer renames without fsync, this one does not. */
import { mkdir, open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Thrown when the file exists but is not valid JSON, or holds only JSON `null` (which lowdb would take for a missing file). */
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

let writeCounter = 0;

/** Writes `chunks` in order with gathered writes, finishing whatever a partial write left. */
async function writeChunks(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  let position = 0;
  // Kernels cap one gathered write at IOV_MAX buffers, so write in slices below that.
  for (let first = 0; first < chunks.length; first += 1000) {
    const slice = chunks.slice(first, first + 1000);
    const expected = slice.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const { bytesWritten } = await handle.writev(slice as Uint8Array[], position);
    const rest = bytesWritten < expected ? Buffer.concat(slice).subarray(bytesWritten) : null;
    for (let done = 0; rest && done < rest.byteLength; ) {
      done += (await handle.write(rest, done, rest.byteLength - done, position + bytesWritten + done)).bytesWritten;
    }
    position += expected;
  }
}

/**
 * Replaces `path` with `content` atomically and durably: write a temp file beside it, fsync, rename over
 * the target, fsync the folder. A crash at any moment leaves either the old or the new file, whole.
 */
export async function writeFileDurably(path: string, content: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  writeCounter += 1;
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${writeCounter}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    if (Array.isArray(content)) await writeChunks(handle, content);
    else await handle.writeFile(content as string | Uint8Array);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // Directory fsync makes the rename itself durable; Windows cannot open folders, and does not need it.
  if (process.platform !== 'win32') await fsyncPath(folder, 'r');
}

/** Whether a process with this id runs (this one always does). */
export const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Deletes temp files that crashed writers left in `folder` (named `.<file>.<pid>.<n>.tmp` by
 * `writeFileDurably`), skipping those of processes still running; returns how many were removed.
 */
export async function removeStaleTemporaries(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const stale = names.filter((name) => {
    const match = /^\..+\.(\d+)\.\d+\.tmp$/.exec(name);
    return match !== null && !isAlive(Number(match[1]));
  });
  await Promise.all(stale.map((name) => unlink(join(folder, name)).catch(() => undefined)));
  return stale.length;
}

/** Reads and writes one JSON file: temp file, fsync, rename, fsync of the folder. */
export class DurableJsonFile<T> implements Adapter<T> {
  /** `serialize` defaults to compact `JSON.stringify`; the user's data uses a cached serializer. */
  constructor(
    readonly path: string,
    private readonly serialize: (data: T) => string | readonly Uint8Array[] = (data) => JSON.stringify(data),
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CorruptFileError(this.path, error);
    }
    if (value === null) throw new CorruptFileError(this.path, new Error('the file holds only null'));
    return value as T;
  }

  /** Writes compact JSON (no indentation: with thousands of annotations that halves the bytes to sync). */
  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, this.serialize(data));
  }
}
