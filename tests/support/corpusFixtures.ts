/** The bundled corpus as tests use it: the raw pages, overrides and thesaurus from data/, read once. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusOverrides, type CorpusOverrides } from '../../core/corpus/corpusOverrides.js';
import { buildLibrary, type Library } from '../../core/library/buildLibrary.js';
import { parseThesaurus, type Thesaurus } from '../../core/themes/thesaurus.js';

// From the path string, not `new URL`: under a DOM test environment `URL` is the DOM's, which Node's fileURLToPath refuses.
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const corpusDir = join(dataDir, 'corpus');

/** The five page dumps, in file-name order. */
export const corpusPages: readonly { source: string; content: string }[] = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((source) => ({ source, content: readFileSync(join(corpusDir, source), 'utf8') }));

export const corpusOverrides: CorpusOverrides = parseCorpusOverrides(JSON.parse(readFileSync(join(dataDir, 'corpus-overrides.json'), 'utf8')));

export const thesaurus: Thesaurus = parseThesaurus(JSON.parse(readFileSync(join(dataDir, 'thesaurus.json'), 'utf8')));

let library: Library | null = null;

/** The whole pipeline over the bundled corpus (documents, theme tags, search index), built once per test file. */
export function testLibrary(): Library {
  library ??= buildLibrary(corpusPages, corpusOverrides, thesaurus);
  return library;
}
