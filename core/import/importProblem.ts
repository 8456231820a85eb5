/** Why: a refused import must say every reason and where in the file it is, in one shape the CLI and the dialog both show (see common/import). */
import type { z } from 'zod';
import { importProblem, type ImportProblem } from '../../common/import/importProblem.js';

export { importProblem, importProblemAt, type ImportProblem } from '../../common/import/importProblem.js';

/** A JSON path for display: `items[3].target.source`, or `''` for the file as a whole. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  return text;
}

/** One zod issue as a reason code with its parameters, at `place`. */
function issueProblem(place: string, issue: z.core.$ZodIssue): ImportProblem {
  switch (issue.code) {
    case 'unrecognized_keys':
      return importProblem(place, 'unknown-fields', { fields: issue.keys.map((key) => `"${key}"`).join(', ') });
    case 'invalid_type':
      return importProblem(place, 'expected-type', { expected: issue.expected });
    case 'invalid_value':
      // One value a line, so each language joins them with its own "or".
      return importProblem(place, 'expected-value', { values: issue.values.map((value) => JSON.stringify(value)).join('\n') });
    case 'too_big':
      return importProblem(place, 'too-big', { maximum: String(issue.maximum) });
    case 'too_small':
      return importProblem(place, 'too-small', { minimum: String(issue.minimum) });
    default:
      // Our own refinements name their reason by its code (e.g. `invalid-date`); anything else keeps zod's words.
      return issue.message === 'invalid-date' ? importProblem(place, 'invalid-date') : importProblem(place, 'invalid', { detail: issue.message });
  }
}

/** Flattens zod issues into problems, following the closest branch of a union (for annotation files and route packs alike). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], base: PropertyKey[]): ImportProblem[] {
  return issues.flatMap((issue): ImportProblem[] => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length > 0) return problemsFromIssues(closest, path);
    }
    return [issueProblem(formatPath(path), issue)];
  });
}
