/** One choice out of a few as a row of pressed buttons (language, colour scheme, reading settings): one shape for every such toggle. */
import type { ButtonHTMLAttributes } from 'react';

export interface SegmentedChoiceProps<Option extends string> {
  /** The group's accessible name. */
  label: string;
  options: readonly Option[];
  value: Option;
  onChoose(option: Option): void;
  /** The visible text of an option. */
  text(option: Option): string;
  /** Further attributes of an option's button (title, lang, data-*). */
  optionProps?(option: Option): ButtonHTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>;
}

export function SegmentedChoice<Option extends string>({ label, options, value, onChoose, text, optionProps }: SegmentedChoiceProps<Option>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option} type="button" className="segmented__option" {...optionProps?.(option)} aria-pressed={value === option} onClick={() => onChoose(option)}>
          {text(option)}
        </button>
      ))}
    </div>
  );
}
