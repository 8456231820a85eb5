/** The user's data behind lowdb, reached only through an adapter so the core never touches files. */
import { Low, type Adapter } from 'lowdb';
import { ApiError, type ReadOnlyReason } from '../../common/apiError.js';
import { currentSchemaVersion, emptyUserData, upgradeUserData, type UserData } from './userData.js';

/** Reads and writes the user's data; writes are applied one after another. */
export interface UserDataStore {
  /** The current data; treat as read-only and change it through `update`. */
  readonly data: UserData;
  /** True when the file was written by a newer app: reading works, writing is refused. */
  readonly readOnly: boolean;
  /** The schema version the file had when it was migrated on opening, or null when no migration ran. */
  readonly migratedFrom: number | null;
  /** Applies `change` and persists it; resolves once the write is durable. */
  update(change: (data: UserData) => void): Promise<void>;
}

export interface UserDataStoreOptions {
  /** Open for reading only (another process holds the data, or the caller only reads). */
  readOnly?: boolean;
  /** Why it is read-only, carried by the refusal. */
  readOnlyReason?: ReadOnlyReason;
  /**
   * Called with the file's original contents before a migrated version is written over it, so the host
   * can keep a copy; if it throws, opening fails and the file stays untouched.
   */
  beforeMigrate?: (original: unknown, fromVersion: number) => Promise<void>;
}

/** A copy of `data` whose top-level arrays and records are new, so changing them leaves `data` as it was. */
function shallowCopy(data: UserData): UserData {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    copy[key] = Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : value;
  }
  return copy as unknown as UserData;
}

/** Opens the store over `adapter`, starting empty when there is no data yet, migrating older data. */
export async function openUserDataStore(adapter: Adapter<unknown>, options: UserDataStoreOptions = {}): Promise<UserDataStore> {
  const database = new Low<unknown>(adapter, null);
  await database.read();
  const original = database.data;
  const { data, fromVersion } = original === null ? { data: emptyUserData(), fromVersion: currentSchemaVersion } : upgradeUserData(original);
  const newerFile = data.schemaVersion > currentSchemaVersion;
  const readOnly = newerFile || options.readOnly === true;
  const migratedFrom = fromVersion < currentSchemaVersion ? fromVersion : null;
  if (migratedFrom !== null && !readOnly) {
    await options.beforeMigrate?.(original, migratedFrom);
    database.data = data;
    await database.write();
  }
  let current = data;
  let queue: Promise<void> = Promise.resolve();
  const reason: ReadOnlyReason = newerFile ? 'newer-version' : (options.readOnlyReason ?? 'read-only');

  return {
    get data() {
      return current;
    },
    readOnly,
    migratedFrom,
    update(change) {
      if (readOnly) {
        return Promise.reject(new ApiError('read-only', { reason }));
      }
      const write = queue.then(async () => {
        // The change goes to a copy that replaces the data only once it is on disk: a failed write leaves
        // nothing behind that a later write would persist after the caller was told it failed.
        const next = shallowCopy(current);
        change(next);
        database.data = next;
        try {
          await database.write();
        } catch (error) {
          database.data = current;
          throw error;
        }
        current = next;
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
