/** Loads the prebuilt search index from disk, and rebuilds it only when it is missing or from another corpus version. */
import { readFile } from 'node:fs/promises';
import type { CorpusBundle } from '../../core/corpus/types.js';
import type { SearchIndexArtifact } from '../../core/library/buildLibrary.js';
import { buildSearchIndex, importIndex, type SearchIndex } from '../../core/search/searchIndex.js';

/** Imports the index at `path` for `bundle`; falls back to indexing the bundle when the file does not fit it. */
export async function loadSearchIndex(path: string, bundle: CorpusBundle): Promise<SearchIndex> {
  const file = await readFile(path, 'utf8')
    .then((text) => JSON.parse(text) as SearchIndexArtifact)
    .catch(() => null);
  if (file?.corpusVersion === bundle.version) {
    try {
      return importIndex(file.index, bundle.documents);
    } catch {
      // An index from an older format: rebuilding below is slower but correct.
    }
  }
  return buildSearchIndex(bundle.documents);
}
