/** Why: a refused import travels through the API as a typed failure that carries every reason, not as a crash. */
import { ApiError } from '../../common/apiError.js';
import type { ImportProblem } from './importProblem.js';

/** Reasons carried in one failure; more are counted, so a hostile file cannot make a huge message. */
const listedReasons = 50;

/** Thrown when an import is refused as a whole; nothing was written. Its params carry every reason as a code with its place. */
export class ImportRefusedError extends ApiError<'import-refused'> {
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    super('import-refused', { count: problems.length, problems: problems.slice(0, listedReasons) });
    this.problems = problems;
  }
}
