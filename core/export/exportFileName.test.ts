import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultExportFileName, maxFileNameBytes, safeFileName } from './exportFileName.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'md', 'etc-passwd.md'],
    ['..\\..\\windows\\system32', 'csv', 'windows-system32.csv'],
    ['CON', 'txt', '_CON.txt'],
    ['nul.tar', 'json', '_nul.tar.json'],
    ['', 'md', 'aantekeningen.md'],
    ['   ...   ', 'html', 'aantekeningen.html'],
    ['notities: "deel 1" <def>?', 'docx', 'notities- -deel 1- -def.docx'],
    ['verslag.md', 'md', 'verslag.md'],
    ['Mijn notities.', 'pdf', 'Mijn notities.pdf'],
  ])('turns %j with .%s into %j', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });

  it('keeps every name safe: one path segment, no reserved characters or names, not empty, at most 255 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('md', 'html', 'pdf', 'docx', 'csv', 'json'), (name, extension) => {
        const safe = safeFileName(name, extension);
        expect(safe.endsWith(`.${extension}`)).toBe(true);
        expect(safe.length).toBeGreaterThan(extension.length + 1);
        expect(bytes(safe)).toBeLessThanOrEqual(maxFileNameBytes);
        expect(safe).not.toMatch(/[\u0000-\u001f<>:"/\\|?*]/);
        expect(safe).not.toMatch(/^[.\s]|[.\s]\.[a-z]+$/);
        expect(safe).not.toContain('..');
        expect(safe.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(safe).toBe(safe.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });

  it('cuts long names at a character boundary', () => {
    const name = 'é'.repeat(300);
    const safe = safeFileName(name, 'md');
    expect(bytes(safe)).toBeLessThanOrEqual(255);
    expect(safe).toMatch(/^é+\.md$/);
  });
});

describe('defaultExportFileName', () => {
  it('names the scope and the date', () => {
    expect(defaultExportFileName('alles', new Date('2026-12-02T10:00:00Z'), 'md')).toBe('aantekeningen-alles-2026-12-02.md');
    expect(defaultExportFileName('thema-Cliënten & mantelzorg', new Date('2026-12-02T10:00:00Z'), 'docx')).toBe('aantekeningen-thema-clienten-mantelzorg-2026-12-02.docx');
    expect(defaultExportFileName('../..', new Date('2026-12-02T10:00:00Z'), 'csv')).toBe('aantekeningen-alles-2026-12-02.csv');
  });
});
