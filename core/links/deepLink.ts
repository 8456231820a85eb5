/** Deep links into the app (`werkplaats://doc/<id>#<annotation-or-section>`), parsed and written in one place for every host. */

/** The scheme the desktop app registers with the operating system. */
export const deepLinkScheme = 'werkplaats';

/** Longest link the app reads; ids and fragments are far shorter. */
export const maximumDeepLinkLength = 2048;
const maximumPartLength = 200;

/** A place in the app a link points at. */
export interface DeepLink {
  /** The document id. */
  docId: string;
  /** An annotation id or a section id inside the document, or null for the document itself. */
  fragment: string | null;
}

/** Either the place, or the reason (Dutch, with English) the text is not a link to one. */
export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; reason: string };

function decodePart(part: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return null;
  }
  if (decoded.length === 0 || decoded.length > maximumPartLength || /[\u0000-\u001f\u007f/\\]/.test(decoded)) return null;
  return decoded;
}

function fail(reason: string): DeepLinkResult {
  return { ok: false, reason };
}

/**
 * Reads `werkplaats://doc/<id>[#<fragment>]`. The scheme and the word `doc` are case-insensitive; one
 * trailing slash after the id is allowed (Windows adds it); id and fragment are percent-decoded and
 * may hold no slash, backslash or control character. Anything else is refused with a reason.
 */
export function parseDeepLink(text: string): DeepLinkResult {
  if (typeof text !== 'string' || text.length > maximumDeepLinkLength) return fail('Geen geldige werkplaats-link (te lang). / Not a valid werkplaats link (too long).');
  const match = /^werkplaats:\/\/doc\/([^/?#]+)\/?(?:#(.*))?$/is.exec(text.trim());
  if (!match) return fail('Geen geldige werkplaats-link; verwacht werkplaats://doc/<id>. / Not a valid werkplaats link; expected werkplaats://doc/<id>.');
  const docId = decodePart(match[1]!);
  if (docId === null) return fail('De document-id in de link is ongeldig. / The document id in the link is invalid.');
  const rawFragment = match[2];
  if (rawFragment === undefined || rawFragment === '') return { ok: true, link: { docId, fragment: null } };
  const fragment = decodePart(rawFragment);
  if (fragment === null) return fail('Het deel na # in de link is ongeldig. / The part after # in the link is invalid.');
  return { ok: true, link: { docId, fragment } };
}

/** Writes the link for `link`; `parseDeepLink(formatDeepLink(link))` gives `link` back. */
export function formatDeepLink(link: DeepLink): string {
  return `${deepLinkScheme}://doc/${encodeURIComponent(link.docId)}${link.fragment === null ? '' : `#${encodeURIComponent(link.fragment)}`}`;
}

/** The same place as a path on the web host (`/doc/<id>#<fragment>`), which serves the app there. */
export function deepLinkWebPath(link: DeepLink): string {
  return formatDeepLink(link).slice(`${deepLinkScheme}:/`.length);
}
