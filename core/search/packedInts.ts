// Why: the exported index holds millions of small integers; as JSON number arrays they would dominate the bundle, so they travel as base64 varints.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Base64 (RFC 4648, with padding) of bytes; no Buffer or btoa, so it runs in every host. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = new Uint16Array(4 * 8192);
  for (let from = 0; from < bytes.length; from += 3 * 8192) {
    const to = Math.min(bytes.length, from + 3 * 8192);
    let n = 0;
    for (let i = from; i < to; i += 3) {
      const b0 = bytes[i]!;
      const b1 = i + 1 < to ? bytes[i + 1]! : 0;
      const b2 = i + 2 < to ? bytes[i + 2]! : 0;
      chunk[n++] = ALPHABET.charCodeAt(b0 >> 2);
      chunk[n++] = ALPHABET.charCodeAt(((b0 & 3) << 4) | (b1 >> 4));
      chunk[n++] = i + 1 < to ? ALPHABET.charCodeAt(((b1 & 15) << 2) | (b2 >> 6)) : 61;
      chunk[n++] = i + 2 < to ? ALPHABET.charCodeAt(b2 & 63) : 61;
    }
    parts.push(String.fromCharCode.apply(null, chunk.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}

/** Decodes {@link bytesToBase64}. */
export function base64ToBytes(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length -= 1;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let n = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code]! : -1;
    if (value < 0) throw new Error('invalid base64 in search index');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, n);
}

/**
 * Packs integers as base64 LEB128 varints. With `delta`, each value is stored as the zigzag-encoded
 * difference to the previous one, so ascending or locally clustered columns take one or two bytes a value.
 */
export function packInts(values: ArrayLike<number>, delta = false): string {
  let bytes = new Uint8Array(Math.max(16, values.length * 2));
  let n = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i += 1) {
    const raw = values[i]!;
    let value = raw;
    if (delta) {
      const difference = raw - previous;
      previous = raw;
      value = difference >= 0 ? difference * 2 : -difference * 2 - 1;
    } else if (value < 0) {
      throw new Error('packInts: negative value without delta');
    }
    if (n + 8 > bytes.length) {
      const grown = new Uint8Array(bytes.length * 2);
      grown.set(bytes);
      bytes = grown;
    }
    while (value >= 128) {
      bytes[n++] = (value % 128) | 128;
      value = Math.floor(value / 128);
    }
    bytes[n++] = value;
  }
  return bytesToBase64(bytes.subarray(0, n));
}

/** Unpacks {@link packInts} into `count` values. */
export function unpackInts(text: string, count: number, delta = false): Int32Array {
  const bytes = base64ToBytes(text);
  const values = new Int32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i += 1) {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      if (at >= bytes.length) throw new Error('truncated packed integers in search index');
      byte = bytes[at++]!;
      value += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128);
    if (delta) {
      previous += value % 2 === 0 ? value / 2 : -(value + 1) / 2;
      value = previous;
    }
    values[i] = value;
  }
  return values;
}
