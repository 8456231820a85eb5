/** Why: teachers build lessons in Word, so a route's syllabus and a student's hand-in are real .docx files with Word headings, the export's quote style and formatted notes. */
import { NoteWriter, text as run } from '../export/toDocx.js';
import { WordWriter, wordStyles } from '../export/wordDocument.js';
import type { RouteHandout } from './routeHandout.js';

const labels = {
  nl: { answers: 'Antwoorden', audience: 'Voor', goals: 'Leerdoelen', minutes: 'Leestijd: ± {count} minuten', step: 'Stap {index}', task: 'Opdracht', question: 'Vraag', answer: 'Antwoord', noAnswer: '(nog niet beantwoord)', lost: 'Deze passage is niet teruggevonden in de huidige tekst.', section: 'sectie', references: 'Bronnen', openInApp: 'open in Werkplaats Reader', detached: 'Antwoorden op vragen die niet meer in de route staan' },
  en: { answers: 'Answers', audience: 'For', goals: 'Learning goals', minutes: 'Reading time: ≈ {count} minutes', step: 'Step {index}', task: 'Task', question: 'Question', answer: 'Answer', noAnswer: '(not answered yet)', lost: 'This passage was not found in the current text.', section: 'section', references: 'References', openInApp: 'open in Werkplaats Reader', detached: 'Answers to questions the route no longer has' },
} as const;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** The hand-out as a Word document (.docx bytes). */
export async function routeHandoutToDocx(handout: RouteHandout): Promise<Uint8Array> {
  const text = labels[handout.language];
  const word = new WordWriter();
  const notes = new NoteWriter(word);
  const title = `${handout.title}${handout.kind === 'answers' ? ` — ${text.answers}` : ''}`;
  word.paragraph({ style: wordStyles.title, inlines: [run(title)] });
  word.paragraph({ style: wordStyles.meta, inlines: [run([handout.audience ? `${text.audience}: ${handout.audience}` : '', fill(text.minutes, { count: handout.minutes })].filter(Boolean).join('\n'))] });
  if (handout.goals.length > 0) {
    word.paragraph({ style: { heading: 1 }, inlines: [run(text.goals)] });
    const goals = word.list('bullet');
    for (const goal of handout.goals) word.paragraph({ list: { id: goals, level: 0 }, inlines: [run(goal)] });
  }
  for (const step of handout.steps) {
    word.paragraph({ style: { heading: 1 }, inlines: [run(`${fill(text.step, { index: step.number })}: ${step.title}${step.section ? ` — ${step.section}` : ''}`)] });
    if (step.quote) word.paragraph({ style: wordStyles.quote, inlines: [run(step.quote)] });
    if (step.lost) word.paragraph({ inlines: [run(text.lost, { italics: true })] });
    if (step.source || step.deepLink) {
      word.paragraph({
        style: wordStyles.citation,
        inlines: [
          run('— '),
          run(step.title, { italics: true }),
          run(`${step.section ? `, ${text.section} „${step.section}”` : ''}${step.source ? `, ${step.source}` : ''} · `),
          ...(step.deepLink ? [{ href: step.deepLink, runs: [run(text.openInApp)] }] : []),
        ],
      });
    }
    if (step.instruction) {
      word.paragraph({ style: { heading: 2 }, inlines: [run(text.task)] });
      notes.blocks(step.instruction.content);
    }
    step.questions.forEach((question, index) => {
      word.paragraph({ style: { heading: 2 }, inlines: [run(`${text.question} ${index + 1}`)] });
      notes.blocks(question.prompt.content);
      if (handout.kind === 'answers') {
        word.paragraph({ style: wordStyles.meta, inlines: [run(text.answer, { bold: true })] });
        if (question.answer) notes.blocks(question.answer.content);
        else word.paragraph({ inlines: [run(text.noAnswer, { italics: true })] });
      }
    });
  }
  if (handout.detached.length > 0) {
    word.paragraph({ style: { heading: 1 }, inlines: [run(text.detached)] });
    for (const answer of handout.detached) notes.blocks(answer.content.content);
  }
  if (handout.references.length > 0) {
    word.paragraph({ style: { heading: 1 }, inlines: [run(text.references)] });
    for (const entry of handout.references) {
      word.paragraph({ style: wordStyles.reference, inlines: [run(`${entry.author} (${entry.published ?? 'z.d.'}). `), run(entry.title, { italics: true }), run(`. ${entry.sourceFile}. `), { href: entry.deepLink, runs: [run(text.openInApp)] }] });
    }
  }
  return word.pack({ title, description: handout.audience, created: new Date(handout.made) });
}
