/** Why: docx and pdf travel to the renderer inside JSON, and the pure core has neither Buffer nor btoa. */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, with padding) of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const triple = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    line += alphabet[(triple >> 18) & 63]! + alphabet[(triple >> 12) & 63]! + alphabet[(triple >> 6) & 63]! + alphabet[triple & 63]!;
    if (line.length >= 8192) {
      parts.push(line);
      line = '';
    }
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const value = bytes[index]! << 16;
    line += `${alphabet[(value >> 18) & 63]}${alphabet[(value >> 12) & 63]}==`;
  } else if (rest === 2) {
    const value = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    line += `${alphabet[(value >> 18) & 63]}${alphabet[(value >> 12) & 63]}${alphabet[(value >> 6) & 63]}=`;
  }
  parts.push(line);
  return parts.join('');
}
