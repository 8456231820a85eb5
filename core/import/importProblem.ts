/** Why: a refused import must say every reason and where in the file it is, in one shape the CLI and the dialog both show (see common/import). */
export { importProblem, importProblemAt, type ImportProblem } from '../../common/import/importProblem.js';

/** A JSON path for display: `items[3].target.source`, or `''` for the file as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text;
}
