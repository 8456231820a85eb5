/** Why: a refused import travels through the API as a typed failure that carries every reason, not as a crash. */
import { ApiError } from '../api/contract.js';
import type { ImportProblem } from './importProblem.js';

/** Thrown when an import is refused as a whole; nothing was written. `dispatch` passes the problems on. */
export class ImportRefusedError extends ApiError {
  constructor(readonly problems: ImportProblem[]) {
    super('import-refused', `Import geweigerd (${problems.length} ${problems.length === 1 ? 'reden' : 'redenen'}):\n${problems.map((problem) => `- ${problem.place}: ${problem.message}`).join('\n')}`);
    this.name = 'ImportRefusedError';
  }
}
