/** Small controls shared by the popover, the panel and the overview: colour choice, tags, colour names and save status. */
import { useId, useState } from 'react';
import { colorIndexes } from '../../common/annotations/colors.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { useI18n } from '../i18n/LanguageContext.js';
import type { SaveStatus } from './useAutosave.js';

/** A colour dot; the label is read out by the surrounding control. */
export function Swatch({ color, size = 'normal' }: { color: number; size?: 'normal' | 'small' }) {
  return <span className={`notes-swatch notes-swatch--${color} notes-swatch--${size}`} aria-hidden="true" />;
}

/** Five colour buttons with their meaning; the current one is pressed. */
export function ColorPicker({ labels, value, onChange, labelKey = 'notes.popover.recolor' }: { labels: ColorLabels; value: number | null; onChange(color: number): void; labelKey?: 'notes.popover.recolor' | 'notes.selection.highlight' }) {
  const { t } = useI18n();
  return (
    <div className="notes-colors" role="group" aria-label={t('notes.color')}>
      {colorIndexes.map((color) => (
        <button
          key={color}
          type="button"
          className="notes-colors__button"
          data-color={color}
          aria-pressed={value === null ? undefined : value === color}
          aria-label={t(labelKey, { label: labels[color] })}
          title={labels[color]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChange(color)}
        >
          <Swatch color={color} />
        </button>
      ))}
    </div>
  );
}

/** Filters by colour: "all", or one colour, which a second press clears again. */
export function ColorFilter({ labels, value, onChange }: { labels: ColorLabels; value: number | null; onChange(color: number | null): void }) {
  const { t } = useI18n();
  return (
    <div className="notes-filters__colors" role="group" aria-label={t('notes.color')}>
      <button type="button" className="notes-filters__all" aria-pressed={value === null} onClick={() => onChange(null)}>
        {t('notes.panel.allColors')}
      </button>
      {colorIndexes.map((color) => (
        <button
          key={color}
          type="button"
          className="notes-filters__color"
          aria-pressed={value === color}
          aria-label={t('notes.panel.filterColor', { label: labels[color] })}
          title={labels[color]}
          data-color={color}
          onClick={() => onChange(value === color ? null : color)}
        >
          <Swatch color={color} />
        </button>
      ))}
    </div>
  );
}

/** Tags as removable chips and a field to add one (Enter or comma). */
export function TagEditor({ tags, suggestions, onChange, autoFocus }: { tags: string[]; suggestions: readonly string[]; onChange(tags: string[]): void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const add = () => {
    const tag = draft.trim().replace(/,$/, '').trim().slice(0, 60);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="notes-tags">
      <ul className="notes-tags__list" aria-label={t('notes.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="notes-tag">
            <span>{tag}</span>
            <button type="button" className="notes-tag__remove" aria-label={t('notes.tags.remove', { tag })} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('notes.tags.add')}
      </label>
      <input
        id={inputId}
        className="notes-input notes-tags__input"
        list={`${inputId}-suggestions`}
        placeholder={t('notes.tags.placeholder')}
        value={draft}
        autoFocus={autoFocus}
        maxLength={60}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={() => draft.trim() && add()}
      />
      <datalist id={`${inputId}-suggestions`}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}

/** Renames the five colours (what "geel" means to this reader). */
export function ColorLabelsEditor({ labels, onRename }: { labels: ColorLabels; onRename(color: number, label: string): void }) {
  const { t } = useI18n();
  const commit = (color: number, value: string) => {
    const label = value.trim();
    if (label && label !== labels[color]) onRename(color, label);
  };
  return (
    <details className="notes-labels" data-testid="color-labels">
      <summary>{t('notes.colorLabels.edit')}</summary>
      <ul className="notes-labels__list">
        {colorIndexes.map((color) => (
          <li key={`${color}-${labels[color]}`} className="notes-labels__row">
            <Swatch color={color} />
            <input
              className="notes-input"
              aria-label={t('notes.colorLabels.rename', { number: color + 1 })}
              defaultValue={labels[color]}
              maxLength={40}
              onBlur={(event) => commit(color, event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') commit(color, event.currentTarget.value);
              }}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}

export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const text = status === 'saved' ? t('notes.save.saved') : status === 'saving' || status === 'pending' ? t('notes.save.saving') : status === 'error' ? t('notes.save.failed') : status === 'read-only' ? t('notes.save.readOnly') : '';
  return (
    <span className={`notes-save notes-save--${status}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </span>
  );
}
