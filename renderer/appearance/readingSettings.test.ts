import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultReadingSettings, parseReadingSettings, sizeSteps } from './readingSettings.js';

describe('parseReadingSettings', () => {
  it.each([
    [null, defaultReadingSettings],
    ['not json', defaultReadingSettings],
    ['{"size":5,"width":"wide","spacing":"relaxed","motion":"reduce"}', { size: 5, width: 'wide', spacing: 'relaxed', motion: 'reduce' }],
    ['{"size":9,"width":"huge"}', defaultReadingSettings],
    ['{"size":0}', { ...defaultReadingSettings, size: 0 }],
  ])('reads %j', (text, expected) => {
    expect(parseReadingSettings(text)).toEqual(expected);
  });

  it('always gives a usable setting, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const settings = parseReadingSettings(text);
        expect(settings.size).toBeGreaterThanOrEqual(0);
        expect(settings.size).toBeLessThan(sizeSteps);
        expect(['narrow', 'normal', 'wide']).toContain(settings.width);
      }),
    );
  });
});
