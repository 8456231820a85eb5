/** Validates one call against the contract and runs it, so every transport behaves the same. */
import { ApiError, inputSchemas, type ApiResult, type MethodName, type WerkplaatsApi } from './contract.js';

function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputSchemas, name);
}

/**
 * Runs `method` on `api` with `input` after validating both.
 * Never throws: failures come back as `{ok: false, error}`.
 */
export async function dispatch(api: WerkplaatsApi, method: unknown, input: unknown): Promise<ApiResult> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Onbekende opdracht: ${String(method).slice(0, 80)}` } };
  }
  const parsed = inputSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'invoer'}: ${issue.message}`).join('; ');
    return { ok: false, error: { code: 'invalid-input', message: `Ongeldige invoer voor ${method}: ${detail}` } };
  }
  try {
    const run = api[method] as (value: unknown) => Promise<unknown>;
    const value = await run.call(api, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiError) {
      const problems = (error as ApiError & { problems?: { place: string; message: string }[] }).problems;
      return { ok: false, error: { code: error.code, message: error.message, ...(problems === undefined ? {} : { problems }) } };
    }
    return { ok: false, error: { code: 'internal', message: 'Er ging iets mis in de app. Probeer het opnieuw.' } };
  }
}
