/**
 * Opens the user's data in a data folder: one writer at a time, every record checked on load, records that
 * fail set apart in a quarantine file, and a damaged file moved aside (never overwritten) and rebuilt from the
 * newest good backup plus whatever whole records it still holds.
 */
import { access, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Memory } from 'lowdb';
import { ApiError, type ReadOnlyReason } from '../../common/apiError.js';
import type { RecordCounts, StartupNotice } from '../../common/startupNotice.js';
import type { QuarantinedRecord } from '../../core/storage/cleanUserData.js';
import { recoverFromDamage, type RecoveryReport } from '../../core/storage/salvageDamagedFile.js';
import { defaultBackupPolicy, type BackupPolicy } from '../../core/storage/selectBackupsToKeep.js';
import { emptyUserData, upgradeUserData, UserDataError, type UserData } from '../../core/storage/userData.js';
import { openUserDataStore, type ReadingStates, type UserDataStore, type UserDataStoreOptions } from '../../core/storage/userDataStore.js';
import { cleanReadingStates } from '../../core/storage/cleanUserData.js';
import { createCachedJsonSerializer } from './cachedJsonSerializer.js';
import { CorruptFileError, DurableJsonFile, removeStaleTemporaries, writeFileDurably } from './durableJsonFile.js';
import { backupFolderName, UserDataBackups } from './userDataBackups.js';
import { takeWriterLock, type LiveHolder, type ProcessProbe, type WriterLock } from './writerLock.js';

/** File name of the user's database inside the data folder. */
export const userDataFileName = 'werkplaats-reader.json';
/** File name of the reading positions, kept apart so that saving one rewrites only a few hundred bytes. */
export const readingFileName = 'reading-state.json';
/** Start of the name of a quarantine file: records set apart when the data was opened. */
export const quarantineFilePrefix = 'werkplaats-reader.quarantine-';

export interface OpenedUserData {
  store: UserDataStore;
  /** What happened while opening, as codes the UI and the CLI put in words (records set apart, a backup restored, read-only mode). */
  notices: StartupNotice[];
  /** The data folder's backups; null when opened only for reading. */
  backups: UserDataBackups | null;
  /** True when the file could not be read and, opened only for reading, was left as it was (the data shown is empty). */
  damaged?: boolean;
  /** The live process that holds the writer lock, when that made this read-only; the user may take it over. */
  lockHolder?: LiveHolder;
}

export interface OpenUserDataOptions {
  /** Only read: take no writer lock, never repair, migrate or quarantine anything (the CLI). */
  readOnly?: boolean;
  /** Take the writer lock even from a live holder (the user chose to, from the read-only banner). */
  takeOver?: boolean;
  /** Current time; names backups, quarantine and moved-aside files. */
  now?: () => Date;
  /** Least time between backups taken after writes during a session; default 10 minutes. */
  backupIntervalMs?: number;
  /** Which backups to keep; default the last 5 plus one per day for 30 days. */
  backupPolicy?: BackupPolicy;
  /** How processes are checked for the writer lock; tests pass a fake. */
  probe?: ProcessProbe;
}

const exists = (path: string) => access(path).then(
  () => true,
  () => false,
);

const stampOf = (time: Date) => time.toISOString().replace(/[:.]/g, '-');

/** A data file adapter that writes only while this process still holds the writer lock. */
class GuardedJsonFile extends DurableJsonFile<unknown> {
  constructor(
    path: string,
    private readonly lock: WriterLock,
    serialize?: (data: unknown) => string | readonly Uint8Array[],
  ) {
    super(path, serialize);
  }

  override async write(data: unknown): Promise<void> {
    if (!(await this.lock.stillHeld())) throw new ApiError('read-only', { reason: 'taken-over' });
    await super.write(data);
  }
}

/** The main data file adapter that, after a successful write, also takes a backup when the last one is old enough. */
class BackedUpJsonFile extends GuardedJsonFile {
  lastBackup = 0;

