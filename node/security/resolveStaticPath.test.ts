import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolve, sep } from 'node:path';
import { resolveStaticPath } from './resolveStaticPath.js';

const root = resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/index.html', `${root}${sep}index.html`],
    ['/assets/app.js', `${root}${sep}assets${sep}app.js`],
    ['/', root],
    ['/./assets//app.js', `${root}${sep}assets${sep}app.js`],
  ])('maps %s inside the folder', (pathname, expected) => {
    expect(resolveStaticPath(root, pathname)).toBe(expected);
  });

  it.each([['/../etc/passwd'], ['/..%2fetc%2fpasswd'], ['/%2e%2e/secret'], ['/assets/..\\..\\x'], ['/a%00b'], ['/%E0%A4%A']])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });

  it('never returns a path outside the folder, for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2F', 'a', '/', '\\', '%00', 'é', '%'), { maxLength: 12 }), fc.string(), (parts, tail) => {
        const result = resolveStaticPath(root, `/${parts.join('')}${tail}`);
        if (result !== null) expect(result === root || result.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
