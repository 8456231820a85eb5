// Why: the benchmark and its smoke test need the real five documents, built the way the app builds them.

import { readdirSync, readFileSync } from 'node:fs';
import { buildBundle } from '../../core/corpus/buildBundle.js';
import { parseCorpusOverrides } from '../../core/corpus/corpusOverrides.js';
import type { CorpusDocument } from '../../core/corpus/types.js';

/** Builds the documents of `data/corpus` with `data/corpus-overrides.json`, relative to `root`. */
export function loadRealCorpus(root: URL = new URL('../../', import.meta.url)): CorpusDocument[] {
  const directory = new URL('data/corpus/', root);
  const pages = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ source: name, content: readFileSync(new URL(name, directory), 'utf8') }));
  const overrides = parseCorpusOverrides(JSON.parse(readFileSync(new URL('data/corpus-overrides.json', root), 'utf8')));
  return buildBundle(pages, overrides).documents;
}
