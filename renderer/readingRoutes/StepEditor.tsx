/** Changes a step's task and questions in place, so a step added from the reader (which brings only its passage) gets them too. */
import { useState, type FormEvent } from 'react';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import type { RouteStep } from '../../core/readingRoutes/readingRoute.js';
import { describeError } from '../api/client.js';
import { mutate } from '../api/queries.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { asNoteInput, NoteEditor } from '../notes/index.js';
import { linesToRichText } from './routeData.js';

export function StepEditor({ routeId, step, number, onDone }: { routeId: string; step: RouteStep; number: number; onDone(saved: boolean): void }) {
  const { t, language } = useI18n();
  const [instruction, setInstruction] = useState<NoteDocument | null>(step.instruction);
  const asked = step.questions.map((question) => question.promptText).join('\n');
  const [questions, setQuestions] = useState(asked);
  const [error, setError] = useState<string | null>(null);
  // Escape leaves the form unsaved, after anything opened over it, and never leaves the route.
  useEscapeLayer('popover', true, () => onDone(false));

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await mutate('updateRouteStep', {
        routeId,
        stepId: step.id,
        ...(instruction ? { instruction: asNoteInput(instruction) } : {}),
        // Questions left as they were keep their formatting; changed ones are written again from their lines (ids by position).
        ...(questions !== asked ? { questions: linesToRichText(questions) } : {}),
      });
      onDone(true);
    } catch (failure) {
      setError(describeError(failure, language));
    }
  }

  return (
    <form
      className="routes-form route-step-editor"
      onSubmit={(event) => void save(event)}
      aria-label={t('route.editStep', { index: number })}
      data-testid="route-step-editor"
    >
      <span className="route-add__label" aria-hidden="true">
        {t('route.addInstruction')}
      </span>
      <div className="route-add__editor">
        <NoteEditor initial={step.instruction} onChange={setInstruction} label={t('route.addInstruction')} autoFocus testId="route-step-instruction" />
      </div>
      <label>
        {t('route.addQuestions')}
        <textarea value={questions} onChange={(event) => setQuestions(event.target.value)} rows={3} data-testid="route-step-questions" />
      </label>
      {error && (
        <p className="routes-message routes-message--error" role="alert">
          {error}
        </p>
      )}
      <div className="route-step-editor__actions">
        <button type="submit" className="routes-button routes-button--primary">
          {t('route.stepSave')}
        </button>
        <button type="button" className="routes-button" onClick={() => onDone(false)}>
          {t('route.stepCancel')}
        </button>
      </div>
    </form>
  );
}
