import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusOverrides } from './corpusOverrides.js';
import { CorpusParseError } from './corpusParseError.js';

describe('parseCorpusOverrides', () => {
  it('accepts the overrides file in data/', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../data/corpus-overrides.json', import.meta.url), 'utf8'));
    expect(Object.keys(parseCorpusOverrides(json))).toEqual(['002_6be9bfadb7a4ecc6.txt']);
  });

  it('rejects unknown fields and malformed dates with a readable error', () => {
    expect(() => parseCorpusOverrides({ 'a.txt': { colour: 'red' } })).toThrow(CorpusParseError);
    expect(() => parseCorpusOverrides({ 'a.txt': { published: '12 juni 2017' } })).toThrow(/a\.txt\.published/);
  });
});
