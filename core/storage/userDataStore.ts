/** The user's data behind lowdb, reached only through adapters so the core never touches files; reading positions have their own small file. */
import { Low, Memory, type Adapter } from 'lowdb';
import { ApiError, type ReadOnlyReason } from '../../common/apiError.js';
import type { ReadingState } from '../reading/readingState.js';
import { cleanReadingFile, cleanReadingStates, readingFileVersion, type QuarantinedRecord } from './cleanUserData.js';
import { currentSchemaVersion, emptyUserData, upgradeUserData, type UserData } from './userData.js';

/** Reading positions per document id. */
export type ReadingStates = Record<string, ReadingState>;

/** Reads and writes the user's data; writes are applied one after another. */
export interface UserDataStore {
  /** The current data; treat as read-only and change it through `update`. */
  readonly data: UserData;
  /** The reading position per document id; treat as read-only and change it through `updateReadingStates`. */
  readonly readingStates: Readonly<ReadingStates>;
  /** True when the data can be read but not saved (a newer app wrote it, or another process holds it). */
  readonly readOnly: boolean;
  /** The schema version the file had when it was migrated on opening, or null when no migration ran. */
  readonly migratedFrom: number | null;
  /** Records that failed their checks or were cleaned when the data was opened (see `cleanCollections`). */
  readonly quarantined: readonly QuarantinedRecord[];
  /** Applies `change` and persists it; resolves once the write is durable. */
  update(change: (data: UserData) => void): Promise<void>;
  /** Applies `change` to the reading positions and persists only them, in their own small file. */
  updateReadingStates(change: (states: ReadingStates) => void): Promise<void>;
}

export interface UserDataStoreOptions {
  /** Open for reading only (another process holds the data, or the caller only reads). */
  readOnly?: boolean;
  /** Why it is read-only, carried by the refusal. */
  readOnlyReason?: ReadOnlyReason;
  /** Where the reading positions are kept; default in memory. */
  readingAdapter?: Adapter<unknown>;
  /**
   * Called with the file's original contents before a migrated version is written over it, so the host
   * can keep a copy; if it throws, opening fails and the file stays untouched.
   */
  beforeMigrate?: (original: unknown, fromVersion: number) => Promise<void>;
  /**
   * Called with the records set apart before cleaned data replaces the originals on disk, so the host can
   * keep them; if it throws, opening fails and nothing is written. Not called when read-only.
   */
  quarantine?: (records: readonly QuarantinedRecord[]) => Promise<void>;
}

/** A copy of `data` whose top-level arrays and records are new, so changing them leaves `data` as it was. */
function shallowCopy(data: UserData): UserData {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    copy[key] = Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : value;
  }
  return copy as unknown as UserData;
}

/** One file's writes, one after another; a change goes to a copy that replaces the current value only once it is on disk. */
function serialWriter<T>(database: Low<unknown>, initial: T, copy: (value: T) => T, toFile: (value: T) => unknown) {
  let current = initial;
  let queue: Promise<void> = Promise.resolve();
  return {
    get value() {
      return current;
    },
    update(change: (value: T) => void): Promise<void> {
      const write = queue.then(async () => {
        // A failed write leaves nothing behind that a later write would persist after the caller was told it failed.
        const next = copy(current);
        change(next);
        const previous = database.data;
        database.data = toFile(next);
        try {
          await database.write();
        } catch (error) {
          database.data = previous;
          throw error;
        }
        current = next;
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}

/** Keeps the newer of two reading positions per document. */
function mergeReadingStates(base: ReadingStates, extra: ReadingStates): ReadingStates {
  const merged = { ...base };
  for (const [docId, state] of Object.entries(extra)) if (!(docId in merged) || merged[docId]!.updatedAt < state.updatedAt) merged[docId] = state;
  return merged;
}

/**
 * Opens the store over `adapter` (and `options.readingAdapter`), starting empty when there is no data yet,
 * migrating older data and cleaning every record. Records that fail are handed to `options.quarantine` before
 * the cleaned data is written; reading positions of an older file move to the reading adapter.
 * @throws UserDataError when the main file holds no data object at all; adapter errors pass through.
 */
export async function openUserDataStore(adapter: Adapter<unknown>, options: UserDataStoreOptions = {}): Promise<UserDataStore> {
  const database = new Low<unknown>(adapter, null);
  const readingDatabase = new Low<unknown>(options.readingAdapter ?? new Memory(), null);
  await database.read();
  await readingDatabase.read();
  const original = database.data;
  const upgraded =
    original === null
      ? { data: emptyUserData(), fromVersion: currentSchemaVersion, quarantined: [], legacyReadingStates: undefined }
      : upgradeUserData(original);
  const fromFile = cleanReadingFile(readingDatabase.data);
  const legacy = cleanReadingStates(upgraded.legacyReadingStates);
  const readingStates = mergeReadingStates(fromFile.states, legacy.states);
  const quarantined = [...upgraded.quarantined, ...legacy.quarantined, ...fromFile.quarantined];

  const newerFile = upgraded.data.schemaVersion > currentSchemaVersion;
  const readOnly = newerFile || options.readOnly === true;
  const migratedFrom = upgraded.fromVersion < currentSchemaVersion ? upgraded.fromVersion : null;
  if (!readOnly) {
    if (migratedFrom !== null) await options.beforeMigrate?.(original, migratedFrom);
    if (quarantined.length > 0) await options.quarantine?.(quarantined);
    // Reading positions first: should the main write not happen, the next start moves them again and keeps the newer.
    if (upgraded.legacyReadingStates !== undefined || fromFile.quarantined.length > 0) {
      readingDatabase.data = { schemaVersion: readingFileVersion, readingStates };
      await readingDatabase.write();
    }
    if (migratedFrom !== null || upgraded.quarantined.length > 0 || legacy.quarantined.length > 0) {
      database.data = upgraded.data;
      await database.write();
    }
  }
  database.data = upgraded.data;
  const main = serialWriter(database, upgraded.data, shallowCopy, (data) => data);
  const reading = serialWriter(readingDatabase, readingStates, (states) => ({ ...states }), (states) => ({ schemaVersion: readingFileVersion, readingStates: states }));
  const reason: ReadOnlyReason = newerFile ? 'newer-version' : (options.readOnlyReason ?? 'read-only');
  const refuse = () => Promise.reject(new ApiError('read-only', { reason }));

  return {
    get data() {
      return main.value;
    },
    get readingStates() {
      return reading.value;
    },
    readOnly,
    migratedFrom,
    quarantined,
    update: (change) => (readOnly ? refuse() : main.update(change)),
    updateReadingStates: (change) => (readOnly ? refuse() : reading.update(change)),
  };
}

/** A store whose backing store can be replaced, as when the user takes the data over from another process. */
export interface SwitchableUserDataStore extends UserDataStore {
  /** From now on, reads and writes go to `store`. */
  replace(store: UserDataStore): void;
}

/** Wraps `initial` so that the API keeps one store object while what backs it changes. */
export function createSwitchableStore(initial: UserDataStore): SwitchableUserDataStore {
  let current = initial;
  return {
    get data() {
      return current.data;
    },
    get readingStates() {
      return current.readingStates;
    },
    get readOnly() {
      return current.readOnly;
    },
    get migratedFrom() {
      return current.migratedFrom;
    },
    get quarantined() {
      return current.quarantined;
    },
    update: (change) => current.update(change),
    updateReadingStates: (change) => current.updateReadingStates(change),
    replace(store) {
      current = store;
    },
  };
}
