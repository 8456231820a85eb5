/** Opens the user's data file in a data folder, moving a corrupt file aside instead of overwriting it. */
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { openUserDataStore, type UserDataStore } from '../../core/storage/userDataStore.js';
import { UserDataError } from '../../core/storage/userData.js';
import { CorruptFileError, DurableJsonFile } from './durableJsonFile.js';

/** File name of the user's database inside the data folder. */
export const userDataFileName = 'werkplaats-reader.json';

export interface OpenedUserData {
  store: UserDataStore;
  /** Sentences for the user about what happened while opening (a corrupt file moved aside, read-only mode). */
  notices: string[];
}

/** Opens (or creates) the data file in `dataDir`; `now` names the moved-aside copy. */
export async function openUserData(dataDir: string, now: () => Date = () => new Date()): Promise<OpenedUserData> {
  const path = join(dataDir, userDataFileName);
  const notices: string[] = [];
  try {
    const store = await openUserDataStore(new DurableJsonFile(path));
    if (store.readOnly) {
      notices.push('Je gegevens zijn gemaakt met een nieuwere versie van Werkplaats Reader. Ze worden alleen gelezen; werk de app bij om weer te kunnen opslaan.');
    }
    return { store, notices };
  } catch (error) {
    if (!(error instanceof CorruptFileError || error instanceof UserDataError)) throw error;
    const aside = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    notices.push(`Je gegevensbestand was beschadigd. Het is bewaard als ${aside} en de app begint met een leeg bestand.`);
    return { store: await openUserDataStore(new DurableJsonFile(path)), notices };
  }
}
