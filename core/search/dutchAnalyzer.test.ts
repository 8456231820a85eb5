import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DutchAnalyzer, analyze, foldText, stemDutch, type Token } from './dutchAnalyzer.js';
import { DUTCH_STOPWORDS, EXTRA_STOPWORDS, KEPT_STOPWORDS } from './dutchStopwords.js';

const terms = (text: string, analyzer?: DutchAnalyzer) => (analyzer ? analyzer.analyze(text) : analyze(text)).map((token) => token.term);
const wordTerm = (text: string) => analyze(text).find((token) => token.role === 'word')?.term;

describe('foldText', () => {
  it.each([
    ['Creëren', 'creeren'],
    ['cliënten', 'clienten'],
    ['Coördinatie', 'coordinatie'],
    ['ÉÉN', 'een'],
    ['casuïstiek', 'casuistiek'],
  ])('%s → %s', (input, folded) => expect(foldText(input)).toBe(folded));
});

describe('analyze: folding and stemming', () => {
  it.each([
    ['creëren', 'creeren'],
    ['cliënten', 'clienten'],
    ['Cliënten', 'client'],
    ['scheidingen', 'scheiding'],
    ['wijkteams', 'wijkteam'],
    ['schulden', 'schuld'],
    ['Statushouders', 'statushouder'],
  ])('%s and %s share a term', (a, b) => expect(wordTerm(a)).toBe(wordTerm(b)));

  it('stems with Snowball Dutch', () => {
    expect(stemDutch('mantelzorgers')).toBe('mantelzorger');
    expect(stemDutch('clienten')).toBe('client');
  });
});

describe('analyze: hyphenated and numeric terms', () => {
  it('keeps 24-uurszorg whole and emits its parts at the same position', () => {
    const tokens = analyze('de 24-uurszorg');
    expect(tokens.map((token) => token.term)).toEqual(expect.arrayContaining(['24uurszorg', '24', 'uurszorg', 'uur', 'zorg']));
    expect(new Set(tokens.map((token) => token.position))).toEqual(new Set([1]));
    const whole = tokens.find((token) => token.role === 'word')!;
    expect(whole.surface).toBe('24-uurszorg');
  });

  it('indexes e-health as ehealth and health', () => {
    expect(terms('E-health')).toEqual(['ehealth', 'health']);
  });

  it('drops a genitive or plural apostrophe-s', () => {
    expect(wordTerm('regio’s')).toBe(wordTerm('regio'));
  });

  it('keeps numbers', () => {
    expect(terms('in 2021 verscheen')).toContain('2021');
  });
});

describe('analyze: stopwords', () => {
  it('drops stopwords but counts them for positions', () => {
    const tokens = analyze('de werkplaats van het jaar');
    const words = tokens.filter((token) => token.role === 'word');
    expect(words.map((token) => [token.term, token.position])).toEqual([
      [stemDutch('werkplaats'), 1],
      [stemDutch('jaar'), 4],
    ]);
  });

  it.each(['eigen', 'samen'])('keeps the meaningful word "%s"', (word) => {
    expect(terms(word)).toHaveLength(1);
  });

  it('matches stopwords-iso nl, minus the kept words, plus clitics', async () => {
    const require = createRequire(import.meta.url);
    const iso = (require('stopwords-iso') as { nl: string[] }).nl;
    const kept = new Set(KEPT_STOPWORDS);
    expect(new Set(DUTCH_STOPWORDS)).toEqual(new Set([...iso.filter((word) => !kept.has(word)), ...EXTRA_STOPWORDS]));
  });
});

describe('analyze: compounds', () => {
  const analyzer = new DutchAnalyzer();
  analyzer.learn('jeugd hulpverleners jeugdhulp scheidingen infrastructuren zorg werk technologie');

  it.each([
    ['jeugdhulpverleners', ['jeugd', stemDutch('hulpverleners')]],
    ['echtscheidingen', ['scheiding']],
    ['uurszorg', ['uur', 'zorg']],
    ['leerinfrastructuur', [stemDutch('leer'), stemDutch('infrastructuur')]],
    ['sportparticipatie', ['sport']],
    ['zorgvragers', ['zorg']],
  ])('%s emits its known parts', (word, parts) => {
    const found = analyzer.analyze(word);
    expect(found.map((token) => token.term)).toEqual(expect.arrayContaining(parts));
    expect(found.filter((token) => token.role === 'word')).toHaveLength(1);
  });

  it('emits parts with their own offsets', () => {
    const tokens = analyzer.analyze('Jeugdhulpverleners');
    const part = tokens.find((token) => token.term === 'jeugd')!;
    expect([part.start, part.end, part.surface]).toEqual([0, 5, 'jeugd']);
  });

  it('never splits off parts shorter than four letters', () => {
    for (const token of analyzer.analyze('jeugdhulpverleners echtscheidingen sportparticipatie')) {
      if (token.role === 'part') expect(token.end - token.start).toBeGreaterThanOrEqual(4);
    }
  });

  it('does not split short or unknown words', () => {
    expect(analyzer.splitCompound('zorg')).toBeNull();
    expect(analyzer.splitCompound('qwertyuiopasdf')).toBeNull();
  });
});

const dutchish = fc.stringMatching(/^[A-Za-zëïéèöü0-9 \-’'.,()“”]{0,60}$/);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), dutchish);

describe('analyze: properties', () => {
  const analyzer = new DutchAnalyzer([['jeugd', 3], ['hulp', 2], ['zorg', 5]]);

  it('never throws and keeps offsets inside the input, folding to the surface', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tokens: Token[] = analyzer.analyze(input);
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(input.length);
          expect(foldText(input.slice(token.start, token.end))).toBe(token.surface);
          expect(token.term.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic, also across analyzers with the same vocabulary', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const again = new DutchAnalyzer(analyzer.vocabulary);
        expect(analyzer.analyze(input)).toEqual(analyzer.analyze(input));
        expect(again.analyze(input)).toEqual(analyzer.analyze(input));
      }),
      { numRuns: 300 },
    );
  });

  it('gives positions that never decrease', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const positions = analyzer.analyze(input).map((token) => token.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });
});
