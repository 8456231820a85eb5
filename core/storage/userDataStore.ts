/** The user's data behind lowdb, reached only through an adapter so the core never touches files. */
import { Low, type Adapter } from 'lowdb';
import { ApiError } from '../api/contract.js';
import { currentSchemaVersion, emptyUserData, normalizeUserData, type UserData } from './userData.js';

/** Reads and writes the user's data; writes are applied one after another. */
export interface UserDataStore {
  /** The current data; treat as read-only and change it through `update`. */
  readonly data: UserData;
  /** True when the file was written by a newer app: reading works, writing is refused. */
  readonly readOnly: boolean;
  /** Applies `change` and persists it; resolves once the write is durable. */
  update(change: (data: UserData) => void): Promise<void>;
}

/** Opens the store over `adapter`, starting empty when there is no data yet. */
export async function openUserDataStore(adapter: Adapter<unknown>): Promise<UserDataStore> {
  const database = new Low<unknown>(adapter, null);
  await database.read();
  const data = database.data === null ? emptyUserData() : normalizeUserData(database.data);
  const readOnly = data.schemaVersion > currentSchemaVersion;
  let queue: Promise<void> = Promise.resolve();

  return {
    get data() {
      return data;
    },
    readOnly,
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
