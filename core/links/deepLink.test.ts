import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deepLinkWebPath, formatDeepLink, parseDeepLink, type DeepLink } from './deepLink.js';

describe('parseDeepLink', () => {
  it.each<[string, DeepLink]>([
    ['werkplaats://doc/werkplaats-zwolle', { docId: 'werkplaats-zwolle', fragment: null }],
    ['werkplaats://doc/werkplaats-zwolle#inleiding', { docId: 'werkplaats-zwolle', fragment: 'inleiding' }],
    ['werkplaats://doc/werkplaats-zwolle#6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e', { docId: 'werkplaats-zwolle', fragment: '6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e' }],
    ['werkplaats://doc/werkplaats-zwolle/', { docId: 'werkplaats-zwolle', fragment: null }],
    ['werkplaats://doc/werkplaats-zwolle/#over-ons', { docId: 'werkplaats-zwolle', fragment: 'over-ons' }],
    ['werkplaats://doc/werkplaats-zwolle#', { docId: 'werkplaats-zwolle', fragment: null }],
    ['WERKPLAATS://DOC/Zwolle', { docId: 'Zwolle', fragment: null }],
    ['  werkplaats://doc/a  ', { docId: 'a', fragment: null }],
    ['werkplaats://doc/cli%C3%ABnten#sectie%20twee', { docId: 'cliënten', fragment: 'sectie twee' }],
  ])('reads %s', (text, link) => {
    expect(parseDeepLink(text)).toEqual({ ok: true, link });
  });

  it.each([
    ['', 'verwacht'],
    ['werkplaats://', 'verwacht'],
    ['werkplaats://doc/', 'verwacht'],
    ['werkplaats://doc', 'verwacht'],
    ['werkplaats://notes/x', 'verwacht'],
    ['werkplaats:doc/x', 'verwacht'],
    ['https://doc/x', 'verwacht'],
    ['werkplaats://doc/a/b', 'verwacht'],
    ['werkplaats://doc/a?x=1', 'verwacht'],
    ['werkplaats://doc/%', 'document-id'],
    ['werkplaats://doc/a%2Fb', 'document-id'],
    ['werkplaats://doc/..%5C..', 'document-id'],
    ['werkplaats://doc/a%00', 'document-id'],
    ['werkplaats://doc/a#%E0%A4%A', 'na #'],
    ['werkplaats://doc/a#x%0Ay', 'na #'],
    [`werkplaats://doc/${'a'.repeat(201)}`, 'document-id'],
    [`werkplaats://doc/${'a'.repeat(3000)}`, 'te lang'],
  ])('refuses %j with a reason', (text, reason) => {
    const result = parseDeepLink(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  const part = fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }).filter((value) => !/[\u0000-\u001f\u007f/\\]/.test(value) && value.length <= 200);

  it('reads back every link it writes', () => {
    fc.assert(
      fc.property(part, fc.option(part, { nil: null }), (docId, fragment) => {
        expect(parseDeepLink(formatDeepLink({ docId, fragment }))).toEqual({ ok: true, link: { docId, fragment } });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((tail) => `werkplaats://doc/${tail}`)), (text) => {
        expect(typeof parseDeepLink(text).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('deepLinkWebPath', () => {
  it('gives the web host route for the same place', () => {
    expect(deepLinkWebPath({ docId: 'werkplaats-zwolle', fragment: 'inleiding' })).toBe('/doc/werkplaats-zwolle#inleiding');
    expect(deepLinkWebPath({ docId: 'a b', fragment: null })).toBe('/doc/a%20b');
  });
});
