/** Validates one call against the contract and runs it, so every transport behaves the same. */
import { ApiError, type ApiResult } from '../../common/apiError.js';
import { methods, type MethodName, type WerkplaatsApi } from './contract.js';

function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

/**
 * Runs `method` on `api` with `input` after validating both.
 * Never throws: failures come back as `{ok: false, error}` with a code and its parameters.
 */
export async function dispatch(api: WerkplaatsApi, method: unknown, input: unknown): Promise<ApiResult> {
  if (!isMethodName(method)) return { ok: false, error: { code: 'unknown-method', params: { method: String(method).slice(0, 80) } } };
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'invoer'}: ${issue.message}`).join('; ');
    return { ok: false, error: { code: 'invalid-input', params: { method, detail } } };
  }
  try {
    const run = api[method] as (value: unknown) => Promise<unknown>;
    return { ok: true, value: await run.call(api, parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toFailure() };
    return { ok: false, error: { code: 'internal', params: {} } };
  }
}
