/**
 * The only bridge between the page and the app: `call(method, input)` that forwards to the main process,
 * which validates everything, and `onCommand(listener)` for the menu and launch commands the main process
 * sends. It exposes no Electron object, no event and no channel name, and knows no method table, so it
 * stays a few kilobytes.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResult } from '../common/apiError.js';
import { appCommandChannel, ipcChannel, isWellFormedMethodName, parseAppCommand, type AppCommand } from '../core/api/transport.js';

contextBridge.exposeInMainWorld('werkplaats', {
  call(method: unknown, input: unknown): Promise<unknown> {
    if (!isWellFormedMethodName(method)) {
      const refusal: ApiResult = { ok: false, error: { code: 'unknown-method', params: { method: String(method).slice(0, 80) } } };
      return Promise.resolve(refusal);
    }
    return ipcRenderer.invoke(ipcChannel, method, input);
  },
  onCommand(listener: (command: AppCommand) => void): () => void {
    if (typeof listener !== 'function') return () => undefined;
    // Only a well-formed command reaches the page, never the IPC event (which holds the sender).
    const forward = (_event: IpcRendererEvent, message: unknown) => {
      const command = parseAppCommand(message);
      if (command !== null) listener(command);
    };
    ipcRenderer.on(appCommandChannel, forward);
    return () => void ipcRenderer.removeListener(appCommandChannel, forward);
  },
});
