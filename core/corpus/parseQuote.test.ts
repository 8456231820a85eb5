import { describe, expect, it } from 'vitest';
import { parseQuote } from './parseQuote.js';

describe('parseQuote', () => {
  it.each([
    ['‘Mooie parels ontstaan’ – Kitty Jurrius, Lector Werkplaats', 'Mooie parels ontstaan', 'Kitty Jurrius, Lector Werkplaats'],
    ['‘Het houdt ons scherp’ - Marja Jager-Vreugdenhil, lector', 'Het houdt ons scherp', 'Marja Jager-Vreugdenhil, lector'],
    ['“Samen leren” — Anna de Vries', 'Samen leren', 'Anna de Vries'],
    ["'Iedereen mag meedoen!' - Piet Jansen", 'Iedereen mag meedoen!', 'Piet Jansen'],
    ['Kitty Jurrius: ‘Organisaties brengen én halen kennis. Iedereen mag meedoen!’', 'Organisaties brengen én halen kennis. Iedereen mag meedoen!', 'Kitty Jurrius'],
    ['‘In de regio’s leren we van elkaar.’', 'In de regio’s leren we van elkaar.', null],
  ])('reads %s as a quotation', (paragraph, text, attribution) => {
    expect(parseQuote(paragraph)).toEqual({ text, attribution });
  });

  it.each([
    'Het vraagstuk ‘De lerende professional’ wordt gedefinieerd als leren.',
    '‘Inclusieve samenleving’ gaat over mee kunnen doen. Marja: ‘Tot nu toe.’',
    "'Uitstroom 24-uurszorg' is een van de projecten.",
    'Het doel: ‘leren van elkaar’',
    '‘Flevoland is nieuw’, zegt Kitty Jurrius. ‘Het aantal ouderen groeit.’',
  ])('leaves prose containing speech as prose: %s', (paragraph) => {
    expect(parseQuote(paragraph)).toBeNull();
  });
});
