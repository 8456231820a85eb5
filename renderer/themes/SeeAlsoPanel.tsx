/** "Zie ook": passages in other Werkplaatsen that share themes with the section being read, each with why it is related. */
import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { RelatedPassage } from '../../core/themes/relatedPassages.js';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';
import { AddToRouteButton } from '../readingRoutes/index.js';
import { EvidenceSnippet } from './EvidenceSnippet.js';
import { shortRegion } from './themeData.js';

/** Answers per `docId\0sectionId` for the session: scrolling back to a section shows its list at once. */
const relatedCache = new Map<string, RelatedPassage[]>();
/** How long the section in view must stay before its list is asked for, so scrolling past sections asks for none of them. */
const settleMs = 250;
const limit = 6;

function cacheKey(docId: string, sectionId: string): string {
  return `${docId}\u0000${sectionId}`;
}

export interface RelatedState {
  /** The section the list belongs to (may lag behind the one in view while loading). */
  sectionId: string | null;
  items: RelatedPassage[] | null;
  loading: boolean;
}

/** Related passages for the section in view; answers are cached per section and asked for only once the section has settled. */
export function useRelatedPassages(docId: string | null, sectionId: string | null, hasThemes: boolean): RelatedState {
  const [state, setState] = useState<RelatedState>({ sectionId: null, items: null, loading: false });

  useEffect(() => {
    if (!docId || !sectionId) return;
    if (!hasThemes) {
      setState({ sectionId, items: [], loading: false });
      return;
    }
    const key = cacheKey(docId, sectionId);
    const known = relatedCache.get(key);
    if (known) {
      setState({ sectionId, items: known, loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const timer = window.setTimeout(() => {
      call('getRelatedPassages', { docId, sectionId, limit }).then(
        (items) => {
          relatedCache.set(key, items);
          if (current) setState({ sectionId, items, loading: false });
        },
        () => current && setState({ sectionId, items: [], loading: false }),
      );
    }, settleMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [docId, sectionId, hasThemes]);

  return state;
}

/** The API words its reasons in Dutch ("ook over: …"): the lead-in follows the UI language, the words themselves are the text's, in Dutch. */
function LocalReason({ reason }: { reason: string }) {
  const { t } = useI18n();
  const match = /^ook over:\s*(.*)$/s.exec(reason);
  if (!match) return <span lang="nl">{reason}</span>;
  return (
    <>
      {t('seeAlso.alsoAbout')} <span lang="nl">{match[1]}</span>
    </>
  );
}

export function SeeAlsoPanel({
  state,
  sectionHeading,
  documents,
}: {
  state: RelatedState;
  sectionHeading: string | null;
  documents: Map<string, DocumentSummary>;
}) {
  const { t } = useI18n();
  return (
    <div className="see-also" data-testid="see-also" aria-busy={state.loading}>
      <p className="see-also__for">
        <span className="see-also__for-label">{t('seeAlso.for')}</span>
        {sectionHeading && (
          <span className="see-also__section" lang="nl">
            {sectionHeading}
          </span>
        )}
      </p>
      {state.items === null && state.loading && <p className="see-also__empty">{t('seeAlso.loading')}</p>}
      {state.items !== null && state.items.length === 0 && !state.loading && <p className="see-also__empty">{t('seeAlso.none')}</p>}
      {state.items !== null && state.items.length > 0 && (
        <ol className={`see-also__list${state.loading ? ' see-also__list--stale' : ''}`}>
          {state.items.map((item) => {
            const summary = documents.get(item.docId);
            const title = summary?.title ?? item.docId;
            return (
              <li key={`${item.docId}:${item.start}`} className="related">
                <a
                  className="related__link"
                  href={documentHref(item.docId, { at: item.start, themeId: item.sharedThemes[0] })}
                  data-testid="see-also-item"
                  data-doc-id={item.docId}
                >
                  <span className="related__doc">
                    {summary && <span className="related__region">{shortRegion(summary.region)}</span>}
                    <span className="related__title" lang="nl">
                      {title}
                    </span>
                  </span>
                  <span className="related__snippet">
                    <EvidenceSnippet snippet={item.snippet} evidence={item.evidence} />
                  </span>
                  <span className="related__reason" data-testid="see-also-reason">
                    <LocalReason reason={item.reason} />
                  </span>
                </a>
                <AddToRouteButton target={{ kind: 'passage', docId: item.docId, start: item.start, end: item.end }} label={t('addToRoute.passage')} className="add-to-route related__add" />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
