/** Other people's imported layers, each labelled with its origin, shown or hidden or removed as a whole. */
import type { LayerSummary } from '../../../core/annotations/layerMethods.js';
import { mutate } from '../../api/queries.js';
import { formatDate } from '../../format/formatDate.js';
import { useI18n } from '../../i18n/LanguageContext.js';

export function LayerList({ layers, onChanged }: { layers: LayerSummary[]; onChanged(): void }) {
  const { t, locale } = useI18n();
  if (layers.length === 0) return null;
  return (
    <section className="layers" aria-labelledby="layers-heading" data-testid="layers">
      <h2 id="layers-heading" className="layers__title">
        {t('import.layers.title')}
      </h2>
      <ul className="layers__list">
        {layers.map((layer) => (
          <li key={layer.id} className="layers__item">
            <label className="layers__show">
              <input type="checkbox" checked={!layer.hidden} onChange={(event) => void mutate('setLayerHidden', { id: layer.id, hidden: !event.target.checked }).then(onChanged)} />
              <span className="layers__name">{layer.name}</span>
              <span className="visually-hidden">{t('import.layers.show')}</span>
            </label>
            <span className="layers__origin">{t('import.layers.origin', { file: layer.file, date: formatDate(layer.importedAt.slice(0, 10), locale), count: layer.annotationCount })}</span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm(t('import.layers.removeConfirm', { name: layer.name }))) void mutate('removeLayer', { id: layer.id }).then(onChanged);
              }}
            >
              {t('import.layers.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
