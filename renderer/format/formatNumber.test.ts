import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/dictionary.js';
import { formatNumber } from './formatNumber.js';

describe('formatNumber', () => {
  it.each([
    [12345, 'nl-NL', '12.345'],
    [12345, 'en-GB', '12,345'],
    [1234567.5, 'nl-NL', '1.234.567,5'],
    [1234567.5, 'en-GB', '1,234,567.5'],
    [7, 'nl-NL', '7'],
  ])('writes %d in %s as %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });

  it('passes options through, such as a percentage', () => {
    expect(formatNumber(0.25, 'nl-NL', { style: 'percent' })).toMatch(/^25\s?%$/);
    expect(formatNumber(0.25, 'en-GB', { style: 'percent' })).toBe('25%');
  });
});

describe('numbers in messages', () => {
  it('follow the UI language in counts, steps and positions', () => {
    expect(translate('nl', 'route.stepOf', { index: 2, count: 12345 })).toBe('Stap 2 van 12.345');
    expect(translate('en', 'route.stepOf', { index: 2, count: 12345 })).toBe('Step 2 of 12,345');
    expect(translate('nl', 'search.themeCounts', { passages: 1500, documents: 3 })).toBe('1.500 passages in 3 documenten');
    expect(translate('en', 'export.count', { annotations: 10000, notebook: 2 })).toBe('10,000 highlights and 2 notebook pages go in');
    expect(translate('nl', 'routes.minutes', { count: 1200 })).toBe('± 1.200 min. lezen');
  });

  it('leaves arguments that carry a sentence alone, such as the theme map cell’s counted passages', () => {
    expect(translate('en', 'map.cellLabel', { theme: 'Informal care', document: 'Zwolle', count: translate('en', 'themes.passages', { count: 1500 }) })).toBe(
      'Informal care in Zwolle: 1,500 passages',
    );
  });
});
