// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SegmentedChoice } from './SegmentedChoice.js';

afterEach(cleanup);

describe('SegmentedChoice', () => {
  it('presses the chosen option only, and reports a click on another', () => {
    const onChoose = vi.fn();
    render(<SegmentedChoice label="Thema" options={['light', 'dark'] as const} value="dark" onChoose={onChoose} text={(option) => (option === 'light' ? 'Licht' : 'Donker')} />);
    const group = screen.getByRole('group', { name: 'Thema' });
    expect(group.querySelectorAll('[aria-pressed="true"]')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Donker' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Licht' }));
    expect(onChoose).toHaveBeenCalledWith('light');
  });

  it('passes an option its own attributes, but never lets them override the pressed state', () => {
    render(
      <SegmentedChoice
        label="Taal"
        options={['nl', 'en'] as const}
        value="nl"
        onChoose={() => undefined}
        text={(option) => option.toUpperCase()}
        optionProps={(option) => ({ lang: option, title: option, 'aria-pressed': true })}
      />,
    );
    const english = screen.getByRole('button', { name: 'EN' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('aria-pressed')).toBe('false');
  });
});
