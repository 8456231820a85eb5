/** Why: a refused import must say every reason and where in the file it is, in one shape the CLI and the dialog both show. */

/** One reason an import was refused. */
export interface ImportProblem {
  /** Where in the file: a JSON path such as `first.items[3].target`, or `regel 4, kolom 12`. */
  place: string;
  /** A Dutch sentence for the user. */
  message: string;
}

/** A JSON path for display: `items[3].target.source`, or `(bestand)` for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text === '' ? '(bestand)' : text;
}
