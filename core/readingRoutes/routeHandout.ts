/** Why: a route leaves the app as a syllabus (for the teacher's class) or as a student's hand-in (questions with answers); both are one model laid out in Markdown, HTML (and PDF from it) and Word by the export code's building blocks. */
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { findQuoteSelector } from '../../common/annotations/selectors.js';
import type { CorpusDocument } from '../corpus/types.js';
import { formatDeepLink } from '../links/deepLink.js';
import { apaDate } from '../export/citation.js';
import { escapeHtml } from '../export/escapeHtml.js';
import { noteToHtml } from '../export/noteToHtml.js';
import { escapeMarkdown, noteToMarkdown } from '../export/noteToMarkdown.js';
import { exportContentSecurityPolicy } from '../export/toHtml.js';
import type { StepPlacement } from './placeSteps.js';
import type { ReadingRoute } from './readingRoute.js';
import type { RouteAnswer } from './routeAnswers.js';

/** A syllabus holds the route for a class; a hand-in adds the student's answers. */
export type HandoutKind = 'syllabus' | 'answers';
export type HandoutLanguage = 'nl' | 'en';

const strings = {
  nl: { syllabus: 'Leesroute', answers: 'Antwoorden', audience: 'Voor', goals: 'Leerdoelen', minutes: 'Leestijd: ± {count} minuten', step: 'Stap {index}', task: 'Opdracht', question: 'Vraag', answer: 'Antwoord', noAnswer: '(nog niet beantwoord)', lost: 'Deze passage is niet teruggevonden in de huidige tekst.', theme: 'Thema', section: 'sectie', source: 'bronbestand', references: 'Bronnen', openInApp: 'open in Werkplaats Reader', exported: 'Gemaakt op {date}', detached: 'Antwoorden op vragen die niet meer in de route staan', noDate: 'z.d.', network: 'Werkplaatsen Sociaal Domein' },
  en: { syllabus: 'Reading route', answers: 'Answers', audience: 'For', goals: 'Learning goals', minutes: 'Reading time: ≈ {count} minutes', step: 'Step {index}', task: 'Task', question: 'Question', answer: 'Answer', noAnswer: '(not answered yet)', lost: 'This passage was not found in the current text.', theme: 'Theme', section: 'section', source: 'source file', references: 'References', openInApp: 'open in Werkplaats Reader', exported: 'Made on {date}', detached: 'Answers to questions the route no longer has', noDate: 'n.d.', network: 'Werkplaatsen Sociaal Domein' },
} as const;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** One step as every format lays it out. */
export interface HandoutStep {
  number: number;
  /** "Werkplaats Sociaal Domein Zwolle", or the theme's label. */
  title: string;
  /** The section heading the step points into, or null. */
  section: string | null;
  /** The passage's words (passage steps), or null. */
  quote: string | null;
  /** Where it comes from: "bronbestand 001_….txt", or null for a theme. */
  source: string | null;
  deepLink: string | null;
  lost: boolean;
  instruction: NoteDocument | null;
  questions: { prompt: NoteDocument; promptText: string; answer: NoteDocument | null }[];
}

/** Everything a syllabus or hand-in holds. */
export interface RouteHandout {
  kind: HandoutKind;
  language: HandoutLanguage;
  title: string;
  audience: string;
  goals: string[];
  minutes: number;
  made: string;
  steps: HandoutStep[];
  /** Answers whose question the route no longer has (hand-in only). */
  detached: { text: string; content: NoteDocument }[];
  references: { title: string; author: string; published: string | null; sourceFile: string; deepLink: string }[];
}

/** What the model needs from the corpus and the themes. */
export interface HandoutContext {
  findDocument(id: string): CorpusDocument | undefined;
  themeLabel(id: string, language: HandoutLanguage): string | null;
  now: Date;
}

