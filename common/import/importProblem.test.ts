import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeApiError } from '../apiError.js';
import { describeImportProblem, describeImportProblems, describePlace, describeReason, importProblem, importProblemAt, importReasons, type ImportProblem, type ImportReason } from './importProblem.js';

/** Words that only the Dutch sentences use; an English sentence holding one is untranslated. */
const dutchWords = /\b(het|de|een|bestand|geen|niet|verwacht|dit|deze|wordt|kan|regel|kolom|sleutel|tekst|nog)\b/i;

describe('importProblem', () => {
  it.each<[string, ImportProblem, string, string]>([
    ['broken JSON at a line and column', importProblemAt({ line: 2, column: 27 }, 'not-json'), 'regel 2, kolom 27: dit is geen geldige JSON', 'line 2, column 27: this is not valid JSON'],
    ['a prototype key at its path', importProblem('[0].__proto__', 'forbidden-key', { key: '__proto__' }), '[0].__proto__: de sleutel "__proto__" is niet toegestaan', '[0].__proto__: the key "__proto__" is not allowed'],
    ['a file that is not annotations', importProblem('', 'not-annotations'), '(bestand): geen W3C-annotaties: verwacht een AnnotationCollection, AnnotationPage, Annotation of een lijst annotaties', '(the file): not W3C annotations: expected an AnnotationCollection, AnnotationPage, Annotation or a list of annotations'],
    ['an unknown field', importProblem('first.items[3]', 'unknown-fields', { fields: '"kwaad"' }), 'first.items[3]: onbekend veld "kwaad"', 'first.items[3]: unknown field "kwaad"'],
    ['one of several values', importProblem('[0].type', 'expected-value', { values: '"Annotation"\n"TextualBody"' }), '[0].type: verwacht "Annotation" of "TextualBody"', '[0].type: expected "Annotation" or "TextualBody"'],
    ['a duplicate id', importProblem('[1]', 'duplicate-id', { number: 1, id: 'a' }), '[1]: dezelfde id als annotatie 1 ("a")', '[1]: the same id as annotation 1 ("a")'],
    ['a scanned PDF', importProblem('scan.pdf', 'pdf-scan'), 'scan.pdf: deze PDF bevat geen tekst om te lezen (waarschijnlijk een scan); importeer een PDF met tekst, of de tekst zelf', 'scan.pdf: this PDF holds no text to read (probably a scan); import a PDF with text, or the text itself'],
    ['an unknown encoding that looks like something', importProblem('oud.txt', 'unknown-encoding', { detected: 'Shift_JIS' }), 'oud.txt: de tekenset van dit bestand is niet te herkennen (het lijkt Shift_JIS); sla het op als UTF-8 en probeer het opnieuw', 'oud.txt: the character set of this file cannot be recognised (it looks like Shift_JIS); save it as UTF-8 and try again'],
  ])('says %s in Dutch and in English', (_name, problem, dutch, english) => {
    expect(describeImportProblem(problem, 'nl')).toBe(dutch);
    expect(describeImportProblem(problem, 'en')).toBe(english);
  });

  it('has an English sentence for every reason that is not the Dutch one and holds no Dutch words', () => {
    const params = { megabytes: 20, levels: 64, key: 'k', fields: '"x"', expected: 'object', values: '"a"', maximum: '5', minimum: '1', detail: 'x', start: 'abc', number: 2, id: 'x', detected: '' };
    for (const reason of Object.keys(importReasons) as ImportReason[]) {
      const problem = { place: 'x', reason, params };
      const english = describeReason(problem, 'en');
      expect(english, reason).not.toBe(describeReason(problem, 'nl'));
      expect(english, reason).not.toMatch(dutchWords);
    }
  });

  it('says how many more there are beyond the listed reasons', () => {
    const problems = [importProblem('[0]', 'not-json')];
    expect(describeImportProblems(problems, 3, 'nl').at(-1)).toBe('- … en nog 2');
    expect(describeImportProblems(problems, 3, 'en').at(-1)).toBe('- … and 2 more');
  });

  it('reads an unknown reason from a newer host as "invalid", never as a crash', () => {
    const problem = { place: '[0]', reason: 'from-the-future', params: {} } as unknown as ImportProblem;
    expect(describeImportProblem(problem, 'en')).toBe('[0]: invalid: from-the-future');
  });

  it('puts the reasons in the import-refused failure in the language asked for', () => {
    const failure = { code: 'import-refused', params: { count: 1, problems: [importProblemAt({ line: 1, column: 3 }, 'not-json')] } } as const;
    expect(describeApiError(failure, 'en')).toBe('Import refused; nothing was changed (1 reason):\n- line 1, column 3: this is not valid JSON');
    expect(describeApiError(failure, 'nl')).toBe('Import geweigerd; er is niets veranderd (1 reden):\n- regel 1, kolom 3: dit is geen geldige JSON');
  });

  it('describes any place without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.nat()), fc.constantFrom<'nl' | 'en'>('nl', 'en'), (place, line, language) => {
        const problem = line === null ? importProblem(place, 'not-json') : importProblemAt({ line, column: 1 }, 'not-json');
        expect(typeof describePlace(problem, language)).toBe('string');
      }),
    );
  });
});
