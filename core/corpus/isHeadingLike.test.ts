import { describe, expect, it } from 'vitest';
import { isHeadingLike } from './isHeadingLike.js';

describe('isHeadingLike', () => {
  it.each(["Thema's", 'Introductie', 'Werkgroep 1: Doorontwikkeling van sociale wijkteams', 'Werken met en in ‘de sociale basis’', "Magazine 'Op afstand nabij'", 'Uitstroom 24-uurszorg'])(
    'accepts the heading %s',
    (line) => expect(isHeadingLike(line)).toBe(true),
  );

  it.each([
    'Lees de bijdragen.',
    'De komende drie jaar gaat de Werkplaats (verder) aan de slag met:',
    '‘De Werkplaats helpt’',
    'sociale steun en tussen professionals en vrijwilligers',
    '  1. Inclusieve samenleving',
    'Een zin die veel te lang is om een kop te zijn want hij heeft meer dan twaalf woorden erin staan',
    'Wat spelen sociaal werkers nu eigenlijk klaar?',
    '',
  ])('rejects %s', (line) => expect(isHeadingLike(line)).toBe(false));
});
