/** The only bridge between the page and the app: one `call(method, input)` that forwards to the main process. */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, methodNames } from '../core/api/contract.js';

const allowed = new Set<string>(methodNames);

contextBridge.exposeInMainWorld('werkplaats', {
  call(method: string, input: unknown): Promise<unknown> {
    if (!allowed.has(method)) return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `Onbekende opdracht: ${method}` } });
    return ipcRenderer.invoke(ipcChannel, method, input);
  },
});
