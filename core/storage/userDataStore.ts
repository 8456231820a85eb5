/** The user's data behind lowdb, reached only through an adapter so the core never touches files. */
import { Low, type Adapter } from 'lowdb';
import { ApiError } from '../api/contract.js';
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
  /**
   * Called with the file's original contents before a migrated version is written over it, so the host
   * can keep a copy; if it throws, opening fails and the file stays untouched.
   */
  beforeMigrate?: (original: unknown, fromVersion: number) => Promise<void>;
}

/** Opens the store over `adapter`, starting empty when there is no data yet, migrating older data. */
export async function openUserDataStore(adapter: Adapter<unknown>, options: UserDataStoreOptions = {}): Promise<UserDataStore> {
  const database = new Low<unknown>(adapter, null);
  await database.read();
  const original = database.data;
  const { data, fromVersion } = original === null ? { data: emptyUserData(), fromVersion: currentSchemaVersion } : upgradeUserData(original);
  const readOnly = data.schemaVersion > currentSchemaVersion;
  const migratedFrom = fromVersion < currentSchemaVersion ? fromVersion : null;
  if (migratedFrom !== null) {
    await options.beforeMigrate?.(original, migratedFrom);
    database.data = data;
    await database.write();
  }
  let queue: Promise<void> = Promise.resolve();

  return {
    get data() {
      return data;
    },
    readOnly,
    migratedFrom,
    update(change) {
      if (readOnly) {
        return Promise.reject(
          new ApiError('read-only', 'Je gegevens zijn gemaakt met een nieuwere versie van de app en worden alleen gelezen.'),
        );
      }
      const write = queue.then(async () => {
        change(data);
        database.data = data;
        await database.write();
      });
      queue = write.catch(() => undefined);
      return write;
    },
  };
}
