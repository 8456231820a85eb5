import { describe, expect, it } from 'vitest';
import { exportStrings, fillTemplate } from './exportStrings.js';

describe('fillTemplate', () => {
  it('fills names and leaves unknown ones as they are', () => {
    expect(fillTemplate('Thema {title} ({missing})', { title: 'Jeugd' })).toBe('Thema Jeugd ({missing})');
  });

  it('says a count with its word in the singular for one and the plural otherwise, in both languages', () => {
    expect(fillTemplate(exportStrings('nl').count, { annotations: 1, notebook: 0 })).toBe('1 markering, 0 notitieboekpagina’s');
    expect(fillTemplate(exportStrings('nl').count, { annotations: 12, notebook: 1 })).toBe('12 markeringen, 1 notitieboekpagina');
    expect(fillTemplate(exportStrings('en').count, { annotations: 1, notebook: 2 })).toBe('1 highlight, 2 notebook pages');
  });
});
