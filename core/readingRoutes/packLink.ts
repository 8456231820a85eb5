/**
 * Why: a teacher can hand a class a reading route as one link (`werkplaats://pack/…`) in an e-mail or the learning
 * platform. The pack travels inside the link, deflated and base64url-encoded, so opening a link never makes the app
 * read a file; it is then previewed and imported exactly like a pack file.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The start of every pack link. */
export const packLinkPrefix = 'werkplaats://pack/';
/** The name a pack opened from a link goes by in its origin, where a pack file gives its file name. */
export const packLinkFileName = 'werkplaats://pack';
/** Longest link written or read: well inside Windows' 32,767-character command line, which hands a link to the app. */
export const maximumPackLinkLength = 16_000;
/** Largest pack a link may unpack to, in characters (a link that inflates further is refused, not unpacked). */
export const maximumLinkedPackCharacters = 2 * 1024 * 1024;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map([...alphabet].map((character, index) => [character, index]));

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let position = 0; position < characters; position += 1) text += alphabet[(chunk >> (18 - 6 * position)) & 63];
  }
  return text;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const character of text) {
    const value = values.get(character);
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 255;
    }
  }
  return bytes;
}

/** The link carrying `pack` (the pack file's JSON text), or null when the pack is too large for a link. */
export function formatPackLink(pack: string): string | null {
  // The pack's own indentation is dropped: the link should be as short as it can be.
  let compact: string;
  try {
    compact = JSON.stringify(JSON.parse(pack));
  } catch {
    compact = pack;
  }
  const link = packLinkPrefix + toBase64Url(deflateSync(strToU8(compact), { level: 9 }));
  return link.length <= maximumPackLinkLength ? link : null;
}

/** Why a text is not a pack link. */
export type PackLinkProblem = 'not-a-pack-link' | 'too-long' | 'damaged';

/** The pack's JSON text inside a pack link, or what is wrong with the link; nothing is guessed at. */
export function parsePackLink(text: string): { ok: true; content: string } | { ok: false; problem: PackLinkProblem } {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(packLinkPrefix)) return { ok: false, problem: 'not-a-pack-link' };
  if (trimmed.length > maximumPackLinkLength) return { ok: false, problem: 'too-long' };
  // Mail programs may break a long link or add a slash; neither is part of the pack.
  const bytes = fromBase64Url(trimmed.slice(packLinkPrefix.length).replace(/\s+/g, '').replace(/\/$/, ''));
  if (bytes === null || bytes.length === 0) return { ok: false, problem: 'damaged' };
  let inflated: Uint8Array;
  // Deflate can grow a link's few kilobytes a thousandfold: a fixed output buffer caps what a hostile link unpacks to,
  // and filling it means the pack was larger (fflate would cut it off there).
  const room = maximumLinkedPackCharacters * 3;
  try {
    inflated = inflateSync(bytes, { out: new Uint8Array(room) });
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (inflated.length >= room) return { ok: false, problem: 'too-long' };
  let content: string;
  try {
    content = strFromU8(inflated);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (content.length > maximumLinkedPackCharacters) return { ok: false, problem: 'too-long' };
  return { ok: true, content };
}
