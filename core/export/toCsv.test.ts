import { describe, expect, it } from 'vitest';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { buildExportModel } from './exportModel.js';
import { csvColumns, guardFormula, toCsv } from './toCsv.js';

/** A strict RFC 4180 reader, written independently of the writer: fields, quotes, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (character === '"') {
        quoted = false;
        index += 1;
        continue;
      }
      field += character;
      index += 1;
      continue;
    }
    if (character === '"' && field === '') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (character === '"' || character === '\n' || character === '\r') throw new Error(`bare ${JSON.stringify(character)} at ${index}`);
    else field += character;
    index += 1;
  }
  if (field !== '' || row.length > 0) throw new Error('last row not ended by CRLF');
  return rows;
}

describe('toCsv', () => {
  const fixture = exportFixture({
    tags: ['=HYPERLINK("http://evil")', '+1', 'gewoon'],
    note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '@SUM(1,2) "aanhalingstekens", komma\'s' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'tweede regel' }] }] },
    labels: ['-2+3', 'vraag', 'definitie', 'voorbeeld', 'kritiek'],
  });
  const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
  const text = toCsv(model);

  it('starts with a UTF-8 BOM and parses as RFC 4180 into a header and one row per highlight', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(model.annotations.length + 1);
    expect(rows.every((row) => row.length === csvColumns.length)).toBe(true);
  });

  it('holds id, document, section, quote, note text, tags, colour label, dates and orphan per row', () => {
    const rows = parseCsv(text.slice(1));
    const id = `a-${fixture.documents[0]!.id}-0`;
    const row = Object.fromEntries(csvColumns.map((column, index) => [column, rows.find((candidate) => candidate[0] === id)![index]]));
    expect(row.document).toBe(fixture.documents[0]!.title);
    expect(row.quote).toBe(fixture.quotes.get(id));
    expect(row.note).toBe('\'@SUM(1,2) "aanhalingstekens", komma\'s\ntweede regel');
    expect(row.tags).toBe('\'=HYPERLINK("http://evil"); +1; gewoon');
    expect(row.colour_label).toBe("'-2+3");
    expect(row.orphan).toBe('false');
    expect(rows.find((candidate) => candidate[0] === 'a-orphan')!.at(-1)).toBe('true');
  });

  it('never lets a cell start with a formula character', () => {
    const cells = parseCsv(text.slice(1)).flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});

describe('guardFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6', "'+31 6"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['gewoon', 'gewoon'],
    ['a=b', 'a=b'],
  ])('turns %j into %j', (value, expected) => {
    expect(guardFormula(value)).toBe(expected);
  });
});
