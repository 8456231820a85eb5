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

const tokenKey = 'werkplaats-token';

/** Takes the web host's token from the address bar once, keeps it for this tab, and hides it again. */
function webToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

function httpTransport(): Bridge {
  const token = webToken();
  return {
    async call(method, input) {
      const response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-werkplaats-token': token },
        body: JSON.stringify(input),
      });
      if (response.status === 401) {
        return { ok: false, error: { code: 'invalid-input', message: 'Geen toegang: open de app via de link die "npm run web" toont.' } };
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