/** Builds the hand-out of `route`; with `answers` only for a hand-in. */
export function buildRouteHandout(
  route: ReadingRoute,
  placements: readonly StepPlacement[],
  answers: readonly RouteAnswer[],
  detached: readonly RouteAnswer[],
  options: { kind: HandoutKind; language: HandoutLanguage; minutes: number },
  context: HandoutContext,
): RouteHandout {
  const text = strings[options.language];
  const cited = new Map<string, CorpusDocument>();
  const steps = route.steps.map((step, index): HandoutStep => {
    const placement = placements[index]!;
    const questions = step.questions.map((question) => ({
      prompt: question.prompt,
      promptText: question.promptText,
      answer: options.kind === 'answers' ? (answers.find((answer) => answer.questionId === question.id)?.content ?? null) : null,
    }));
    const base = { number: index + 1, instruction: step.instruction, questions, lost: placement.status === 'lost' };
    if (step.target.kind === 'theme') return { ...base, title: `${text.theme}: ${context.themeLabel(step.target.themeId, options.language) ?? step.target.themeId}`, section: null, quote: null, source: null, deepLink: null };
    const document = context.findDocument(step.target.docId);
    if (document) cited.set(document.id, document);
    const section =
      placement.status === 'placed' && document && !(placement.start === 0 && placement.end === document.text.length)
        ? (document.sections.find((candidate) => candidate.start <= placement.start && placement.start < candidate.end)?.heading ?? null)
        : null;
    const quote = step.target.kind === 'passage' ? (placement.status === 'placed' && document ? document.text.slice(placement.start, placement.end) : (findQuoteSelector(step.target.selectors)?.exact ?? null)) : null;
    return {
      ...base,
      title: document?.title ?? step.target.docId,
      section,
      quote,
      source: document ? `${text.source} ${document.source}` : null,
      deepLink: formatDeepLink({ docId: step.target.docId, fragment: step.target.kind === 'section' ? step.target.sectionId : null }),
    };
  });
  return {
    kind: options.kind,
    language: options.language,
    title: route.title,
    audience: route.audience,
    goals: route.goals,
    minutes: options.minutes,
    made: context.now.toISOString().slice(0, 10),
    steps,
    detached: options.kind === 'answers' ? detached.map((answer) => ({ text: answer.text, content: answer.content })) : [],
    references: [...cited.values()]
      .map((document) => ({ title: document.title, author: document.hogeschool ?? document.origin ?? text.network, published: document.published, sourceFile: document.source, deepLink: formatDeepLink({ docId: document.id, fragment: null }) }))
      .sort((a, b) => a.author.localeCompare(b.author, 'nl') || a.title.localeCompare(b.title, 'nl')),
  };
}

function reference(entry: RouteHandout['references'][number], handout: RouteHandout): { lead: string; title: string; tail: string } {
  const text = strings[handout.language];
  return { lead: `${entry.author} (${apaDate(entry.published, handout.language, text.noDate)}). `, title: entry.title, tail: `. ${text.network}. ${text.source} ${entry.sourceFile}.` };
}