  constructor(
    path: string,
    lock: WriterLock,
    private readonly backups: UserDataBackups,
    private readonly intervalMs: number,
    private readonly now: () => Date,
  ) {
    super(path, lock, createCachedJsonSerializer());
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
  const stamp = stampOf(now);
  let aside = `${path}.corrupt-${stamp}`;
  for (let sequence = 1; await exists(aside); sequence += 1) aside = `${path}.corrupt-${stamp}-${sequence}`;
  await rename(path, aside);
  return aside;
}

/** Writes records set apart to a new quarantine file beside the data, durably; returns its path. */
async function writeQuarantine(dataDir: string, records: readonly QuarantinedRecord[], now: Date, source: string): Promise<string> {
  const stamp = stampOf(now);
  let path = join(dataDir, `${quarantineFilePrefix}${stamp}.json`);
  for (let sequence = 1; await exists(path); sequence += 1) path = join(dataDir, `${quarantineFilePrefix}${stamp}-${sequence}.json`);
  await writeFileDurably(path, JSON.stringify({ format: 1, source, time: now.toISOString(), records }, null, 2));
  return path;
}

/** How many records of each kind, for a notice. */
function countsOf(records: readonly QuarantinedRecord[]): RecordCounts {
  const count = (prefix: string) => records.filter((record) => record.place.startsWith(prefix)).length;
  const annotations = count('annotations');
  const notes = count('notebook');
  const positions = count('readingStates') + count('readingFile');
  return { annotations, notes, positions, other: records.length - annotations - notes - positions };
}

/** The notices for records set apart on opening: how many, and in which file (`where` is null when nothing was written). */
export function quarantineNotices(records: readonly QuarantinedRecord[], where: string | null, dataFile: string): StartupNotice[] {
  const removed = records.filter((record) => record.action === 'removed');
  const cleaned = records.filter((record) => record.action === 'cleaned');
  const notices: StartupNotice[] = [];
  if (removed.length > 0) {
    notices.push(
      where === null
        ? { code: 'records-skipped', params: { ...countsOf(removed), file: basename(dataFile) }, folder: dirname(dataFile) }
        : { code: 'records-set-apart', params: { ...countsOf(removed), file: basename(where) }, folder: dirname(where) },
    );
  }
  if (cleaned.length > 0) {
    notices.push({ code: 'records-cleaned', params: { ...countsOf(cleaned), file: where === null ? '' : basename(where) }, folder: dirname(where ?? dataFile) });
  }
  return notices;
}

/** The notice after rebuilding a damaged file. */
function recoveryNotice(aside: string, backup: { name: string; time: Date } | null, report: RecoveryReport, quarantine: string | null): StartupNotice {
  return {
    code: 'data-recovered',
    params: {
      file: basename(aside),
      backupFile: backup?.name ?? '',
      backupTime: backup?.time.toISOString() ?? '',
      annotations: report.annotations,
      notes: report.notebook,
      positions: report.readingStates,
      unreadableParts: report.unreadable.length,
      unreadableCharacters: report.unreadable.reduce((sum, part) => sum + part.end - part.start, 0),
      quarantineFile: quarantine === null ? '' : basename(quarantine),
    },
    folder: dirname(aside),
  };
}

/** Opens the data without writing anything: no lock, no repair, migration or quarantine written. */
async function openForReading(dataDir: string, notices: StartupNotice[], reason: ReadOnlyReason): Promise<OpenedUserData> {
  const path = join(dataDir, userDataFileName);
  const readingPath = join(dataDir, readingFileName);
  const options: UserDataStoreOptions = { readOnly: true, readOnlyReason: reason, readingAdapter: new DurableJsonFile(readingPath) };
  for (;;) {
    try {
      const store = await openUserDataStore(new DurableJsonFile(path), options);
      notices.push(...quarantineNotices(store.quarantined, null, path));
      return { store, notices, backups: null };
    } catch (error) {
      if (error instanceof CorruptFileError && error.path === readingPath && !(options.readingAdapter instanceof Memory)) {
        notices.push({ code: 'reading-positions-skipped', params: {} });
        options.readingAdapter = new Memory();
        continue;
      }
      if (!(error instanceof CorruptFileError || error instanceof UserDataError)) throw error;
      notices.push({ code: 'data-damaged-read-only', params: {} });
      return { store: await openUserDataStore(new Memory(), { readOnly: true, readOnlyReason: reason }), notices, backups: null, damaged: true };
    }
  }
}

/** Reads the newest good backup as clean data, with the reading positions an older backup still held. */
async function backupData(backups: UserDataBackups): Promise<{ backup: { name: string; time: Date } | null; data: UserData; readingStates: ReadingStates }> {
  const backup = await backups.newestGood();
  if (backup === null) return { backup: null, data: emptyUserData(), readingStates: {} };
  const upgraded = upgradeUserData(JSON.parse(backup.text));
  return { backup, data: upgraded.data, readingStates: cleanReadingStates(upgraded.legacyReadingStates).states };
}

/**
 * Opens (or creates) the data in `dataDir`. Every record is checked on load; those that fail are written to a
 * quarantine file beside the data and left out, and `notices` says how many and where. A main file that cannot
 * be read is moved aside, never overwritten, and rebuilt from the newest good backup plus every whole record
 * of the damaged file that is newer. Older schemas are migrated after a backup. While another live process
 * holds the writer lock the data opens read-only, with `lockHolder` set; `takeOver` takes the lock anyway.
 */
export async function openUserData(dataDir: string, options: OpenUserDataOptions = {}): Promise<OpenedUserData> {
  const { now = () => new Date(), backupIntervalMs = 10 * 60 * 1000, backupPolicy = defaultBackupPolicy, readOnly: onlyReading = false } = options;
  const path = join(dataDir, userDataFileName);
  const readingPath = join(dataDir, readingFileName);
  const notices: StartupNotice[] = [];
  if (onlyReading) return openForReading(dataDir, notices, 'read-only');
  const attempt = await takeWriterLock(dataDir, { force: options.takeOver === true, ...(options.probe ? { probe: options.probe } : {}) });
  if (attempt.movedAside !== null) notices.push({ code: 'lock-folder-moved', params: { file: basename(attempt.movedAside) }, folder: dirname(attempt.movedAside) });
  if (attempt.lock === null) {
    const { holder } = attempt;
    notices.push({ code: 'opened-elsewhere', params: { host: holder.otherHost ? holder.host : '', pid: holder.otherHost ? 0 : Math.max(holder.pid, 0) } });
    const opened = await openForReading(dataDir, notices, 'opened-elsewhere');
    return { ...opened, lockHolder: holder };
  }
  const { lock } = attempt;
  const backups = new UserDataBackups(join(dataDir, backupFolderName), now, backupPolicy);
  const file = new BackedUpJsonFile(path, lock, backups, backupIntervalMs, now);
  let quarantinePath: string | null = null;
  const storeOptions: UserDataStoreOptions = {
    readingAdapter: new GuardedJsonFile(readingPath, lock),
    beforeMigrate: async (original, fromVersion) => void (await backups.save(original, `voor-migratie-v${fromVersion}`)),
    quarantine: async (records) => {
      // The file as it was is backed up too, so the quarantine is never the only copy of a record.
      if (await exists(path)) await backups.saveCopyOf(path);
      quarantinePath = await writeQuarantine(dataDir, records, now(), path);
    },
  };
  await removeStaleTemporaries(dataDir);
  await removeStaleTemporaries(backups.folder);

  let store: UserDataStore | null = null;
  let recovered = null as { readingStates: ReadingStates } | null;
  while (store === null) {
    try {
      store = await openUserDataStore(file, storeOptions);
    } catch (error) {
      if (error instanceof CorruptFileError && error.path === readingPath) {
        const text = await readFile(readingPath, 'utf8');
        const aside = await moveAside(readingPath, now());
        const { readingStates } = recoverFromDamage(text, emptyUserData());
        recovered = { readingStates: { ...recovered?.readingStates, ...readingStates } };
        notices.push({ code: 'reading-positions-recovered', params: { file: basename(aside), count: Object.keys(readingStates).length }, folder: dirname(aside) });
        continue;
      }
      if (!(error instanceof CorruptFileError || error instanceof UserDataError)) throw error;
      const damaged = await readFile(path);
      const aside = await moveAside(path, now());
      const { backup, data, readingStates } = await backupData(backups);
      const recovery = recoverFromDamage(damaged.toString('utf8'), data, readingStates);
      const unreadable = recovery.report.unreadable;
      const quarantine =
        unreadable.length > 0
          ? await writeQuarantine(
              dataDir,
              unreadable.map((part) => ({ place: `tekens ${part.start}–${part.end}`, reason: 'onleesbaar', action: 'removed' as const, record: part.text })),
              now(),
              aside,
            )
          : null;
      await writeFileDurably(path, JSON.stringify(recovery.data));
      recovered = { readingStates: { ...recovered?.readingStates, ...recovery.readingStates } };
      notices.push(recoveryNotice(aside, backup, recovery.report, quarantine));
    }
  }
  if (recovered !== null && Object.keys(recovered.readingStates).length > 0 && !store.readOnly) {
    const extra = recovered.readingStates;
    await store.updateReadingStates((states) => {
      for (const [docId, state] of Object.entries(extra)) if (!(docId in states) || states[docId]!.updatedAt < state.updatedAt) states[docId] = state;
    });
  }
  notices.push(...quarantineNotices(store.quarantined, quarantinePath, path));

  if (store.readOnly) {
    notices.push({ code: 'newer-version', params: {} });
  } else if (await exists(path)) {
    await backups.saveCopyOf(path);
    file.lastBackup = now().getTime();
  }
  return { store, notices, backups };
}
