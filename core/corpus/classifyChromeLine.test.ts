import { describe, expect, it } from 'vitest';
import { classifyChromeLine } from './classifyChromeLine.js';
import { isLinkOnly } from './isLinkOnly.js';

describe('classifyChromeLine', () => {
  it.each(['Menu Zoeken English', 'Toon:', 'Nieuwsbrief', 'Home | Nederlands', 'Delen Print'])('marks %s as navigation', (line) => {
    expect(classifyChromeLine(line)).toBe('navigation');
  });

  it.each(['We gebruiken cookies voor analyse en marketing om de website te verbeteren.', 'Wijzig cookie-instellingen'])('marks %s as cookie banner', (line) => {
    expect(classifyChromeLine(line)).toBe('cookie');
  });

  it.each(['Contact', 'Deelnemende gemeenten', 'Menu van de week', 'Zoeken naar nieuwe oplossingen'])('keeps %s', (line) => {
    expect(classifyChromeLine(line)).toBeNull();
  });
});

describe('isLinkOnly', () => {
  it.each(['Lees meer informatie op de website van Viaa.', 'Bekijk hier het filmpje over de Flevo Academie Jeugd.', 'Klik hier'])('marks %s as a dead call to action', (text) => {
    expect(isLinkOnly(text)).toBe(true);
  });

  it.each(['Leren van casuïstiek staat centraal.', 'Lees dan ook de rapportage. Die verscheen in januari.', 'Meer weten over het project?'])('keeps %s', (text) => {
    expect(isLinkOnly(text)).toBe(false);
  });
});
