/** The renderer's only way to reach the app: the Electron bridge when present, else HTTP to the web host. */
import type { ApiResult, MethodInput, MethodName, MethodOutput } from '../../core/api/contract.js';

interface Bridge {
  call(method: string, input: unknown): Promise<ApiResult>;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    werkplaats?: Bridge;
  }
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
      if (response.status === 401) {
        return { ok: false, error: { code: 'invalid-input', message: 'Geen toegang: open de app via de link die "npm run web" toont. / No access: open the app through the link "npm run web" prints.' } };
      }
      return (await response.json()) as ApiResult;
    },
  };
}

let chosenTransport: Bridge | undefined;

/** The Electron bridge, else HTTP to the web host; chosen at the first call, so importing this module touches no window. */
function transport(): Bridge {
  chosenTransport ??= window.werkplaats ?? httpTransport();
  return chosenTransport;
}

/** A failed call, with a message for the user. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** Calls `method` on the app; resolves with its value or rejects with an `ApiCallError`. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: ApiResult;
  try {
    result = await transport().call(method, input);
  } catch {
    throw new ApiCallError('internal', 'De app reageert niet. Draait de webhost nog?');
  }
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}
