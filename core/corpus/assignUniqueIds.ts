/** Why: two pages can derive the same id, and a bundle needs every id once, resolved the same way each build. */
import { makeUnique } from './makeUnique.js';
import type { CorpusDocument } from './types.js';

/** Returns the documents, in the same order, with repeated ids suffixed `-2`, `-3`, …; ids do not affect offsets. */
export function assignUniqueIds(documents: readonly CorpusDocument[]): CorpusDocument[] {
  const taken = new Set<string>();
  return documents.map((document) => {
    const id = makeUnique(document.id, taken);
    return id === document.id ? document : { ...document, id };
  });
}
