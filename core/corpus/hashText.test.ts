import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText } from './hashText.js';

/** FNV-1a 64 with BigInt, the textbook way, over the same two bytes per UTF-16 code unit. */
function referenceHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    for (const byte of [unit & 0xff, unit >>> 8]) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash.toString(16).padStart(16, '0');
}

describe('hashText', () => {
  it('is FNV-1a 64-bit, matching a BigInt reference', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(hashText(text)).toBe(referenceHash(text));
      }),
    );
  });

  it('gives 16 hex digits and differs for texts one character apart', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('Flevoland')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('Flevoland')).not.toBe(hashText('Flevolanc'));
  });
});
