/** Rolling copies of the user's data file in `<dataDir>/backups/`, so a damaged file can be replaced by the newest good copy. */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultBackupPolicy, selectBackupsToKeep, type BackupPolicy } from '../../core/storage/selectBackupsToKeep.js';
import { upgradeUserData } from '../../core/storage/userData.js';
import { writeFileDurably } from './durableJsonFile.js';

/** Name of the backup folder inside the data folder. */
export const backupFolderName = 'backups';

const pattern = /^werkplaats-reader-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?(?:-([a-z0-9-]+?))?\.json$/;

/** A backup file found on disk. */
export interface BackupFile {
  name: string;
  path: string;
  time: Date;
  /** Label given when taken, such as `voor-migratie-v1`. */
  label: string | null;
}

const stampOf = (time: Date) => time.toISOString().replace(/[:.]/g, '-');
const timeOf = (stamp: string) => new Date(stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z'));

/** The backups of one data folder: taking, listing, pruning and finding the newest readable one. */
export class UserDataBackups {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
    private readonly policy: BackupPolicy = defaultBackupPolicy,
  ) {}

  /** Every backup in the folder, newest first. */
  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .flatMap((name) => {
        const match = pattern.exec(name);
        return match ? [{ name, path: join(this.folder, name), time: timeOf(match[1]!), label: match[3] ?? null, sequence: Number(match[2] ?? 0) }] : [];
      })
      .sort((a, b) => b.time.getTime() - a.time.getTime() || b.sequence - a.sequence)
      .map(({ sequence: _sequence, ...backup }) => backup);
  }

  /**
   * Writes `content` (file bytes, or data to serialize) as a new backup, durably, and prunes old ones.
   * Backups labelled `voor-migratie-…` are never pruned. Returns the new backup's path.
   */
  async save(content: unknown, label?: string): Promise<string> {
    const existing = new Set((await this.list()).map((backup) => backup.name));
    const stamp = stampOf(this.now());
    let name = `werkplaats-reader-${stamp}${label ? `-${label}` : ''}.json`;
    for (let sequence = 1; existing.has(name); sequence += 1) name = `werkplaats-reader-${stamp}-${sequence}${label ? `-${label}` : ''}.json`;
    const bytes = typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content) ?? 'null';
    const path = join(this.folder, name);
    await writeFileDurably(path, bytes);
    await this.prune();
    return path;
  }

  /** Backs up the file at `path` unless the newest backup already holds the same bytes; true when one was taken. */
  async saveCopyOf(path: string): Promise<boolean> {
    const bytes = await readFile(path);
    const newest = (await this.list())[0];
    if (newest !== undefined) {
      const previous = await readFile(newest.path).catch(() => null);
      if (previous !== null && previous.equals(bytes)) return false;
    }
    await this.save(bytes);
    return true;
  }

  /** Deletes backups outside the policy (the last few, one per day, and all pre-migration copies stay). */
  async prune(): Promise<void> {
    const backups = await this.list();
    const keep = selectBackupsToKeep(
      backups.map((backup) => ({ name: backup.name, time: backup.time, pinned: backup.label?.startsWith('voor-migratie') ?? false })),
      this.now(),
      this.policy,
    );
    await Promise.all(backups.filter((backup) => !keep.has(backup.name)).map((backup) => unlink(backup.path).catch(() => undefined)));
  }

  /** The newest backup that parses and passes the data checks, with its bytes; null when there is none. */
  async newestGood(): Promise<(BackupFile & { text: string }) | null> {
    for (const backup of await this.list()) {
      try {
        const text = await readFile(backup.path, 'utf8');
        upgradeUserData(JSON.parse(text));
        return { ...backup, text };
      } catch {
        // A damaged backup is skipped and left where it is.
      }
    }
    return null;
  }
}
