import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { anchor, type Anchor } from './anchor.js';
import { describeRange } from './describeRange.js';
import { applyEdit, isRightPlace, type CharacterEdit } from './trackEdits.js';
import type { Selector } from '../../../common/annotations/selectors.js';
import type { TextSpan } from '../../corpus/types.js';

const corpusDir = fileURLToPath(new URL('../../../data/corpus/', import.meta.url));
const corpusTexts = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(corpusDir + name, 'utf8'));

/** Characters that make text awkward: diacritics, NBSP, tabs, CRLF, combining marks, emoji, Dutch quotes. */
const awkwardCharacter = fc.constantFrom(
  'a', 'e', 'n', 'ij', ' ', ' ', '.', 'é', 'ë', 'ï', 'ö', '\u00a0', '\t', '\r\n', '\n', 'e\u0301', 'o\u0308', '😀', '👩‍👩‍👧', '‘', '’', '–', 'Z',
);
const awkwardText = fc.array(awkwardCharacter, { minLength: 1, maxLength: 400 }).map((parts) => parts.join(''));

/** A uniformly distributed fraction in [0, 1): fast-check's own numbers lean towards the edges on purpose. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((value) => value / 2 ** 30);

const replacementCharacter = fc.constantFrom('a', 'e', 'i', 'o', 'n', 't', 's', 'r', ' ', 'é', 'ë', ',', '.', 'W', 'ij', '\n');

/** Widens `[start, end)` to whole words, so ranges look like what a reader selects. */
function snapToWords(text: string, start: number, end: number): TextSpan {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from -= 1;
  while (to < text.length && !/\s/.test(text[to]!)) to += 1;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/** `ANCHOR_RUNS=2000 ANCHOR_SEED=1 npx vitest run core/annotations/anchoring` runs a longer, differently seeded check. */
const soakRuns = process.env.ANCHOR_RUNS ? Number(process.env.ANCHOR_RUNS) : undefined;
const soakSeed = process.env.ANCHOR_SEED ? Number(process.env.ANCHOR_SEED) : undefined;

interface Trial {
  text: string;
  ranges: TextSpan[];
  edits: { kind: CharacterEdit['kind']; at: number; character: string }[];
}

const trial: fc.Arbitrary<Trial> = fc
  .integer({ min: 0, max: corpusTexts.length - 1 })
  .chain((index) => {
    const text = corpusTexts[index]!;
    const editCount = Math.round(text.length * 0.05);
    const range = fc
      .record({ at: fraction, length: fc.noBias(fc.integer({ min: 4, max: 200 })) })
      .map(({ at, length }) => {
        const start = Math.floor(at * (text.length - 4));
        return snapToWords(text, start, Math.min(text.length, start + length));
      })
      .filter((span) => span.end - span.start >= 4);
    const edit = fc.record({
      kind: fc.constantFrom<CharacterEdit['kind']>('insert', 'delete', 'replace'),
      at: fraction,
      character: replacementCharacter,
    });
    return fc.record({
      text: fc.constant(text),
      ranges: fc.array(range, { minLength: 10, maxLength: 10 }),
      edits: fc.array(edit, { minLength: editCount, maxLength: editCount }),
    });
  });

interface Outcome {
  anchored: number;
  wrong: { truth: TextSpan; found: Anchor; quote: string }[];
  total: number;
}

/** Annotates, edits the text with the ranges tracked, re-anchors, and compares with where the text really went. */
function runTrial({ text, ranges, edits }: Trial, anchorWith: (text: string, selectors: Selector[]) => Anchor | null): Outcome {
  const selectors = ranges.map((range) => describeRange(text, range.start, range.end));
  const truths = ranges.map((range) => ({ ...range }));
  let edited = text;
  for (const { kind, at, character } of edits) {
    const position = Math.floor(at * (edited.length + (kind === 'insert' ? 1 : 0)));
    edited = applyEdit(edited, kind === 'delete' ? { kind, position } : { kind, position, character }, truths);
  }
  const outcome: Outcome = { anchored: 0, wrong: [], total: ranges.length };
  selectors.forEach((selector, index) => {
    const found = anchorWith(edited, selector);
    if (found === null) return;
    outcome.anchored += 1;
    if (!isRightPlace(found, truths[index]!)) outcome.wrong.push({ truth: truths[index]!, found, quote: selector[0].exact });
  });
  return outcome;
}

describe('anchor', () => {
  it('finds every range of an unchanged text at its own position, whatever the characters', () => {
    fc.assert(
      fc.property(awkwardText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const selectors = describeRange(text, start, end);
        expect(anchor(text, selectors)).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 500 },
    );
  });

  it('finds an exact quote again by its context when text far before it changed length', () => {
    const margin = 'Dit is een inleidende zin van ruim twee en dertig tekens lang.';
    fc.assert(
      fc.property(awkwardText, awkwardText, fc.nat(), fc.nat(), (middle, inserted, a, b) => {
        const text = margin + middle + margin;
        const start = margin.length + (a % middle.length);
        const end = start + 1 + (b % (margin.length + middle.length - start));
        const selectors = describeRange(text, start, end);
        const edited = inserted + text;
        const found = anchor(edited, selectors);
        expect(found).not.toBeNull();
        expect(edited.slice(found!.start, found!.end)).toBe(text.slice(start, end));
      }),
      { numRuns: 300 },
    );
  });

  it('picks, among repeated quotes, the one whose context matches', () => {
    const text = 'Het sociaal domein in Zwolle. Daarna: het sociaal domein in Almere, en nog eens het sociaal domein in Zwolle.';
    const start = text.indexOf('sociaal domein in Almere');
    const selectors = describeRange(text, start, start + 'sociaal domein'.length);
    const edited = 'Inleiding. ' + text.replace('Daarna:', 'Vervolgens, ');
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('quote');
    expect(found?.start).toBe(edited.indexOf('sociaal domein in Almere'));
  });

  it('anchors approximately through small edits and reports it as fuzzy', () => {
    const text = corpusTexts[0]!;
    const start = text.indexOf('De lerende professional');
    const selectors = describeRange(text, start, start + 60);
    const edited = text.slice(0, start) + 'Inmiddels: ' + text.slice(start, start + 20).replace('lerende', 'lerend') + text.slice(start + 20);
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(isRightPlace(found!, { start: start + 11, end: start + 70 })).toBe(true);
  });

  it('orphans an annotation whose text is gone instead of guessing', () => {
    const text = corpusTexts[1]!;
    const start = Math.floor(text.length / 2);
    const selectors = describeRange(text, start, start + 80);
    const edited = text.slice(0, start - 40) + text.slice(start + 120);
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('re-anchors at least 95% after 5% random character edits and never in the wrong place', () => {
    const totals = { anchored: 0, total: 0 };
    fc.assert(
      fc.property(trial, (input) => {
        const outcome = runTrial(input, anchor);
        totals.anchored += outcome.anchored;
        totals.total += outcome.total;
        expect(outcome.wrong).toEqual([]);
      }),
      { numRuns: soakRuns ?? 60, seed: soakSeed ?? 20261123 },
    );
    if (soakRuns !== undefined) console.log(`anchored ${totals.anchored}/${totals.total} (${((100 * totals.anchored) / totals.total).toFixed(2)}%)`);
    expect(totals.anchored / totals.total).toBeGreaterThanOrEqual(0.95);
  });

  it('has a placement check strong enough to catch an anchorer that takes the first exact copy', () => {
    const naive = (text: string, selectors: Selector[]): Anchor | null => {
      const exact = (selectors[0] as { exact: string }).exact;
      const start = text.indexOf(exact);
      return start === -1 ? null : { start, end: start + exact.length, method: 'quote' };
    };
    let wrong = 0;
    fc.assert(
      fc.property(trial, (input) => {
        wrong += runTrial(input, naive).wrong.length;
      }),
      { numRuns: 60, seed: 20261123 },
    );
    expect(wrong).toBeGreaterThan(0);
  });
});
