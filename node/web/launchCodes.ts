/** One-time launch codes: the link that opens the browser works once, so a copy in `ps` or the history opens nothing afterwards. */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Issues and redeems launch codes; each code is valid for exactly one redemption. */
export class LaunchCodes {
  private readonly open = new Set<string>();

  /** A fresh 256-bit code, valid until it is redeemed once. */
  issue(): string {
    const code = randomBytes(32).toString('hex');
    this.open.add(code);
    return code;
  }

  /** True (once) when `code` was issued and not yet used; it is spent by this call. */
  redeem(code: string): boolean {
    const given = Buffer.from(code);
    for (const candidate of this.open) {
      const expected = Buffer.from(candidate);
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        this.open.delete(candidate);
        return true;
      }
    }
    return false;
  }
}
