/** The `?` overlay: every keyboard shortcut of the app, in the current language. */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MessageKey } from '../i18n/dictionary.js';
import { useAppCommand } from '../hooks/useAppCommand.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';

/** Key combinations, each a list of alternatives; each alternative a list of keys pressed together. */
type Keys = string[][];

const groups: { title: MessageKey; rows: { keys: Keys; label: MessageKey }[] }[] = [
  {
    title: 'shortcuts.everywhere',
    rows: [
      { keys: [['Ctrl', 'K'], ['/']], label: 'shortcuts.search' },
      { keys: [['?']], label: 'shortcuts.help' },
      { keys: [['Esc']], label: 'shortcuts.escape' },
    ],
  },
  {
    title: 'shortcuts.reader',
    rows: [
      { keys: [['['], [']'], ['Alt', '←'], ['Alt', '→']], label: 'shortcuts.previousNext' },
      { keys: [['b']], label: 'shortcuts.back' },
      { keys: [['n']], label: 'shortcuts.notes' },
      { keys: [['Ctrl', 'F']], label: 'shortcuts.find' },
    ],
  },
  {
    title: 'shortcuts.annotating',
    rows: [
      { keys: [['F7']], label: 'shortcuts.caret' },
      { keys: [['Shift', '←'], ['Shift', '→'], ['Shift', '↑'], ['Shift', '↓']], label: 'shortcuts.select' },
      { keys: [['h'], ['Enter']], label: 'shortcuts.toolbar' },
      { keys: [['≣ Menu'], ['Shift', 'F10']], label: 'shortcuts.paragraph' },
    ],
  },
  {
    title: 'shortcuts.lists',
    rows: [{ keys: [['↑'], ['↓'], ['←'], ['→'], ['Home'], ['End']], label: 'shortcuts.arrows' }],
  },
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ShortcutHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement | null>(null);
  useEscapeLayer('dialog', open, () => setOpen(false));
  // Help › Sneltoetsen (F1) in the desktop menu.
  useAppCommand('help', () => setOpen(true));

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      setOpen((value) => !value);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  if (!open) return null;
  return createPortal(
    <div className="shortcut-help__layer">
      <div className="shortcut-help__backdrop" aria-hidden="true" onMouseDown={() => setOpen(false)} />
      <div
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        data-testid="shortcut-help"
        onKeyDown={(event) => {
          // The close button is the only stop: keep Tab inside.
          if (event.key === 'Tab') {
            event.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <div className="shortcut-help__head">
          <h2 id="shortcut-help-title">{t('shortcuts.title')}</h2>
          <button ref={closeRef} type="button" className="button button--small" onClick={() => setOpen(false)}>
            {t('shortcuts.close')}
          </button>
        </div>
        <p className="shortcut-help__hint">{t('shortcuts.hint')}</p>
        {groups.map((group) => (
          <section key={group.title} className="shortcut-help__group" aria-labelledby={`shortcut-group-${group.title}`}>
            <h3 id={`shortcut-group-${group.title}`}>{t(group.title)}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.label} className="shortcut-help__row">
                  <dt>
                    {row.keys.map((combination, index) => (
                      <span key={index}>
                        {index > 0 && <span className="shortcut-help__or"> {t('shortcuts.or')} </span>}
                        {combination.map((key, position) => (
                          <span key={position}>
                            {position > 0 && '+'}
                            <kbd>{key}</kbd>
                          </span>
                        ))}
                      </span>
                    ))}
                  </dt>
                  <dd>{t(row.label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>,
    document.body,
  );
}
