import { describe, expect, it } from 'vitest';
import { LaunchCodes } from './launchCodes.js';

describe('LaunchCodes', () => {
  it('redeems a code exactly once', () => {
    const codes = new LaunchCodes();
    const code = codes.issue();
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
  });

  it('refuses codes it never issued, also near misses', () => {
    const codes = new LaunchCodes();
    const code = codes.issue();
    for (const wrong of ['', code.slice(1), `${code}0`, code.toUpperCase(), 'f'.repeat(64)]) expect(codes.redeem(wrong)).toBe(false);
    expect(codes.redeem(code)).toBe(true);
  });

  it('keeps each of several open codes valid until its own use', () => {
    const codes = new LaunchCodes();
    const first = codes.issue();
    const second = codes.issue();
    expect(first).not.toBe(second);
    expect(codes.redeem(second)).toBe(true);
    expect(codes.redeem(first)).toBe(true);
    expect(codes.redeem(first)).toBe(false);
  });
});
