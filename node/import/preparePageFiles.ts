/** Why: the CLI checks every file of an import before it opens the data folder for writing, so a refused import leaves the folder untouched. */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { importProblem, type ImportProblem } from '../../core/import/importProblem.js';
import { ImportRefusedError } from '../../core/import/importRefusedError.js';
import { buildImportedPage, maxPageBytes } from '../../core/import/pages/importedPage.js';
import { createThemeTagger } from '../../core/themes/createThemeTagger.js';
import { loadBundle } from '../corpus/loadBundle.js';
import { loadThemes } from '../corpus/loadThemes.js';
import { corpusFilesIn } from '../paths.js';
import { decodePageFile } from './decodePageFile.js';

/** A file that passed every check, ready for the `importPage` method. */
export interface PreparedPageFile {
  fileName: string;
  /** The file's bytes as base64. */
  data: string;
}

/**
 * Reads and checks `paths` as the import would (size before reading, encoding, PDF text, readable text left after
 * cleaning); returns them ready to import, or throws one `ImportRefusedError` with the problems of every file.
 */
export async function preparePageFiles(paths: readonly string[], bundleFile: string): Promise<PreparedPageFile[]> {
  const bundle = await loadBundle(bundleFile);
  const tagger = createThemeTagger((await loadThemes(corpusFilesIn(dirname(bundleFile)).themes, bundle)).thesaurus);
  const problems: ImportProblem[] = [];
  const prepared: PreparedPageFile[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    try {
      const size = (await stat(path)).size;
      if (size > maxPageBytes) throw new ImportRefusedError([importProblem(fileName, 'too-large', { megabytes: maxPageBytes / 1024 / 1024 })]);
      const bytes = new Uint8Array(await readFile(path));
      const decoded = await decodePageFile(fileName, bytes);
      buildImportedPage({ fileName, format: decoded.format, content: decoded.text, markupTitle: decoded.title, importedAt: '' }, { boilerplate: bundle.boilerplate, tagger, takenIds: new Set() });
      prepared.push({ fileName, data: Buffer.from(bytes).toString('base64') });
    } catch (error) {
      if (error instanceof ImportRefusedError) problems.push(...error.problems);
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') problems.push(importProblem(path, 'file-missing'));
      else if ((error as NodeJS.ErrnoException).code === 'EISDIR') problems.push(importProblem(path, 'is-folder'));
      else problems.push(importProblem(path, 'unreadable'));
    }
  }
  if (problems.length > 0) throw new ImportRefusedError(problems);
  return prepared;
}
