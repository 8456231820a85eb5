/** Why: the library, the routes view and the desktop shell each meet files that may be reading-route packs, and must tell them apart the same way before the app checks them. */

/** The `format` every pack carries. */
export const routePackFormat = 'werkplaats-leesroute';

/** Largest pack accepted, in characters of JSON: the API, the desktop hand-over and the page use the same limit. */
export const maxPackCharacters = 8 * 1024 * 1024;

/** How far into a file the pack's `format` field is looked for (the app writes it first). */
const sniffLength = 64 * 1024;

/**
 * True when `text` says it is a reading-route pack. Only a hint to pick the right import: the app checks the file whole,
 * and a file that merely claims to be a pack is refused there with its reasons.
 */
export function looksLikeRoutePack(text: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${routePackFormat}"`).test(text.slice(0, sniffLength));
}
