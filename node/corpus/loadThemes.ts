/** Loads the theme tags built with the corpus, refusing tags that belong to another corpus version. */
import { readFile } from 'node:fs/promises';
import type { CorpusBundle } from '../../core/corpus/types.js';
import type { ThemeArtifact } from '../../core/library/buildLibrary.js';

/** Reads the theme file at `path` and checks that it was built from `bundle`. */
export async function loadThemes(path: string, bundle: CorpusBundle): Promise<ThemeArtifact> {
  let artifact: ThemeArtifact;
  try {
    artifact = JSON.parse(await readFile(path, 'utf8')) as ThemeArtifact;
  } catch {
    throw new Error(`De thema’s zijn niet gebouwd of beschadigd (${path}). Voer "npm run build:corpus" uit.`);
  }
  if (artifact.corpusVersion !== bundle.version || artifact.index?.format !== 1) {
    throw new Error(`De thema’s horen bij een andere corpusversie (${path}). Voer "npm run build:corpus" uit.`);
  }
  return artifact;
}
