/** `npm run build:corpus`: turns the page dumps in data/corpus into the prebuilt bundle the app loads. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildBundle } from '../../core/corpus/buildBundle.js';
import { parseCorpusOverrides } from '../../core/corpus/corpusOverrides.js';
import type { CorpusBundle } from '../../core/corpus/types.js';
import { appRoot, bundlePath } from '../paths.js';

/** Reads every `.txt` page in `corpusDir` plus the overrides file, and builds the bundle. */
export async function buildCorpusFromFolder(corpusDir: string, overridesFile: string): Promise<CorpusBundle> {
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort();
  const pages = await Promise.all(names.map(async (source) => ({ source, content: await readFile(join(corpusDir, source), 'utf8') })));
  const overrides = parseCorpusOverrides(JSON.parse(await readFile(overridesFile, 'utf8')));
  return buildBundle(pages, overrides);
}

/** Builds the bundle from the project's data folder and writes it where the app loads it. */
export async function writeCorpusBundle(root: string = appRoot(), output: string = bundlePath(root)): Promise<CorpusBundle> {
  const bundle = await buildCorpusFromFolder(join(root, 'data', 'corpus'), join(root, 'data', 'corpus-overrides.json'));
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, JSON.stringify(bundle));
  return bundle;
}
