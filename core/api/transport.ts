/** Why: what the transports and the preload share about the wire, apart from the method table, so the preload stays a few kilobytes. */

/** Name of the single Electron IPC channel that carries calls. */
export const ipcChannel = 'werkplaats:call';

/** The shape every method name has; `dispatch` decides whether such a method exists. */
const methodNamePattern = /^[a-z][A-Za-z0-9]{0,63}$/;

/** True for a string that can be a method name: transports refuse anything else before it reaches `dispatch`. */
export function isWellFormedMethodName(name: unknown): name is string {
  return typeof name === 'string' && methodNamePattern.test(name);
}

// The page-bound command channel belongs to the same wire; its guard is hand-written, so the preload stays small.
export { appCommandChannel, parseAppCommand, type AppCommand, type AppCommandName } from './appCommand.js';
