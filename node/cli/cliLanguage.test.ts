import { describe, expect, it } from 'vitest';
import { cliLanguage } from './cliLanguage.js';
import { parseArguments } from './parseArguments.js';

const parsed = (words: string[]) => parseArguments(words, new Set(['language']));

describe('cliLanguage', () => {
  it.each([
    [[], {}, 'nl'],
    [[], { LANG: 'C.UTF-8' }, 'nl'],
    [[], { LANG: 'en_GB.UTF-8' }, 'en'],
    [[], { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [[], { LANG: 'eo' }, 'nl'],
    [['--language', 'nl'], { LANG: 'en_GB.UTF-8' }, 'nl'],
    [['--language', 'en'], {}, 'en'],
  ] as const)('%j with %j speaks %s', (words, environment, expected) => {
    expect(cliLanguage(parsed([...words]), environment)).toBe(expected);
  });
});
