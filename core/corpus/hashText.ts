/** Why: the bundle version and boilerplate fingerprints need a stable hash that runs the same in Node, Electron and the browser. */

const PRIME_LOW = 0x1b3;

/**
 * FNV-1a 64-bit hash of a string's UTF-16 code units (each fed as two bytes, low byte first), as 16 hex digits.
 * Computed on two 32-bit halves so it needs neither BigInt nor any platform API.
 */
export function hashText(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    [high, low] = mix(high, low, unit & 0xff);
    [high, low] = mix(high, low, unit >>> 8);
  }
  return toHex(high) + toHex(low);
}

/** One FNV-1a step: xor the byte in, then multiply by the 64-bit prime 2^40 + 0x1b3 modulo 2^64. */
function mix(high: number, low: number, byte: number): [number, number] {
  const xored = (low ^ byte) >>> 0;
  const lowProduct = xored * PRIME_LOW;
  const carry = Math.floor(lowProduct / 0x100000000);
  const nextHigh = (high * PRIME_LOW + carry + ((xored << 8) >>> 0)) >>> 0;
  return [nextHigh, lowProduct >>> 0];
}

function toHex(value: number): string {
  return value.toString(16).padStart(8, '0');
}
