import { describe, expect, it } from 'vitest';
import { looksLikeRoutePack } from './routePackFile.js';

describe('looksLikeRoutePack', () => {
  it.each([
    ['a pack as the app writes it', '{\n  "format": "werkplaats-leesroute",\n  "formatVersion": 2', true],
    ['a pack written without spaces', '{"formatVersion":1,"format":"werkplaats-leesroute"}', true],
    ['a W3C annotation file', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}', false],
    ['another format', '{"format":"werkplaats-export"}', false],
    ['a pack named far into a huge file', `${' '.repeat(70 * 1024)}{"format":"werkplaats-leesroute"}`, false],
  ])('%s: %s', (_, text, expected) => {
    expect(looksLikeRoutePack(text)).toBe(expected);
  });
});
