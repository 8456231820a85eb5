import { describe, expect, it } from 'vitest';
import { parseListLines } from './parseListLines.js';

describe('parseListLines', () => {
  it('nests deeper bullets under numbered items', () => {
    expect(parseListLines(['  1. Technologie: Hoe?', '  2. Eigen kracht.', '    • Almere: onderzoek.', '    • Plan: format.'])).toEqual({
      ordered: true,
      items: [
        { text: 'Technologie: Hoe?', depth: 0 },
        { text: 'Eigen kracht.', depth: 0 },
        { text: 'Almere: onderzoek.', depth: 1 },
        { text: 'Plan: format.', depth: 1 },
      ],
    });
  });

  it('makes indented description lines under an item one nested item, joining their wrapped lines', () => {
    expect(parseListLines([' 1. Sociale wijkteams', '  Wijkteams zijn nog in', '  ontwikkeling.', ' 2. Samenwerking.', '  Formeel en informeel.'])).toEqual({
      ordered: true,
      items: [
        { text: 'Sociale wijkteams', depth: 0 },
        { text: 'Wijkteams zijn nog in ontwikkeling.', depth: 1 },
        { text: 'Samenwerking.', depth: 0 },
        { text: 'Formeel en informeel.', depth: 1 },
      ],
    });
  });

  it('continues an item with lines aligned to its text', () => {
    expect(parseListLines(['- Een lange regel die', '  doorloopt'])).toEqual({ ordered: false, items: [{ text: 'Een lange regel die doorloopt', depth: 0 }] });
  });
});
