/** Following a route as a student: one step at a time with the passage marked, the teacher's task and questions beside it, private answers that save themselves, and progress kept per step. */
import { useEffect, useState } from 'react';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import type { RouteStep } from '../../core/readingRoutes/readingRoute.js';
import type { RouteAnswer } from '../../core/readingRoutes/routeAnswers.js';
import type { StepPlacement } from '../../core/readingRoutes/placeSteps.js';
import { call } from '../api/client.js';
import { ErrorState } from '../components/ErrorState.js';
import { LoadingIndicator } from '../components/LoadingIndicator.js';
import { useLoad } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { asNoteInput, NoteContent, NoteEditor, useAutosave } from '../notes/index.js';
import { BlockView, documentHref, type TextDecoration } from '../reader/index.js';
import { defineView } from '../routing/view.js';
import { HandoutExport } from './HandoutExport.js';
import { followHref, parseFollowRoute, routeHref } from './readingRouteRoutes.js';
import './readingRoutes.css';

/** The text a step points at, with the passage itself marked inside its section. */
function StepText({ placement }: { placement: StepPlacement }) {
  const { t } = useI18n();
  const docId = placement.status === 'placed' ? placement.docId : null;
  const [document, setDocument] = useState<CorpusDocument | null>(null);
  const themeId = placement.status === 'theme' ? placement.themeId : null;
  const theme = useLoad(['follow-theme', themeId ?? ''], () => (themeId ? call('getTheme', { id: themeId }) : Promise.resolve(null)));
  useEffect(() => {
    let current = true;
    if (docId) void call('getDocument', { id: docId }).then((loaded) => current && setDocument(loaded));
    return () => {
      current = false;
    };
  }, [docId]);

  if (placement.status === 'lost') return <p className="route-step__lost">{t('route.lost')}</p>;
  if (placement.status === 'theme') {
    if (theme.status !== 'done' || !theme.value) return <LoadingIndicator />;
    return (
      <ul className="follow-theme-passages">
        {theme.value.passages.slice(0, 12).map((passage) => (
          <li key={`${passage.docId}:${passage.start}`}>
            <a href={documentHref(passage.docId, { at: passage.start, themeId: themeId! })}>{passage.snippet}</a>
          </li>
        ))}
      </ul>
    );
  }
  if (!document) return <LoadingIndicator />;
  // A passage is shown inside its section, marked; a section or document as itself, from its first section.
  const sections = document.sections.filter((section) => section.end > placement.start && section.start < placement.end);
  const whole = placement.start === 0 && placement.end === document.text.length;
  const shown = whole ? sections.slice(0, 1) : sections;
  return (
    <div className="follow-text doc-body" lang="nl">
      <h2 className="follow-text__title">{document.title}</h2>
      {shown.map((section) => {
        // The passage is marked as the reader marks text, unless the step is this whole section (nothing to pick out).
        const marked = !whole && !(placement.start <= section.start && placement.end >= section.end);
        const decorations: TextDecoration[] = marked ? [{ start: placement.start, end: placement.end, kind: 'passage' }] : [];
        return (
          <section key={section.id}>
            {section.heading && <h3 className="doc-section__heading">{section.heading}</h3>}
            {section.blocks.map((block) => (
              <BlockView key={block.start} block={block} decorations={decorations} />
            ))}
          </section>
        );
      })}
      <p>
        <a href={documentHref(document.id, { at: placement.start })}>{t('route.openInReader')}</a>
      </p>
    </div>
  );
}

function AnswerEditor({ routeId, step, question, answer, onSaved }: { routeId: string; step: RouteStep; question: RouteStep['questions'][number]; answer: RouteAnswer | undefined; onSaved(): void }) {
  const { t } = useI18n();
  const { schedule, flush, status } = useAutosave<NoteDocument>(async (content) => {
    await call('saveRouteAnswer', { routeId, stepId: step.id, questionId: question.id, content: asNoteInput(content) });
    onSaved();
  });
  useEffect(() => () => void flush(), [flush]);
  return (
    <div className="follow-answer" data-testid="follow-answer">
      <NoteContent note={question.prompt} className="note-content follow-answer__question" />
      <NoteEditor initial={answer?.content ?? null} onChange={schedule} label={t('follow.answer', { question: question.promptText })} />
      <p className="follow-answer__status" aria-live="polite">
        {status === 'saved' ? t('follow.saved') : ''}
      </p>
    </div>
  );
}

