/** Returns `{path}` when Electron can run here, or `{reason}`: one sentence saying why not. */
export function findElectronBinary(): { path: string; reason?: undefined } | { path?: undefined; reason: string };
