import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArguments, UsageError } from './parseArguments.js';

const valueFlags = new Set(['data-dir', 'limit']);

describe('parseArguments', () => {
  it.each([
    [['list'], ['list'], {}],
    [['list', '--json'], ['list'], { json: true }],
    [['--data-dir', '/tmp/x', 'show', 'id'], ['show', 'id'], { 'data-dir': '/tmp/x' }],
    [['show', '--data-dir=/tmp/a=b', 'id'], ['show', 'id'], { 'data-dir': '/tmp/a=b' }],
    [['show', '--', '--json'], ['show', '--json'], {}],
  ])('%j → positionals %j and flags %j', (words, positionals, flags) => {
    const parsed = parseArguments(words, valueFlags);
    expect(parsed.positionals).toEqual(positionals);
    expect(Object.fromEntries(parsed.flags)).toEqual(flags);
  });

  it('keeps every value of a repeated flag in order, and the last as its value', () => {
    const parsed = parseArguments(['routes', 'new', '--limit', 'a', '--limit=b', '--limit', 'c'], valueFlags);
    expect(parsed.repeated.get('limit')).toEqual(['a', 'b', 'c']);
    expect(parsed.flags.get('limit')).toBe('c');
  });

  it.each([[['--data-dir']], [['--data-dir', '--json']], [['--json=1']]])('refuses %j with a usage error', (words) => {
    expect(() => parseArguments(words, valueFlags)).toThrow(UsageError);
  });

  it('either parses or throws a usage error, for any words', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('--json', '--data-dir', '--limit=3', '--'))), (words) => {
        try {
          const parsed = parseArguments(words, valueFlags);
          expect(parsed.positionals.length).toBeLessThanOrEqual(words.length);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
    );
  });
});
