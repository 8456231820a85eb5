import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { expandQuery } from './expandQuery.js';
import { parseThesaurus } from './thesaurus.js';

const thesaurus = parseThesaurus(JSON.parse(readFileSync('data/thesaurus.json', 'utf8')));
const expand = expandQuery(thesaurus);

describe('expandQuery', () => {
  it.each([
    ['lvb', 'licht verstandelijke beperking'],
    ['LVB', 'licht verstandelijke beperking'],
    ['licht verstandelijke beperking', 'lvb'],
    ['licht verstandelijk beperkt', 'lvb'],
    ['ggz', 'geestelijke gezondheidszorg'],
    ['geestelijke gezondheidszorg', 'ggz'],
    ['wmo', 'wet maatschappelijke ondersteuning'],
    ['wet maatschappelijke ondersteuning', 'wmo'],
    ['wijkteams', 'gebiedsteam'],
    ['action learning', 'actieleren'],
    ['e-health', 'digitale zorg'],
  ])('expands %j to include %j', (word, synonym) => {
    expect(expand(word)).toContain(synonym);
  });

  it.each(['fiets', 'zorg', 'verstandelijke', ''])('leaves %j, which is in no synonym ring, alone', (word) => {
    expect(expand(word)).toEqual([]);
  });

  it('never returns the word itself or an inflection of it', () => {
    expect(expand('lvb')).not.toContain('lvb');
    expect(expand('sociale wijkteams')).not.toContain('sociale wijkteams');
    expect(expand('wijkteams')).not.toContain('wijkteam');
  });
});