function FollowRoute({ routeId, step }: { routeId: string; step: number }) {
  const { t } = useI18n();
  const detail = useLoad(['follow', routeId], () => call('getRoute', { id: routeId }), { fresh: true });
  const [progress, setProgress] = useState<{ read: boolean; answered: number; questions: number }[] | null>(null);
  if (detail.status === 'loading') return <LoadingIndicator />;
  if (detail.status === 'error') return <ErrorState error={detail.error} onRetry={detail.reload} />;
  const { route, placements, answers } = detail.value;
  const steps = progress ?? detail.value.progress;
  if (route.steps.length === 0) return <p className="routes-empty">{t('route.noSteps')}</p>;
  const index = Math.min(step, route.steps.length - 1);
  const current = route.steps[index]!;
  const read = steps[index]?.read ?? false;
  const total = (key: 'answered' | 'questions') => steps.reduce((sum, entry) => sum + entry[key], 0);

  async function markRead(value: boolean) {
    // Shown at once; the saved answer replaces it (and puts it back if the save fails).
    setProgress(steps.map((entry, position) => (position === index ? { ...entry, read: value } : entry)));
    setProgress(await call('markRouteStep', { routeId, stepId: current.id, read: value }).catch(() => steps));
  }

  return (
    <div className="follow-route" data-testid="follow-route">
      <header className="follow-route__header">
        <p className="route-editor__back">
          <a href={routeHref(route.id)}>{t('follow.edit')}</a>
        </p>
        <h1 className="routes-page__title">{route.title}</h1>
        <p className="follow-route__progress" data-testid="follow-progress">
          {t('follow.progress', { read: steps.filter((entry) => entry.read).length, count: steps.length, answered: total('answered'), questions: total('questions') })}
        </p>
        <nav className="follow-route__nav" aria-label={t('route.steps')}>
          {index > 0 ? (
            <a className="routes-button" href={followHref(route.id, index - 1)} rel="prev">
              ← {t('follow.previous')}
            </a>
          ) : (
            <span />
          )}
          <span className="follow-route__position" aria-current="step">
            {t('route.stepOf', { index: index + 1, count: route.steps.length })}
          </span>
          {index < route.steps.length - 1 ? (
            <a className="routes-button routes-button--primary" href={followHref(route.id, index + 1)} rel="next" data-testid="follow-next">
              {t('follow.next')} →
            </a>
          ) : (
            <span />
          )}
        </nav>
        <HandoutExport routeId={route.id} kind="answers" />
      </header>
      <div className="follow-route__body">
        <div className="follow-route__text">
          <StepText placement={placements[index]!} />
        </div>
        <aside className="follow-route__side" aria-label={t('route.instruction')}>
          {current.instruction && (
            <section>
              <h2 className="route-editor__subtitle">{t('route.instruction')}</h2>
              <NoteContent note={current.instruction} />
            </section>
          )}
          {current.questions.length > 0 && (
            <section>
              <h2 className="route-editor__subtitle">{t('route.questions')}</h2>
              {current.questions.map((question) => (
                <AnswerEditor
                  key={`${current.id}:${question.id}`}
                  routeId={route.id}
                  step={current}
                  question={question}
                  answer={answers.find((answer) => answer.questionId === question.id)}
                  onSaved={() => void call('getRoute', { id: routeId }).then((fresh) => setProgress(fresh.progress))}
                />
              ))}
            </section>
          )}
          <label className="follow-route__read">
            <input type="checkbox" checked={read} onChange={(event) => void markRead(event.target.checked)} data-testid="follow-read" /> {t('follow.read')}
          </label>
        </aside>
      </div>
    </div>
  );
}

export const view = defineView<{ routeId: string; step: number }>({
  id: 'follow-route',
  parse: parseFollowRoute,
  render: ({ routeId, step }) => <FollowRoute routeId={routeId} step={step} />,
  page: 'plain',
  key: ({ routeId, step }) => `follow:${routeId}:${step}`,
  menuParent: 'reading-routes',
});
