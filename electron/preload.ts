/**
 * The only bridge between the page and the app: one `call(method, input)` that forwards to the main process,
 * which validates everything. It knows no method table, so it stays a few kilobytes.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../common/apiError.js';
import { ipcChannel, isWellFormedMethodName } from '../core/api/transport.js';

contextBridge.exposeInMainWorld('werkplaats', {
  call(method: unknown, input: unknown): Promise<unknown> {
    if (!isWellFormedMethodName(method)) {
      const refusal: ApiResult = { ok: false, error: { code: 'unknown-method', params: { method: String(method).slice(0, 80) } } };
      return Promise.resolve(refusal);
    }
    return ipcRenderer.invoke(ipcChannel, method, input);
  },
});
