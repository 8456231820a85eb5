/** Why: the reader's own pages live in the data folder beside their annotations, written durably, apart from the read-only bundled corpus. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../common/apiError.js';
import type { StartupNotice } from '../../common/startupNotice.js';
import { importedPagesFileSchema, type ImportedPage, type ImportedPagesFile, type ImportedPagesStore } from '../../core/import/pages/importedPage.js';
import { writeFileDurably } from '../storage/durableJsonFile.js';

/** File name of the imported pages inside the data folder. */
export const importedPagesFileName = 'eigen-documenten.json';

/** Opens the imported pages of `dataDir`: none when the file does not exist; a damaged file is reported, not overwritten. */
export async function openImportedPages(dataDir: string): Promise<ImportedPagesStore & { notice: StartupNotice | null }> {
  const path = join(dataDir, importedPagesFileName);
  let pages: ImportedPage[] = [];
  let notice: StartupNotice | null = null;
  let damaged = false;
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (text !== null) {
    try {
      pages = importedPagesFileSchema.parse(JSON.parse(text)).pages as unknown as ImportedPage[];
    } catch {
      damaged = true;
      notice = { code: 'imported-pages-damaged', params: { file: importedPagesFileName }, folder: dataDir };
    }
  }
  return {
    pages,
    notice,
    async save(file: ImportedPagesFile) {
      if (damaged) throw new ApiError('pages-unavailable');
      await writeFileDurably(path, JSON.stringify(file));
    },
  };
}
