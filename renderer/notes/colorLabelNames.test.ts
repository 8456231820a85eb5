import { describe, expect, it } from 'vitest';
import { defaultColorLabels } from '../../core/annotations/colorLabels.js';
import { displayColorLabels } from './colorLabelNames.js';

describe('displayColorLabels', () => {
  it('knows the same starting labels as the core', () => {
    expect(displayColorLabels(defaultColorLabels(), 'nl')).toEqual(defaultColorLabels());
  });

  it('shows the starting labels in English in the English UI', () => {
    expect(displayColorLabels(defaultColorLabels(), 'en')).toEqual(['important', 'question', 'definition', 'example', 'criticism']);
  });

  it('keeps a label the reader renamed as written', () => {
    const labels = defaultColorLabels();
    labels[1] = 'nalezen';
    expect(displayColorLabels(labels, 'en')[1]).toBe('nalezen');
  });
});
