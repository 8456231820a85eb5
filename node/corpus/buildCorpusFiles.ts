/** `npm run build:corpus`: turns the page dumps in data/ into the prebuilt files the app loads at start. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseCorpusOverrides } from '../../core/corpus/corpusOverrides.js';
import { buildLibrary, type Library } from '../../core/library/buildLibrary.js';
import { parseThesaurus } from '../../core/themes/thesaurus.js';
import { appRoot, corpusFiles, type CorpusFiles } from '../paths.js';

/** Reads every `.txt` page in `<root>/data/corpus`, the overrides and the thesaurus, and runs the pipeline. */
export async function buildLibraryFromFolder(root: string = appRoot()): Promise<Library> {
  const corpusDir = join(root, 'data', 'corpus');
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort();
  const pages = await Promise.all(names.map(async (source) => ({ source, content: await readFile(join(corpusDir, source), 'utf8') })));
  const overrides = parseCorpusOverrides(JSON.parse(await readFile(join(root, 'data', 'corpus-overrides.json'), 'utf8')));
  const thesaurus = parseThesaurus(JSON.parse(await readFile(join(root, 'data', 'thesaurus.json'), 'utf8')));
  return buildLibrary(pages, overrides, thesaurus);
}

/** Builds the library from the project's data folder and writes it where the app loads it. */
export async function writeLibrary(root: string = appRoot(), paths: CorpusFiles = corpusFiles(root)): Promise<Library> {
  const library = await buildLibraryFromFolder(root);
  await mkdir(dirname(paths.bundle), { recursive: true });
  await Promise.all([
    writeFile(paths.bundle, JSON.stringify(library.bundle)),
    writeFile(paths.themes, JSON.stringify(library.themes)),
    writeFile(paths.search, JSON.stringify(library.search)),
  ]);
  return library;
}
