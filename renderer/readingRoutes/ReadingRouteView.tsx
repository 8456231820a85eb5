/** A route's editor: its steps in order with their task and questions, reordered by mouse or keyboard, removed with undo, added from any document, section, passage or theme, and saved as a pack. */
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import type { MethodInput } from '../../core/api/contract.js';
import type { RouteDetail } from '../../core/readingRoutes/routeMethods.js';
import { call } from '../api/client.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { mutate, useApi, useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { asNoteInput, NoteContent, NoteEditor, Toast, useToast } from '../notes/index.js';
import { documentHref } from '../reader/index.js';
import { ThemeMiniMap } from '../themes/index.js';
import { defineView, type ViewShell } from '../routing/view.js';
import { HandoutExport } from './HandoutExport.js';
import { SharePackLink } from './PackLink.js';
import { StepEditor } from './StepEditor.js';
import { followHref, parseRouteEditor, routesHref } from './readingRouteRoutes.js';
import { describeTarget, downloadText, linesToRichText } from './routeData.js';
import { isStill, useStepDrag } from './useStepDrag.js';
import { scrollBehavior } from '../hooks/viewportTop.js';
import './readingRoutes.css';

function AddStepForm({ routeId, shell, onAdded }: { routeId: string; shell: ViewShell; onAdded(detail: RouteDetail['route']): void }) {
  const { t, language } = useI18n();
  const documents = shell.documents.status === 'done' ? shell.documents.value : [];
  const themes = useApi('listThemes', {});
  const [docId, setDocId] = useState('');
  const [document, setDocument] = useState<CorpusDocument | null>(null);
  const [sectionId, setSectionId] = useState('');
  const [quote, setQuote] = useState('');
  const [themeId, setThemeId] = useState('');
  const [instruction, setInstruction] = useState<NoteDocument | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [questions, setQuestions] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setSectionId('');
    if (docId === '') setDocument(null);
    else void call('getDocument', { id: docId }).then((loaded) => current && setDocument(loaded));
    return () => {
      current = false;
    };
  }, [docId]);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const target =
      themeId !== ''
        ? { kind: 'theme' as const, themeId }
        : quote.trim() !== ''
          ? { kind: 'quote' as const, docId, quote: quote.trim() }
          : sectionId !== ''
            ? { kind: 'section' as const, docId, sectionId }
            : { kind: 'document' as const, docId };
    try {
      const route = await mutate('addRouteStep', { routeId, target, ...(instruction ? { instruction: asNoteInput(instruction) } : {}), questions: linesToRichText(questions) });
      onAdded(route);
      setQuote('');
      setQuestions('');
      setInstruction(null);
      setEditorKey((key) => key + 1);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  return (
    <form className="routes-form route-add" onSubmit={add} aria-labelledby="route-add-title" data-testid="route-add-step">
      <h2 id="route-add-title">{t('route.addStep')}</h2>
      <label>
        {t('route.addDocument')}
        <select value={docId} onChange={(event) => setDocId(event.target.value)} data-testid="route-add-document">
          <option value="">—</option>
          {documents.map((summary) => (
            <option key={summary.id} value={summary.id}>
              {summary.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('route.addSection')}
        <select value={sectionId} onChange={(event) => setSectionId(event.target.value)} disabled={!document} data-testid="route-add-section">
          <option value="">{t('route.addWholeDocument')}</option>
          {document?.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.heading ?? section.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('route.addQuote')}
        <textarea value={quote} onChange={(event) => setQuote(event.target.value)} rows={2} disabled={docId === ''} data-testid="route-add-quote" />
      </label>
      <label>
        {t('route.addTheme')}
        <select value={themeId} onChange={(event) => setThemeId(event.target.value)} data-testid="route-add-theme">
          <option value="">{t('route.noTheme')}</option>
          {themes.status === 'done' &&
            themes.value.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label[language] || theme.label.nl}
              </option>
            ))}
        </select>
      </label>
      <span className="route-add__label" aria-hidden="true">
        {t('route.addInstruction')}
      </span>
      <div className="route-add__editor">
        <NoteEditor key={editorKey} initial={null} onChange={setInstruction} label={t('route.addInstruction')} testId="route-add-instruction" />
      </div>
      <label>
        {t('route.addQuestions')}
        <textarea value={questions} onChange={(event) => setQuestions(event.target.value)} rows={3} data-testid="route-add-questions" />
      </label>
      {error && (
        <p className="routes-message routes-message--error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="routes-button routes-button--primary" disabled={docId === '' && themeId === ''}>
        {t('route.add')}
      </button>
    </form>
  );
}

function RouteEditor({ routeId, shell }: { routeId: string; shell: ViewShell }) {
  const { t, language } = useI18n();
  const detail = useLoad(['route', routeId], () => call('getRoute', { id: routeId }), { fresh: true });
  const themes = useApi('listThemes', {});
  const { toast, show, dismiss } = useToast();
  const [announcement, setAnnouncement] = useState('');
  const [author, setAuthor] = useState('');
  const [withAnnotations, setWithAnnotations] = useState(false);
  /** The step whose task and questions are being edited, if any. */
  const [editing, setEditing] = useState<string | null>(null);
  const stepRefs = useRef(new Map<string, HTMLLIElement>());
  const listRef = useRef<HTMLOListElement>(null);
  const shownRef = useRef<RouteDetail | null>(null);
  const documents = shell.documents.status === 'done' ? shell.documents.value : [];
  const reload = detail.reload;

  const move = useCallback(
    async (stepId: string, from: number, to: number) => {
      await mutate('moveRouteStep', { routeId, stepId, index: to });
      setAnnouncement(t('route.moved', { from: from + 1, to: to + 1 }));
      reload();
      // Keep focus on the moved step, so a keyboard user can go on moving it.
      // …and bring it into view: a step moved down can land below the window's edge.
      window.requestAnimationFrame(() =>
        window.requestAnimationFrame(() => {
          const step = stepRefs.current.get(stepId);
          step?.focus({ preventScroll: true });
          step?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
        }),
      );
    },
    [reload, routeId, t],
  );
  const { drag, handleProps } = useStepDrag(listRef, (stepId, from, to) => void move(stepId, from, to));

  async function remove(stepId: string) {
    const { removed } = await mutate('removeRouteStep', { routeId, stepId });
    reload();
    show({
      text: t('route.removed'),
      action: {
        label: t('route.undo'),
        run: () => void mutate('restoreRouteStep', { routeId, step: removed.step as unknown as MethodInput<'restoreRouteStep'>['step'], index: removed.index }).then(reload),
      },
    });
  }

  async function savePack() {
    const pack = await call('exportRoutePack', { id: routeId, author, withAnnotations });
    downloadText(pack.content, pack.suggestedName);
    setAnnouncement(t('route.exported', { count: pack.annotations }));
  }

  // While a change reloads the route, the last version stays on screen, so the add-step form keeps what was chosen.
  if (detail.status === 'done') shownRef.current = detail.value;
  const shown = shownRef.current;
  if (detail.status === 'error') return <ErrorState error={detail.error} onRetry={detail.reload} />;
  if (!shown) return <LoadingIndicator />;
  const { route, placements, labels, minutes, coverage } = shown;
  const themeList = themes.status === 'done' ? themes.value : [];
  const onStepKey = (event: KeyboardEvent, stepId: string, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < route.steps.length) void move(stepId, index, to);
  };

  return (
    <div className="route-editor">
      <p className="route-editor__back">
        <a href={routesHref}>← {t('route.back')}</a>
      </p>
      <h1 className="routes-page__title">{route.title}</h1>
      <p className="routes-card__meta">
        {[route.audience && `${t('route.audience')}: ${route.audience}`, t('routes.steps', { count: route.steps.length }), t('routes.minutes', { count: minutes }), route.origin ? t('routes.from', { name: route.origin.name }) : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {route.goals.length > 0 && (
        <section aria-labelledby="route-goals">
          <h2 id="route-goals" className="route-editor__subtitle">
            {t('route.goals')}
          </h2>
          <ul className="route-goals">
            {route.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="route-coverage" data-testid="route-coverage">
        {t('route.coverage', { documents: coverage.docIds.length, themes: coverage.themeIds.length })}
      </p>
      <ul className="route-coverage__chips">
        {coverage.docIds.map((id) => (
          <li key={id} className="route-chip route-chip--document">
            {documents.find((document) => document.id === id)?.region ?? id}
          </li>
        ))}
        {coverage.themeIds.map((id) => {
          const theme = themeList.find((candidate) => candidate.id === id);
          return (
            <li key={id} className="route-chip">
              {theme ? theme.label[language] || theme.label.nl : id}
            </li>
          );
        })}
      </ul>
      <ThemeMiniMap route={{ stepDocIds: placements.map((placement) => (placement.status === 'placed' ? placement.docId : null)), themeIds: coverage.themeIds }} testId="route-mini-map" />
      <div className="route-editor__actions">
        <a className="routes-button routes-button--primary" href={followHref(route.id)}>
          {t('routes.follow')}
        </a>
        <label className="route-editor__author">
          {t('route.author')}
          <input value={author} onChange={(event) => setAuthor(event.target.value)} maxLength={200} />
        </label>
        <label className="route-editor__check">
          <input type="checkbox" checked={withAnnotations} onChange={(event) => setWithAnnotations(event.target.checked)} data-testid="route-export-annotations" />
          {t('route.withAnnotations')}
        </label>
        <button type="button" className="routes-button" onClick={() => void savePack()} data-testid="route-export-pack">
          {t('route.export')}
        </button>
        <SharePackLink routeId={route.id} author={author} withAnnotations={withAnnotations} />
        <HandoutExport routeId={route.id} kind="syllabus" />
      </div>
      <h2 className="route-editor__subtitle">{t('route.steps')}</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {route.steps.length === 0 && <p className="routes-empty">{t('route.noSteps')}</p>}
      <ol className={drag ? 'route-steps route-steps--dragging' : 'route-steps'} ref={listRef}>
        {route.steps.map((step, index) => {
          const { where, quote } = describeTarget(step.target, labels[index], documents, themeList, language);
          const placement = placements[index]!;
          const dropHere = drag !== null && !isStill(drag.from, drag.slot) && (drag.slot === index || (drag.slot === route.steps.length && index === route.steps.length - 1));
          return (
            <li
              key={step.id}
              className={drag?.stepId === step.id ? 'route-step route-step--dragging' : 'route-step'}
              data-testid="route-step"
              tabIndex={0}
              ref={(element) => {
                if (element) stepRefs.current.set(step.id, element);
                else stepRefs.current.delete(step.id);
              }}
              aria-label={`${t('route.stepOf', { index: index + 1, count: route.steps.length })}: ${where}`}
              onKeyDown={(event) => onStepKey(event, step.id, index)}
            >
              {dropHere && <span className={drag.slot === index ? 'route-drop route-drop--before' : 'route-drop route-drop--after'} aria-hidden="true" data-testid="route-drop-indicator" />}
              <div className="route-step__head">
                {/* Mouse, pen and touch only: the keyboard moves a step with Alt+↑/↓ or the buttons beside it. */}
                <span className="route-step__handle" aria-hidden="true" title={t('route.drag')} data-testid="route-step-handle" {...handleProps(step.id, index)}>
                  ⠿
                </span>
                <span className="route-step__number">{index + 1}</span>
                <span className="route-step__where">
                  {placement.status === 'placed' ? <a href={documentHref(placement.docId, { at: placement.start })}>{where}</a> : where}
                </span>
                <span className="route-step__tools">
                  <button type="button" className="routes-icon-button" onClick={() => void move(step.id, index, index - 1)} disabled={index === 0} aria-label={t('route.moveUp', { index: index + 1 })}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="routes-icon-button"
                    onClick={() => void move(step.id, index, index + 1)}
                    disabled={index === route.steps.length - 1}
                    aria-label={t('route.moveDown', { index: index + 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="routes-icon-button"
                    onClick={() => setEditing(step.id)}
                    aria-label={t('route.editStep', { index: index + 1 })}
                    aria-expanded={editing === step.id}
                    data-testid="route-step-edit"
                  >
                    ✎
                  </button>
                  <button type="button" className="routes-icon-button" onClick={() => void remove(step.id)} aria-label={t('route.remove', { index: index + 1 })}>
                    ×
                  </button>
                </span>
              </div>
              {quote && <blockquote className="route-step__quote">{quote}</blockquote>}
              {placement.status === 'lost' && <p className="route-step__lost">{t('route.lost')}</p>}
              {editing === step.id ? (
                <StepEditor
                  routeId={route.id}
                  step={step}
                  number={index + 1}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) reload();
                    // Back to the button that opened the form.
                    window.requestAnimationFrame(() => stepRefs.current.get(step.id)?.querySelector<HTMLElement>('[data-testid="route-step-edit"]')?.focus());
                  }}
                />
              ) : null}
              {editing !== step.id && step.instruction && <NoteContent note={step.instruction} className="note-content route-step__instruction" />}
              {editing !== step.id && step.questions.length > 0 && (
                <ol className="route-step__questions" aria-label={t('route.questions')}>
                  {step.questions.map((question) => (
                    <li key={question.id}>{question.promptText}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      <AddStepForm routeId={route.id} shell={shell} onAdded={() => reload()} />
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}

export const view = defineView<{ routeId: string }>({
  id: 'reading-route',
  parse: parseRouteEditor,
  render: ({ routeId }, shell) => <RouteEditor routeId={routeId} shell={shell} />,
  page: 'plain',
  key: ({ routeId }) => `route:${routeId}`,
  menuParent: 'reading-routes',
});
