/** The renderer's only way to reach the app: the Electron bridge when present, else HTTP to the web host. */
import { describeApiError, isApiFailure, type ApiErrorCode, type ApiFailure, type ApiResult, type ErrorLanguage } from '../../common/apiError.js';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/contract.js';
import type { AppCommand } from '../../core/api/appCommand.js';

interface Bridge {
  call(method: string, input: unknown): Promise<ApiResult>;
  /** Desktop only: listens for menu and launch commands (already validated by the preload); returns the unsubscribe. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    werkplaats?: Bridge;
  }
}

function isApiResult(value: unknown): value is ApiResult {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error } = value as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && isApiFailure(error));
}

/**
 * Calls the web host. The browser proves itself with the HttpOnly session cookie the one-time launch
 * link set; the page never sees the secret, so no script can read or leak it.
 */
function httpTransport(): Bridge {
  return {
    async call(method, input) {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body: unknown = await response.json().catch(() => null);
      if (isApiResult(body)) return body;
      return { ok: false, error: response.status === 401 ? { code: 'unauthorized', params: {} } : { code: 'internal', params: {} } };
    },
  };
}

let chosenTransport: Bridge | undefined;

/** The Electron bridge, else HTTP to the web host; chosen at the first call, so importing this module touches no window. */
function transport(): Bridge {
  chosenTransport ??= window.werkplaats ?? httpTransport();
  return chosenTransport;
}

/** A failed call: the app's error code and parameters; `message` is the Dutch sentence. */
export class ApiCallError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(describeApiError(failure, 'nl'));
    this.name = 'ApiCallError';
  }

  get code(): ApiErrorCode {
    return this.failure.code;
  }
}

/** Calls `method` on the app; resolves with its value or rejects with an `ApiCallError`. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: ApiResult;
  try {
    result = await transport().call(method, input);
  } catch {
    throw new ApiCallError({ code: 'unreachable', params: {} });
  }
  if (!result.ok) throw new ApiCallError(isApiFailure(result.error) ? result.error : { code: 'internal', params: {} });
  return result.value as MethodOutput<M>;
}

/** What went wrong, in `language`: the app's sentence for its error code, or a general one for anything else. */
export function describeError(error: unknown, language: ErrorLanguage): string {
  return describeApiError(error instanceof ApiCallError ? error.failure : { code: 'internal', params: {} }, language);
}
