/** Why: a refused import travels through the API as a typed failure that carries every reason, not as a crash. */
import { ApiError } from '../../common/apiError.js';
import type { ImportProblem } from './importProblem.js';

/** Reasons listed in one failure; more are summarised, so a hostile file cannot make a huge message. */
const listedReasons = 50;

/** Thrown when an import is refused as a whole; nothing was written. Its params carry every reason, one per line. */
export class ImportRefusedError extends ApiError<'import-refused'> {
  readonly problems: ImportProblem[];

  constructor(problems: ImportProblem[]) {
    const lines = problems.slice(0, listedReasons).map((problem) => `- ${problem.place}: ${problem.message}`);
    if (problems.length > listedReasons) lines.push(`- … en nog ${problems.length - listedReasons}`);
    super('import-refused', { count: problems.length, reasons: lines.join('\n') });
    this.problems = problems;
  }
}
