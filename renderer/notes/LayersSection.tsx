/** The annotations panel's list of other people's imported layers: each with its origin, a show/hide switch and its highlights in this document. */
import type { AnchoredAnnotation } from '../../core/annotations/anchorAnnotations.js';
import type { LayerSummary } from '../../core/annotations/layerMethods.js';
import { formatDate } from '../format/formatDate.js';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import { layerIdOf } from './layerAnnotations.js';

export interface LayersSectionProps {
  layers: readonly LayerSummary[];
  /** The visible layers' annotations placed in this document. */
  annotations: readonly AnchoredAnnotation[];
  onHidden(id: string, hidden: boolean): void;
  onShow(annotation: AnchoredAnnotation, element: Element): void;
}

export function LayersSection({ layers, annotations, onHidden, onShow }: LayersSectionProps) {
  const { t, locale } = useI18n();
  if (layers.length === 0) return null;
  return (
    <section className="notes-layers" aria-labelledby="notes-layers-title" data-testid="reader-layers">
      <h3 id="notes-layers-title" className="notes-subtitle">
        {t('notes.layers.title')}
      </h3>
      <ul className="notes-layers__list">
        {layers.map((layer) => {
          const own = annotations.filter((annotation) => layerIdOf(annotation) === layer.id);
          return (
            <li key={layer.id} className="notes-layers__layer" data-testid="reader-layer" data-layer-id={layer.id}>
              <label className="notes-layers__show">
                <input type="checkbox" checked={!layer.hidden} onChange={(event) => onHidden(layer.id, !event.target.checked)} />
                <span className="notes-layers__name">{layer.name}</span>
                <span className="visually-hidden">{t('notes.layers.show')}</span>
              </label>
              <span className="notes-layers__origin">{t('notes.layers.origin', { file: layer.file, date: formatDate(layer.importedAt.slice(0, 10), locale) })}</span>
              {layer.hidden ? (
                <span className="notes-layers__count">{t('notes.layers.hidden')}</span>
              ) : (
                <span className="notes-layers__count">{t('notes.layers.inDocument', { count: own.length })}</span>
              )}
              {!layer.hidden && own.length > 0 && (
                <ol className="notes-list" aria-label={layer.name} onKeyDown={(event) => moveFocusWithArrows(event, '.notes-item__button')}>
                  {own.map((annotation) => (
                    <li key={annotation.id} className="notes-item notes-item--layer" data-testid="layer-annotation-item" data-annotation-id={annotation.id}>
                      <button type="button" className="notes-item__button" data-notes-keep-popover data-panel-item onClick={(event) => onShow(annotation, event.currentTarget)}>
                        <span className="notes-item__quote">{quoteOf(annotation)}</span>
                        {annotation.noteText && <span className="notes-item__note">{annotation.noteText}</span>}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
