import { describe, expect, it } from 'vitest';
import { addStep, createRoute } from './editRoute.js';
import { detachedAnswers, markStep, saveAnswer, summarizeProgress } from './routeAnswers.js';
import type { ReadingRoute } from './readingRoute.js';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date('2026-12-02T12:00:00Z');
const text = (value: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: value }] }] });

function route(): ReadingRoute {
  let built = createRoute({ id: 'r', title: 'Wijkteams' }, now);
  for (const id of ['s1', 's2']) {
    built = addStep(built, { id, target: { kind: 'document', docId: 'd' }, instruction: null, questions: [{ id: `${id}-q`, prompt: text('Waarom?') as never, promptText: 'Waarom?' }] }, now);
  }
  return built;
}

describe('saveAnswer', () => {
  it('creates an answer with plain text, then replaces its content and keeps when it was made', () => {
    const first = saveAnswer(undefined, { routeId: 'r', stepId: 's1', questionId: 's1-q', content: text('Omdat het helpt.') }, { id: 'a1', now });
    expect(first).toMatchObject({ id: 'a1', text: 'Omdat het helpt.', created: now.toISOString() });
    const second = saveAnswer(first, { routeId: 'r', stepId: 's1', questionId: 's1-q', content: text('Anders.') }, { id: 'ignored', now: later });
    expect(second).toMatchObject({ id: 'a1', text: 'Anders.', created: now.toISOString(), modified: later.toISOString() });
  });

  it('cleans a hostile answer like a typed note', () => {
    const hostile = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    expect(JSON.stringify(saveAnswer(undefined, { routeId: 'r', stepId: 's1', questionId: 'q', content: hostile }, { id: 'a', now }).content)).not.toContain('javascript');
  });
});

describe('progress', () => {
  it('counts read steps and answered questions per step; an empty answer does not count', () => {
    const progress = markStep(undefined, 'r', 's1', true, now);
    const answers = [
      saveAnswer(undefined, { routeId: 'r', stepId: 's1', questionId: 's1-q', content: text('ja') }, { id: 'a', now }),
      saveAnswer(undefined, { routeId: 'r', stepId: 's2', questionId: 's2-q', content: text('  ') }, { id: 'b', now }),
    ];
    expect(summarizeProgress(route(), progress, answers)).toEqual([
      { stepId: 's1', read: true, answered: 1, questions: 1 },
      { stepId: 's2', read: false, answered: 0, questions: 1 },
    ]);
  });

  it('unmarks a step and remembers the step last open', () => {
    const progress = markStep(markStep(undefined, 'r', 's1', true, now), 'r', 's1', false, later);
    expect(progress).toMatchObject({ read: [], currentStepId: 's1' });
  });

  it('keeps answers to questions a newer route dropped, listed apart', () => {
    const answer = saveAnswer(undefined, { routeId: 'r', stepId: 'old', questionId: 'old-q', content: text('bewaard') }, { id: 'a', now });
    expect(detachedAnswers(route(), [answer])).toEqual([answer]);
  });
});
