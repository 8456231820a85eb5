import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { formatPackLink, maximumPackLinkLength, packLinkPrefix, parsePackLink } from './packLink.js';

const pack = JSON.stringify({ format: 'werkplaats-route-pack', version: 2, route: { title: 'Mantelzorg in de regio', steps: [{ instruction: 'Lees “dit” eerst — ë, ĳ, 😀' }] } }, null, 2);

describe('pack links', () => {
  it('carry a pack and give it back, without its indentation', () => {
    const link = formatPackLink(pack)!;
    expect(link.startsWith(packLinkPrefix)).toBe(true);
    expect(link).toMatch(/^werkplaats:\/\/pack\/[A-Za-z0-9_-]+$/);
    const parsed = parsePackLink(link);
    expect(parsed).toEqual({ ok: true, content: JSON.stringify(JSON.parse(pack)) });
  });

  it('give back any JSON they were made from, as a property', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const link = formatPackLink(text);
        if (link === null) return;
        expect(parsePackLink(link)).toEqual({ ok: true, content: JSON.stringify(JSON.parse(text)) });
      }),
      { numRuns: 200 },
    );
  });

  it('survive what mail programs do to a long link: a line break inside it, a trailing slash, spaces around it', () => {
    const link = formatPackLink(pack)!;
    const broken = `  ${link.slice(0, 40)}\n${link.slice(40)}/ `;
    expect(parsePackLink(broken)).toEqual({ ok: true, content: JSON.stringify(JSON.parse(pack)) });
  });

  it('are not made for a pack too large to fit', () => {
    const random = Array.from({ length: 20_000 }, (_, index) => ((index * 7919) % 65_521).toString(36)).join('');
    expect(formatPackLink(JSON.stringify({ notes: random }))).toBeNull();
  });

  it('refuse other links, damage and links that are too long, and never throw', () => {
    expect(parsePackLink('werkplaats://doc/werkplaats-flevoland')).toEqual({ ok: false, problem: 'not-a-pack-link' });
    expect(parsePackLink(`${packLinkPrefix}***`)).toEqual({ ok: false, problem: 'damaged' });
    expect(parsePackLink(packLinkPrefix)).toEqual({ ok: false, problem: 'damaged' });
    expect(parsePackLink(`${packLinkPrefix}${'A'.repeat(maximumPackLinkLength)}`)).toEqual({ ok: false, problem: 'too-long' });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        const result = parsePackLink(packLinkPrefix + tail);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a link that would unpack to a huge text (a deflate bomb) without unpacking it all', () => {
    const bomb = deflateSync(strToU8(' '.repeat(8 * 1024 * 1024)), { level: 9 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let encoded = '';
    for (let index = 0; index < bomb.length; index += 3) {
      const chunk = (bomb[index]! << 16) | ((bomb[index + 1] ?? 0) << 8) | (bomb[index + 2] ?? 0);
      const characters = Math.min(4, Math.ceil(((bomb.length - index) * 8) / 6));
      for (let position = 0; position < characters; position += 1) encoded += alphabet[(chunk >> (18 - 6 * position)) & 63];
    }
    expect(encoded.length).toBeLessThan(maximumPackLinkLength);
    expect(parsePackLink(packLinkPrefix + encoded)).toEqual({ ok: false, problem: 'too-long' });
  });
});