/** The hand-out as Markdown (headings, quotes as blockquotes, notes converted). */
export function routeHandoutToMarkdown(handout: RouteHandout): string {
  const text = strings[handout.language];
  const parts = [`# ${escapeMarkdown(handout.title)}${handout.kind === 'answers' ? ` — ${text.answers}` : ''}`];
  const meta = [handout.audience ? `${text.audience}: ${escapeMarkdown(handout.audience)}` : '', fill(text.minutes, { count: handout.minutes }), fill(text.exported, { date: handout.made })].filter(Boolean);
  parts.push(meta.join('  \n'));
  if (handout.goals.length > 0) parts.push(`## ${text.goals}`, handout.goals.map((goal) => `- ${escapeMarkdown(goal)}`).join('\n'));
  for (const step of handout.steps) {
    parts.push(`## ${fill(text.step, { index: step.number })}: ${escapeMarkdown(step.title)}${step.section ? ` — ${escapeMarkdown(step.section)}` : ''}`);
    if (step.quote) parts.push(step.quote.split('\n').map((line) => `> ${escapeMarkdown(line)}`).join('\n'));
    if (step.lost) parts.push(`*${text.lost}*`);
    if (step.source || step.deepLink) parts.push(`— *${escapeMarkdown(step.title)}*${step.section ? `, ${text.section} „${escapeMarkdown(step.section)}”` : ''}${step.source ? `, ${escapeMarkdown(step.source)}` : ''}${step.deepLink ? ` · [${text.openInApp}](${step.deepLink})` : ''}`);
    if (step.instruction) parts.push(`**${text.task}**`, noteToMarkdown(step.instruction));
    step.questions.forEach((question, index) => {
      parts.push(`### ${text.question} ${index + 1}`, noteToMarkdown(question.prompt));
      if (handout.kind === 'answers') parts.push(`**${text.answer}**`, question.answer ? noteToMarkdown(question.answer) : `*${text.noAnswer}*`);
    });
  }
  if (handout.detached.length > 0) parts.push(`## ${text.detached}`, ...handout.detached.map((answer) => noteToMarkdown(answer.content)));
  if (handout.references.length > 0) {
    parts.push(`## ${text.references}`, handout.references.map((entry) => {
      const { lead, title, tail } = reference(entry, handout);
      return `- ${escapeMarkdown(lead)}*${escapeMarkdown(title)}*${escapeMarkdown(tail)} [${text.openInApp}](${entry.deepLink})`;
    }).join('\n'));
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

const styles = `body{margin:0 auto;max-width:46rem;padding:2.5rem 1.5rem 4rem;color:#1c2024;background:#fffefb;font:1.0625rem/1.6 Charter,Cambria,Georgia,'DejaVu Serif',serif}
h1,h2,h3,.meta,.citation{font-family:system-ui,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}h1{font-size:1.75rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2.25rem 0 .6rem;border-bottom:2px solid #e0dbd0;padding-bottom:.3rem}h3{font-size:1.05rem;margin:1.25rem 0 .3rem;color:#14616a}
.meta,.citation{color:#545b63;font-size:.875rem;margin:.2rem 0}blockquote.quote{margin:.5rem 0;padding:.5rem .9rem;border-left:4px solid #14616a;background:#eef5f4;white-space:pre-wrap}.answer{border:1px solid #e0dbd0;border-radius:6px;padding:.3rem .8rem;margin:.3rem 0 1rem}.lost{color:#7a4a00}a{color:#14616a}
@page{size:A4;margin:18mm 16mm}@media print{body{max-width:none;padding:0;font-size:11pt}h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}}`;

/** The hand-out as one self-contained, printable HTML file that runs no script; the PDF is printed from it. */
export function routeHandoutToHtml(handout: RouteHandout): string {
  const text = strings[handout.language];
  const parts = [
    `<!doctype html><html lang="${handout.language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(exportContentSecurityPolicy)}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(handout.title)}</title><style>${styles}</style></head><body>`,
    `<h1>${escapeHtml(handout.title)}${handout.kind === 'answers' ? ` — ${escapeHtml(text.answers)}` : ''}</h1>`,
    `<p class="meta">${[handout.audience ? `${escapeHtml(text.audience)}: ${escapeHtml(handout.audience)}` : '', escapeHtml(fill(text.minutes, { count: handout.minutes })), escapeHtml(fill(text.exported, { date: handout.made }))].filter(Boolean).join(' · ')}</p>`,
  ];
  if (handout.goals.length > 0) parts.push(`<h2>${escapeHtml(text.goals)}</h2><ul>${handout.goals.map((goal) => `<li>${escapeHtml(goal)}</li>`).join('')}</ul>`);
  for (const step of handout.steps) {
    parts.push(`<section><h2>${escapeHtml(fill(text.step, { index: step.number }))}: ${escapeHtml(step.title)}${step.section ? ` — ${escapeHtml(step.section)}` : ''}</h2>`);
    if (step.quote) parts.push(`<blockquote class="quote">${escapeHtml(step.quote)}</blockquote>`);
    if (step.lost) parts.push(`<p class="lost">${escapeHtml(text.lost)}</p>`);
    if (step.source || step.deepLink) parts.push(`<p class="citation">— <cite>${escapeHtml(step.title)}</cite>${step.section ? `, ${escapeHtml(text.section)} „${escapeHtml(step.section)}”` : ''}${step.source ? `, ${escapeHtml(step.source)}` : ''}${step.deepLink ? ` · <a href="${escapeHtml(step.deepLink)}">${escapeHtml(text.openInApp)}</a>` : ''}</p>`);
    if (step.instruction) parts.push(`<h3>${escapeHtml(text.task)}</h3>${noteToHtml(step.instruction)}`);
    step.questions.forEach((question, index) => {
      parts.push(`<h3>${escapeHtml(text.question)} ${index + 1}</h3>${noteToHtml(question.prompt)}`);
      if (handout.kind === 'answers') parts.push(`<div class="answer"><p class="meta">${escapeHtml(text.answer)}</p>${question.answer ? noteToHtml(question.answer) : `<p><em>${escapeHtml(text.noAnswer)}</em></p>`}</div>`);
    });
    parts.push('</section>');
  }
  if (handout.detached.length > 0) parts.push(`<h2>${escapeHtml(text.detached)}</h2>${handout.detached.map((answer) => `<div class="answer">${noteToHtml(answer.content)}</div>`).join('')}`);
  if (handout.references.length > 0) {
    parts.push(`<h2>${escapeHtml(text.references)}</h2><ul>${handout.references.map((entry) => {
      const { lead, title, tail } = reference(entry, handout);
      return `<li>${escapeHtml(lead)}<cite>${escapeHtml(title)}</cite>${escapeHtml(tail)} <a href="${escapeHtml(entry.deepLink)}">${escapeHtml(text.openInApp)}</a></li>`;
    }).join('')}</ul>`);
  }
  parts.push('</body></html>');
  return parts.join('');
}
