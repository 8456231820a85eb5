/** Why: teachers build lessons in Word, so a route's syllabus and a student's hand-in are real .docx files with Word headings, the export's quote style and formatted notes. */
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import { docxStyles, NoteWriter, packDocx, runs, xmlSafe } from '../export/toDocx.js';
import type { RouteHandout } from './routeHandout.js';

const labels = {
  nl: { answers: 'Antwoorden', audience: 'Voor', goals: 'Leerdoelen', minutes: 'Leestijd: ± {count} minuten', step: 'Stap {index}', task: 'Opdracht', question: 'Vraag', answer: 'Antwoord', noAnswer: '(nog niet beantwoord)', lost: 'Deze passage is niet teruggevonden in de huidige tekst.', section: 'sectie', references: 'Bronnen', openInApp: 'open in Werkplaats Reader', detached: 'Antwoorden op vragen die niet meer in de route staan' },
  en: { answers: 'Answers', audience: 'For', goals: 'Learning goals', minutes: 'Reading time: ≈ {count} minutes', step: 'Step {index}', task: 'Task', question: 'Question', answer: 'Answer', noAnswer: '(not answered yet)', lost: 'This passage was not found in the current text.', section: 'section', references: 'References', openInApp: 'open in Werkplaats Reader', detached: 'Answers to questions the route no longer has' },
} as const;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
const link = (text: string, href: string) => new ExternalHyperlink({ link: href, children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })] });

/** The hand-out as a Word document (.docx bytes). */
export async function routeHandoutToDocx(handout: RouteHandout): Promise<Uint8Array> {
  const text = labels[handout.language];
  const notes = new NoteWriter();
  const title = `${handout.title}${handout.kind === 'answers' ? ` — ${text.answers}` : ''}`;
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(title) }),
    new Paragraph({ style: docxStyles.meta, children: runs([handout.audience ? `${text.audience}: ${handout.audience}` : '', fill(text.minutes, { count: handout.minutes })].filter(Boolean).join('\n')) }),
  ];
  if (handout.goals.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text.goals) }));
    for (const goal of handout.goals) body.push(new Paragraph({ bullet: { level: 0 }, children: runs(goal) }));
  }
  for (const step of handout.steps) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(`${fill(text.step, { index: step.number })}: ${step.title}${step.section ? ` — ${step.section}` : ''}`) }));
    if (step.quote) body.push(new Paragraph({ style: docxStyles.quote, children: runs(step.quote) }));
    if (step.lost) body.push(new Paragraph({ children: runs(text.lost, { italics: true }) }));
    if (step.source || step.deepLink) {
      body.push(
        new Paragraph({
          style: docxStyles.citation,
          children: [...runs('— '), ...runs(step.title, { italics: true }), ...runs(`${step.section ? `, ${text.section} „${step.section}”` : ''}${step.source ? `, ${step.source}` : ''} · `), ...(step.deepLink ? [link(text.openInApp, step.deepLink)] : [])],
        }),
      );
    }
    if (step.instruction) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(text.task) }), ...notes.blocks(step.instruction.content));
    step.questions.forEach((question, index) => {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(`${text.question} ${index + 1}`) }), ...notes.blocks(question.prompt.content));
      if (handout.kind === 'answers') {
        body.push(new Paragraph({ style: docxStyles.meta, children: runs(text.answer, { bold: true }) }));
        body.push(...(question.answer ? notes.blocks(question.answer.content) : [new Paragraph({ children: runs(text.noAnswer, { italics: true }) })]));
      }
    });
  }
  if (handout.detached.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text.detached) }));
    for (const answer of handout.detached) body.push(...notes.blocks(answer.content.content));
  }
  if (handout.references.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text.references) }));
    for (const entry of handout.references) {
      body.push(new Paragraph({ style: docxStyles.reference, children: [...runs(`${entry.author} (${entry.published ?? 'z.d.'}). `), ...runs(entry.title, { italics: true }), ...runs(`. ${entry.sourceFile}. `), link(text.openInApp, entry.deepLink)] }));
    }
  }
  return packDocx({ title, description: handout.audience, body, notes });
}
