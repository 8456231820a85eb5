/** "Aa" in the header: text size, line width, line spacing and motion for reading, kept across visits, and where the data folder is. */
import { useEffect, useId, useRef, useState } from 'react';
import { call, describeError } from '../api/client.js';
import { useApi } from '../api/queries.js';
import { SegmentedChoice } from '../components/SegmentedChoice.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { applyReadingSettings, motions, sizeSteps, spacings, storedReadingSettings, storeReadingSettings, widths, type ReadingSettings } from './readingSettings.js';

function Choice<T extends string>({ label, options, value, keyPrefix, onChange }: { label: MessageKey; options: readonly T[]; value: T; keyPrefix: string; onChange(value: T): void }) {
  const { t } = useI18n();
  return (
    <div className="reading-settings__row">
      <span className="reading-settings__label">{t(label)}</span>
      <SegmentedChoice label={t(label)} options={options} value={value} onChoose={onChange} text={(option) => t(`${keyPrefix}.${option}` as MessageKey)} />
    </div>
  );
}

/** The data folder's place; the desktop app opens it (the host opens its own folder, the page names none), the browser only shows it. */
function DataFolder() {
  const { t, language } = useI18n();
  const folder = useApi('getDataFolder', {});
  const [failure, setFailure] = useState<unknown>(null);
  if (!folder.value?.path) return null;
  const open = async () => {
    setFailure(null);
    try {
      await call('openDataFolder', {});
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <div className="reading-settings__row" data-testid="data-folder">
      <span className="reading-settings__label">{t('reading.dataFolder')}</span>
      <code className="reading-settings__path" data-testid="data-folder-path">
        {folder.value.path}
      </code>
      {folder.value.canOpen ? (
        <button type="button" className="button button--small reading-settings__open" onClick={() => void open()} data-testid="open-data-folder">
          {t('reading.openFolder')}
        </button>
      ) : (
        <p className="reading-settings__hint">{t('reading.dataFolderHint')}</p>
      )}
      {failure !== null && (
        <p className="reading-settings__hint" role="alert">
          {describeError(failure, language)}
        </p>
      )}
    </div>
  );
}

export function ReadingSettingsMenu() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<ReadingSettings>(storedReadingSettings);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapperRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useEscapeLayer('menu', open, () => setOpen(false), () => buttonRef.current);

  useEffect(() => {
    applyReadingSettings(settings);
    if (settings.motion !== 'system') return;
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const follow = () => applyReadingSettings(settings);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [settings]);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const change = (next: Partial<ReadingSettings>) => {
    const merged = { ...settings, ...next };
    setSettings(merged);
    storeReadingSettings(merged);
  };

  return (
    <div className="reading-settings" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="reading-settings__button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('reading.button')}
        data-testid="reading-settings"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">Aa</span>
        <span className="visually-hidden">{t('reading.button')}</span>
      </button>
      {open && (
        <div className="reading-settings__panel" id={panelId} role="group" aria-label={t('reading.title')} data-testid="reading-settings-panel">
          <div className="reading-settings__row">
            <span className="reading-settings__label">{t('reading.size')}</span>
            <div className="reading-settings__size">
              <button type="button" className="button button--small" disabled={settings.size === 0} onClick={() => change({ size: settings.size - 1 })}>
                <span aria-hidden="true">A−</span>
                <span className="visually-hidden">{t('reading.smaller')}</span>
              </button>
              <span role="status">{t('reading.sizeValue', { step: settings.size + 1, steps: sizeSteps })}</span>
              <button type="button" className="button button--small" disabled={settings.size === sizeSteps - 1} onClick={() => change({ size: settings.size + 1 })}>
                <span aria-hidden="true">A+</span>
                <span className="visually-hidden">{t('reading.larger')}</span>
              </button>
            </div>
          </div>
          <Choice label="reading.width" options={widths} value={settings.width} keyPrefix="reading.width" onChange={(width) => change({ width })} />
          <Choice label="reading.spacing" options={spacings} value={settings.spacing} keyPrefix="reading.spacing" onChange={(spacing) => change({ spacing })} />
          <Choice label="reading.motion" options={motions} value={settings.motion} keyPrefix="reading.motion" onChange={(motion) => change({ motion })} />
          <DataFolder />
        </div>
      )}
    </div>
  );
}
