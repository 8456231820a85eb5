/** Why: every CLI command calls the API the same way and fails the same way, with an exit code chosen from the error's code, never from its text. */
import { describeApiError, httpStatusOf, type ApiErrorCode, type ApiFailure } from '../../common/apiError.js';
import type { ParsedArguments } from './parseArguments.js';
import type { MethodName, MethodOutput, WerkplaatsApi } from '../../core/api/contract.js';
import { dispatch } from '../../core/api/dispatch.js';

/** Where the CLI writes; injected so tests can read it. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Writes `text` as it is, without a newline added (exports to stdout); falls back to `stdout`. */
  raw?: (text: string) => void;
}

/** A failure with the exit code the CLI ends with, and the API's error code when the API refused. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly code: ApiErrorCode | null = null,
    /** The API's failure as it came, so it can be said again in another language. */
    readonly failure: ApiFailure | null = null,
  ) {
    super(message);
  }
}

/** Exit code for an API failure: 1 when the app failed, 2 when the request was wrong (unknown id, bad input). */
export function exitCodeOf(code: ApiErrorCode): number {
  return httpStatusOf(code) >= 500 ? 1 : 2;
}

/** Calls `method` through `dispatch`, so the CLI validates exactly as the UI's transports do. */
export async function call<M extends MethodName>(api: WerkplaatsApi, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new CliFailure(describeApiError(result.error, 'nl'), exitCodeOf(result.error.code), result.error.code, result.error);
  return result.value as MethodOutput<M>;
}

/** The value of a flag that takes one, or undefined when it is absent or given without a value. */
export function flag(parsed: ParsedArguments, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
