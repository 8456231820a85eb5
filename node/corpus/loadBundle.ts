/** Loads the prebuilt corpus bundle from disk at start, with a clear message when it is missing or damaged. */
import { readFile } from 'node:fs/promises';
import type { CorpusBundle } from '../../core/corpus/types.js';

/** Reads and checks the bundle at `path`. */
export async function loadBundle(path: string): Promise<CorpusBundle> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`Het corpus is nog niet gebouwd (${path} ontbreekt). Voer eerst "npm run build" uit.`);
  }
  let bundle: CorpusBundle;
  try {
    bundle = JSON.parse(text) as CorpusBundle;
  } catch {
    throw new Error(`Het corpusbestand ${path} is beschadigd. Bouw het opnieuw met "npm run build:corpus".`);
  }
  if (bundle.format !== 1 || !Array.isArray(bundle.documents) || typeof bundle.version !== 'string') {
    throw new Error(`Het corpusbestand ${path} heeft een onbekend formaat. Bouw het opnieuw met "npm run build:corpus".`);
  }
  return bundle;
}
