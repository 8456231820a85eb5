/** The participating municipalities; long lists start collapsed behind a "show all" button. */
import { useState } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';

const collapsedCount = 8;

export function MunicipalityList({ municipalities }: { municipalities: string[] }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const long = municipalities.length > collapsedCount + 2;
  const shown = long && !expanded ? municipalities.slice(0, collapsedCount) : municipalities;
  return (
    <div className="municipalities">
      <ul className="municipalities__list" id="municipality-list" lang="nl">
        {shown.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {long && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls="municipality-list" onClick={() => setExpanded((value) => !value)}>
          {expanded ? t('meta.showFewer') : t('meta.showAll', { count: municipalities.length })}
        </button>
      )}
    </div>
  );
}
