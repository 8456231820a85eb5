import { describe, expect, it } from 'vitest';
import { parseDutchDate, parsePublicationLine } from './parseDutchDate.js';

describe('parseDutchDate', () => {
  it.each([
    ['12 juni 2017', '2017-06-12'],
    ['maandag 1 januari 2024', '2024-01-01'],
    ['3 okt. 2016', '2016-10-03'],
    ['29-02-2020', '2020-02-29'],
  ])('reads %s', (line, iso) => expect(parseDutchDate(line)).toBe(iso));

  it.each(['31 juni 2017', '12 juni', 'Op 12 juni 2017 begon het', '29-02-2019', '12 brumaire 2017'])('rejects %s', (line) => {
    expect(parseDutchDate(line)).toBeNull();
  });

  it('reads a labelled publication line', () => {
    expect(parsePublicationLine('Publicatiedatum: 01 oktober 2016')).toBe('2016-10-01');
    expect(parsePublicationLine('Vervolg op WMO Werkplaats Rotterdam')).toBeNull();
  });
});
