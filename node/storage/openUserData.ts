/** Opens the user's data file in a data folder, moving a corrupt file aside and restoring the newest good backup instead of overwriting it. */
import { access, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { openUserDataStore, type UserDataStore } from '../../core/storage/userDataStore.js';
import { UserDataError } from '../../core/storage/userData.js';
import { defaultBackupPolicy, type BackupPolicy } from '../../core/storage/selectBackupsToKeep.js';
import { createCachedJsonSerializer } from './cachedJsonSerializer.js';
import { CorruptFileError, DurableJsonFile, removeStaleTemporaries, writeFileDurably } from './durableJsonFile.js';
import { backupFolderName, UserDataBackups } from './userDataBackups.js';
import { takeWriterLock } from './writerLock.js';
import { Memory } from 'lowdb';

/** File name of the user's database inside the data folder. */
export const userDataFileName = 'werkplaats-reader.json';

export interface OpenedUserData {
  store: UserDataStore;
  /** Sentences for the user about what happened while opening (a corrupt file moved aside, a backup restored, read-only mode). */
  notices: string[];
  /** The data folder's backups; null when opened only for reading. */
  backups: UserDataBackups | null;
  /** True when the file could not be read and, opened only for reading, was left as it was (the data shown is empty). */
  damaged?: boolean;
}

export interface OpenUserDataOptions {
  /** Only read: take no writer lock, never repair or migrate the file (the CLI). */
  readOnly?: boolean;
  /** Current time; names backups and moved-aside files. */
  now?: () => Date;
  /** Least time between backups taken after writes during a session; default 10 minutes. */
  backupIntervalMs?: number;
  /** Which backups to keep; default the last 5 plus one per day for 30 days. */
  backupPolicy?: BackupPolicy;
}

const exists = (path: string) => access(path).then(
  () => true,
  () => false,
);

/** The data file adapter that, after a successful write, also takes a backup when the last one is old enough. */
class BackedUpJsonFile extends DurableJsonFile<unknown> {
  lastBackup = 0;

  constructor(
    path: string,
    private readonly backups: UserDataBackups,
    private readonly intervalMs: number,
    private readonly now: () => Date,
  ) {
    super(path, createCachedJsonSerializer());
  }

  override async write(data: unknown): Promise<void> {
    await super.write(data);
    const time = this.now().getTime();
    if (time - this.lastBackup < this.intervalMs) return;
    this.lastBackup = time;
    // The write itself succeeded; a failed backup must not make it look as if it did not.
    await this.backups.save(data).catch(() => undefined);
  }
}

async function moveAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let aside = `${path}.corrupt-${stamp}`;
  for (let sequence = 1; await exists(aside); sequence += 1) aside = `${path}.corrupt-${stamp}-${sequence}`;
  await rename(path, aside);
  return aside;
}

/** Opens the file without writing anything: no lock, no repair, no migration written back. */
async function openForReading(path: string, notices: string[]): Promise<OpenedUserData> {
  try {
    return { store: await openUserDataStore(new DurableJsonFile(path), { readOnly: true, readOnlyReason: 'opened-elsewhere' }), notices, backups: null };
  } catch (error) {
    if (!(error instanceof CorruptFileError || error instanceof UserDataError)) throw error;
    notices.push('Je gegevensbestand is beschadigd. Open Werkplaats Reader om het te herstellen vanuit een reservekopie.');
    return { store: await openUserDataStore(new Memory(), { readOnly: true, readOnlyReason: 'opened-elsewhere' }), notices, backups: null, damaged: true };
  }
}

/**
 * Opens (or creates) the data file in `dataDir`. A file that cannot be read is moved aside, never
 * overwritten, and the newest good backup from `<dataDir>/backups/` is put in its place (or the app starts
 * empty when there is none); `notices` says what happened. Older schemas are migrated after a backup.
 */
export async function openUserData(dataDir: string, options: OpenUserDataOptions = {}): Promise<OpenedUserData> {
  const { now = () => new Date(), backupIntervalMs = 10 * 60 * 1000, backupPolicy = defaultBackupPolicy, readOnly: onlyReading = false } = options;
  const path = join(dataDir, userDataFileName);
  const notices: string[] = [];
  if (onlyReading) return openForReading(path, notices);
  const holder = await takeWriterLock(dataDir);
  if (holder !== null) {
    notices.push(
      `Werkplaats Reader heeft je gegevens al open in een ander venster of proces${holder > 0 ? ` (proces ${holder})` : ''}. Hier worden ze alleen gelezen, zodat geen van beide de wijzigingen van de ander overschrijft.`,
    );
    return openForReading(path, notices);
  }
  const backups = new UserDataBackups(join(dataDir, backupFolderName), now, backupPolicy);
  const file = new BackedUpJsonFile(path, backups, backupIntervalMs, now);
  const storeOptions = { beforeMigrate: async (original: unknown, fromVersion: number) => void (await backups.save(original, `voor-migratie-v${fromVersion}`)) };
  await removeStaleTemporaries(dataDir);
  await removeStaleTemporaries(backups.folder);

  let store: UserDataStore;
  try {
    store = await openUserDataStore(file, storeOptions);
  } catch (error) {
    if (!(error instanceof CorruptFileError || error instanceof UserDataError)) throw error;
    const aside = await moveAside(path, now());
    const backup = await backups.newestGood();
    if (backup === null) {
      notices.push(`Je gegevensbestand was beschadigd. Het is bewaard als ${aside} en de app begint met een leeg bestand.`);
    } else {
      await writeFileDurably(path, backup.text);
      notices.push(
        `Je gegevensbestand was beschadigd. Het is bewaard als ${aside}. De meest recente goede reservekopie (${backup.name}, van ${backup.time.toISOString()}) is teruggezet; wat je daarna hebt veranderd, staat alleen nog in het bewaarde bestand.`,
      );
    }
    store = await openUserDataStore(file, storeOptions);
  }

  if (store.readOnly) {
    notices.push('Je gegevens zijn gemaakt met een nieuwere versie van Werkplaats Reader. Ze worden alleen gelezen; werk de app bij om weer te kunnen opslaan.');
  } else if (await exists(path)) {
    await backups.saveCopyOf(path);
    file.lastBackup = now().getTime();
  }
  return { store, notices, backups };
}
