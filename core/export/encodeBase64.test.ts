import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64 } from './encodeBase64.js';

describe('encodeBase64', () => {
  it('matches Node’s encoder for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 200 },
    );
  });
});
