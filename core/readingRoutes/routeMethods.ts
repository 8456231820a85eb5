/** The API methods for reading routes: teachers build and share them, students follow them, answer and keep their progress. */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { cleanNote, noteInputSchema } from '../annotations/annotation.js';
import { describeRange } from '../annotations/anchoring/describeRange.js';
import { findExactOccurrences } from '../annotations/anchoring/findQuoteCandidates.js';
import { maxQuoteLength } from '../annotations/anchoring/selectorSchema.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { defineMethod } from '../api/defineMethod.js';
import type { Services } from '../api/createServices.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import type { ImportProblem } from '../../common/import/importProblem.js';
import { parseJsonSafely } from '../import/parseJsonSafely.js';
import { maxPackCharacters } from '../../common/readingRoutes/routePackFile.js';
import { planAnnotationImportValue, type AnnotationImportPlan } from '../import/planAnnotationImport.js';
import { layerIdOf } from '../annotations/annotationMethods.js';
import { modelFor } from '../export/exportMethods.js';
import { toWebAnnotation } from '../export/webAnnotationCollection.js';
import type { UserData } from '../storage/userData.js';
import { encodeBase64 } from '../export/encodeBase64.js';
import { safeFileName } from '../export/exportFileName.js';
import { exportMimeTypes } from '../export/renderExport.js';
import { buildRouteHandout, routeHandoutToHtml, routeHandoutToMarkdown } from './routeHandout.js';
import { routeHandoutToDocx } from './routeHandoutToDocx.js';
import { addStep, createRoute, moveStep, removeStep } from './editRoute.js';
import { estimateReadingMinutes } from './estimateReadingTime.js';
import { placeSteps, type StepPlacement } from './placeSteps.js';
import { routeStepSchema, type ReadingRoute, type RouteOrigin, type RouteStep, type StepTarget } from './readingRoute.js';
import { detachedAnswers, markStep, saveAnswer, summarizeProgress, type RouteAnswer } from './routeAnswers.js';
import { mergeImportedRoute, readRoutePack, toRoutePack, type RouteImportOutcome, type RoutePack } from './routePack.js';
import { formatPackLink, maximumPackLinkLength, packLinkFileName, parsePackLink } from './packLink.js';

const identifier = z.string().min(1).max(200);
/** What to pack: the route, the teacher's name, and whether the teacher's own annotations go along. */
const packRequest = z.object({ id: identifier, author: z.string().max(200).optional(), withAnnotations: z.boolean().optional() }).strict();

const offset = z.number().int().min(0).max(10_000_000);
const richText = noteInputSchema;

/** How a caller names what a step points at; a passage by its range or by a quote the document contains. */
const stepTargetInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passage'), docId: documentIdSchema, start: offset, end: offset }).strict(),
  z.object({ kind: z.literal('quote'), docId: documentIdSchema, quote: z.string().trim().min(1).max(maxQuoteLength) }).strict(),
  z.object({ kind: z.literal('section'), docId: documentIdSchema, sectionId: identifier }).strict(),
  z.object({ kind: z.literal('document'), docId: documentIdSchema }).strict(),
  z.object({ kind: z.literal('theme'), themeId: identifier }).strict(),
]);

/** A route as lists show it. */
export interface RouteSummary {
  id: string;
  title: string;
  audience: string;
  steps: number;
  minutes: number;
  origin: RouteOrigin | null;
  modified: string;
}

/** A route with everything its views need: where each step is now, the reading time, the student's progress and answers. */
export interface RouteDetail {
  route: ReadingRoute;
  placements: StepPlacement[];
  /** Per step, the document's title and the section's heading it points into, for labels (null where there is none). */
  labels: { documentTitle: string | null; sectionHeading: string | null }[];
  minutes: number;
  progress: ReturnType<typeof summarizeProgress>;
  currentStepId: string | null;
  answers: RouteAnswer[];
  /** Answers to questions the route no longer has: kept, shown apart. */
  detachedAnswers: RouteAnswer[];
  /** Documents and themes the route covers, for its small map. */
  coverage: { docIds: string[]; themeIds: string[] };
}

/** What importing a pack would do (preview) or did. */
export interface RouteImportReport {
  routeId: string;
  title: string;
  outcome: RouteImportOutcome;
  steps: number;
  /** Steps whose passage cannot be found in this corpus: imported and marked, never dropped. */
  lostSteps: number;
  origin: RouteOrigin;
  /** The teacher's annotations the pack carries, as the layer they go into; null when it carries none. */
  layer: { name: string; annotations: number; orphaned: number } | null;
}

/** The pack of a route, with the teacher's annotations on its documents when asked for. */
async function packOf(services: Services, { id, author = '', withAnnotations = false }: z.output<typeof packRequest>): Promise<{ pack: RoutePack; annotations: number }> {
  const route = requireRoute(services, id);
  const annotations = withAnnotations ? await ownAnnotationsOn(services, route) : undefined;
  const pack = toRoutePack(route, { author, corpusVersion: services.bundle.version, now: services.now(), ...(annotations ? { annotations } : {}) });
  return { pack, annotations: annotations?.length ?? 0 };
}

function requireRoute({ store }: Services, id: string): ReadingRoute {
  const route = store.data.routes.find((candidate) => candidate.id === id);
  if (!route) throw new ApiError('route-not-found', { id });
  return route;
}

/** The text a target points at, for the reading time. */
function targetText(services: Services, target: StepTarget): string | null {
  if (target.kind === 'theme') {
    const overview = services.themes.index.themes.find((theme) => theme.id === target.themeId);
    if (!overview) return null;
    return overview.passages
      .map(({ docId, passage }) => {
        const found = services.themes.documentThemes(docId)?.passages[passage];
        return found ? (services.findDocument(docId)?.text.slice(found.start, found.end) ?? '') : '';
      })
      .join(' ');
  }
  const [placed] = placeSteps([{ id: '', target, instruction: null, questions: [] }], services.findDocument);
  return placed!.placement.status === 'placed' ? services.findDocument(placed!.placement.docId)!.text.slice(placed!.placement.start, placed!.placement.end) : null;
}

function describeRoute(services: Services, route: ReadingRoute): RouteDetail {
  const placed = placeSteps(route.steps, services.findDocument);
  const answers = services.store.data.routeAnswers.filter((answer) => answer.routeId === route.id);
  const progress = services.store.data.routeProgress.find((entry) => entry.routeId === route.id);
  const docIds = new Set<string>();
  const themeIds = new Set<string>();
  for (const { placement } of placed) {
    if (placement.status === 'placed') {
      docIds.add(placement.docId);
      // A whole document touches every theme it has; only passages and sections say what the step is about.
      if (placement.start === 0 && placement.end === services.findDocument(placement.docId)!.text.length) continue;
      const themes = services.themes.documentThemes(placement.docId);
      for (const passage of themes?.passages ?? []) {
        if (passage.start < placement.end && passage.end > placement.start) for (const tag of passage.themes) themeIds.add(tag.themeId);
      }
    } else if (placement.status === 'theme') themeIds.add(placement.themeId);
  }
  return {
    route,
    placements: placed.map((entry) => entry.placement),
    labels: placed.map(({ placement }) => {
      if (placement.status !== 'placed') return { documentTitle: null, sectionHeading: null };
      const document = services.findDocument(placement.docId)!;
      const section = document.sections.find((candidate) => candidate.start <= placement.start && placement.start < candidate.end);
      const whole = placement.start === 0 && placement.end === document.text.length;
      return { documentTitle: document.title, sectionHeading: whole ? null : (section?.heading ?? null) };
    }),
    minutes: estimateReadingMinutes(route.steps.map((step) => step.target), (target) => targetText(services, target)),
    progress: summarizeProgress(route, progress, answers),
    currentStepId: progress?.currentStepId ?? null,
    answers,
    detachedAnswers: detachedAnswers(route, answers),
    coverage: { docIds: [...docIds], themeIds: [...themeIds] },
  };
}

/** Resolves a target as the caller gave it into a stored one, checking it against the corpus. */
function resolveTarget(services: Services, input: z.output<typeof stepTargetInputSchema>): StepTarget {
  if (input.kind === 'theme') {
    if (!services.themes.overview(input.themeId)) throw new ApiError('theme-not-found', { id: input.themeId });
    return input;
  }
  const document = services.requireDocument(input.docId);
  switch (input.kind) {
    case 'document':
      return input;
    case 'section':
      if (!document.sections.some((section) => section.id === input.sectionId)) throw new ApiError('section-not-found', { docId: input.docId, sectionId: input.sectionId });
      return input;
    case 'passage':
      if (input.end <= input.start || input.end > document.text.length || input.end - input.start > maxQuoteLength) throw new ApiError('selection-outside-text', { docId: input.docId });
      return { kind: 'passage', docId: input.docId, selectors: describeRange(document.text, input.start, input.end) };
    case 'quote': {
      const [start] = findExactOccurrences(document.text, input.quote);
      if (start === undefined) throw new ApiError('quote-not-in-document', { docId: input.docId });
      return { kind: 'passage', docId: input.docId, selectors: describeRange(document.text, start, start + input.quote.length) };
    }
  }
}

function richTextOrNull(value: unknown): NoteDocument | null {
  return value === undefined || value === null ? null : cleanNote(value).note;
}

function questionsFrom(services: Services, prompts: readonly unknown[]): RouteStep['questions'] {
  return prompts.flatMap((prompt) => {
    const { note, noteText } = cleanNote(prompt);
    return note ? [{ id: services.newId(), prompt: note, promptText: noteText }] : [];
  });
}

/** Replaces route `id` with `change(route)` in one write; returns the new version. */
async function changeRoute(services: Services, id: string, change: (route: ReadingRoute) => ReadingRoute): Promise<ReadingRoute> {
  let result: ReadingRoute | undefined;
  await services.store.update((data) => {
    const index = data.routes.findIndex((route) => route.id === id);
    if (index === -1) throw new ApiError('route-not-found', { id });
    result = change(data.routes[index]!);
    data.routes[index] = result;
  });
  return result!;
}

/** The name of a route's annotation layer: who made it and the route's title, within a layer name's 80 characters. */
export function routeLayerName(author: string, title: string): string {
  const name = author.trim() === '' ? title : `${author.trim()} — ${title}`;
  return name.length <= 80 ? name : `${name.slice(0, 79).trimEnd()}…`;
}

/** `data` without the annotations of layer `layerId`: a newer pack replaces its layer whole, so what the teacher took out goes too. */
function withoutLayer(data: UserData, layerId: string | undefined): UserData {
  return layerId === undefined ? data : { ...data, annotations: data.annotations.filter((annotation) => layerIdOf(annotation) !== layerId) };
}

interface ReadPack {
  route: ReadingRoute;
  pack: RoutePack;
  report: RouteImportReport;
  /** The teacher's annotations, checked whole against the data without the route's old layer; null when the pack has none. */
  layer: { id: string; plan: Extract<AnnotationImportPlan, { ok: true }> } | null;
}

/** A refused pack with its first reasons (as codes, so each language says them) and how many there were. */
function refused(problems: readonly ImportProblem[]): ApiError {
  return new ApiError('pack-refused', { count: problems.length, problems: problems.slice(0, 20) });
}

function readPack(services: Services, content: string, file: string): ReadPack {
  // The same hardened parse as every import: size and depth capped, prototype keys refused, before any schema.
  const safe = parseJsonSafely(content, { maxLength: maxPackCharacters });
  if (!safe.ok) throw refused(safe.problems);
  const read = readRoutePack(safe.value, { file, now: services.now() });
  if (!read.ok) throw refused(read.problems);
  const existing = services.store.data.routes.find((route) => route.id === read.route.id);
  const { outcome } = mergeImportedRoute(existing, read.route);
  const lostSteps = placeSteps(read.route.steps, services.findDocument).filter((entry) => entry.placement.status === 'lost').length;
  let layer: ReadPack['layer'] = null;
  if (read.pack.annotations !== undefined) {
    // Checked by the notes import's own schemas and sanitiser, into a layer of its own: the reader's annotations are never touched.
    const existingLayer = services.store.data.layers.find((candidate) => candidate.routeId === read.route.id);
    const id = existingLayer?.id ?? services.newId();
    const plan = planAnnotationImportValue(read.pack.annotations, withoutLayer(services.store.data, existingLayer?.id), {
      documents: services.documents(),
      corpusVersion: services.bundle.version,
      now: services.now(),
      fileName: file,
      newId: services.newId,
      layerName: routeLayerName(read.pack.author, read.route.title),
      layerId: id,
      routeId: read.route.id,
    });
    if (!plan.ok) throw refused(plan.problems.map((problem) => ({ ...problem, place: `annotations${problem.place === '' || problem.place.startsWith('[') ? problem.place : `.${problem.place}`}` })));
    layer = { id, plan };
  }
  const report: RouteImportReport = {
    routeId: read.route.id,
    title: read.route.title,
    outcome,
    steps: read.route.steps.length,
    lostSteps,
    origin: read.route.origin!,
    layer: layer ? { name: layer.plan.report.layer!.name, annotations: layer.plan.report.total, orphaned: layer.plan.report.orphaned } : null,
  };
  return { route: read.route, pack: read.pack, report, layer };
}

/** The user's own live annotations on the documents `route` points into, as W3C Web Annotations for a pack. */
async function ownAnnotationsOn(services: Services, route: ReadingRoute): Promise<unknown[]> {
  const docIds = new Set(route.steps.flatMap((step) => (step.target.kind === 'theme' ? [] : [step.target.docId])));
  const own = new Set(services.store.data.annotations.filter((annotation) => layerIdOf(annotation) === undefined && annotation.deleted === null && docIds.has(annotation.docId)).map((annotation) => annotation.id));
  const model = await modelFor(services, { scope: { kind: 'all' } });
  return model.annotations.filter((annotation) => own.has(annotation.id)).map(toWebAnnotation);
}

/** A syllabus or hand-in as a JSON transport carries it: text as UTF-8, docx and pdf as base64. */
export interface RouteExportFile {
  fileName: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  content: string;
}

async function renderHandout(services: Services, input: { id: string; kind: 'syllabus' | 'answers'; format: 'md' | 'html' | 'docx' | 'pdf'; language: 'nl' | 'en' }): Promise<RouteExportFile> {
  const detail = describeRoute(services, requireRoute(services, input.id));
  const handout = buildRouteHandout(detail.route, detail.placements, detail.answers, detail.detachedAnswers, { kind: input.kind, language: input.language, minutes: detail.minutes }, {
    findDocument: services.findDocument,
    themeLabel: (id, language) => {
      const theme = services.themes.overview(id);
      return theme ? theme.label[language] || theme.label.nl : null;
    },
    now: services.now(),
  });
  const fileName = safeFileName(`${input.kind === 'answers' ? 'antwoorden' : 'leesroute'}-${detail.route.title}`, input.format);
  const mimeType = exportMimeTypes[input.format];
  if (input.format === 'md') return { fileName, mimeType, encoding: 'utf8', content: routeHandoutToMarkdown(handout) };
  if (input.format === 'html') return { fileName, mimeType, encoding: 'utf8', content: routeHandoutToHtml(handout) };
  if (input.format === 'docx') return { fileName, mimeType, encoding: 'base64', content: encodeBase64(await routeHandoutToDocx(handout)) };
  const pdfRenderer = services.exportHost.pdfRenderer;
  if (!pdfRenderer) throw new ApiError('export-unavailable', { detail: input.language === 'en' ? 'there is no browser engine here to print a PDF; save as HTML and print that.' : 'er is hier geen browser-engine om een PDF te maken; sla op als HTML en druk die af.' });
  let render: Awaited<ReturnType<typeof pdfRenderer>>;
  try {
    render = await pdfRenderer();
  } catch (error) {
    throw new ApiError('export-unavailable', { detail: error instanceof Error ? error.message : String(error) });
  }
  return { fileName, mimeType, encoding: 'base64', content: encodeBase64(await render(routeHandoutToHtml(handout))) };
}

export const routeMethods = {
  /** The route as a syllabus (for the class) or the student's hand-in (questions with answers), in Markdown, HTML, Word or PDF. */
  exportRoute: defineMethod(
    z
      .object({ id: identifier, kind: z.enum(['syllabus', 'answers']), format: z.enum(['md', 'html', 'docx', 'pdf']), language: z.enum(['nl', 'en']).optional() })
      .strict(),
    async ({ id, kind, format, language = 'nl' }, services) => renderHandout(services, { id, kind, format, language }),
  ),
  /** Every route, own and imported, newest change first. */
  listRoutes: defineMethod(z.object({}).strict(), async (_, services): Promise<RouteSummary[]> =>
    [...services.store.data.routes]
      .sort((a, b) => (a.modified === b.modified ? a.id.localeCompare(b.id) : a.modified < b.modified ? 1 : -1))
      .map((route) => ({
        id: route.id,
        title: route.title,
        audience: route.audience,
        steps: route.steps.length,
        minutes: describeRoute(services, route).minutes,
        origin: route.origin,
        modified: route.modified,
      })),
  ),
  /** One route with its placements, reading time, progress and answers. */
  getRoute: defineMethod(z.object({ id: identifier }).strict(), async ({ id }, services) => describeRoute(services, requireRoute(services, id))),
  /** A new, empty route of the user's own. */
  createRoute: defineMethod(
    z.object({ title: z.string().trim().min(1).max(300), audience: z.string().max(300).optional(), goals: z.array(z.string().max(1000)).max(30).optional() }).strict(),
    async (input, services) => {
      const route = createRoute({ id: services.newId(), ...input }, services.now());
      await services.store.update((data) => {
        data.routes.push(route);
      });
      return route;
    },
  ),
  /** Changes a route's title, audience or learning goals. */
  updateRoute: defineMethod(
    z.object({ id: identifier, title: z.string().trim().min(1).max(300).optional(), audience: z.string().max(300).optional(), goals: z.array(z.string().max(1000)).max(30).optional() }).strict(),
    async ({ id, ...changes }, services) =>
      changeRoute(services, id, (route) => ({
        ...route,
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.audience !== undefined ? { audience: changes.audience.trim() } : {}),
        ...(changes.goals !== undefined ? { goals: changes.goals.map((goal) => goal.trim()).filter((goal) => goal !== '') } : {}),
        revision: route.revision + 1,
        modified: services.now().toISOString(),
      })),
  ),
  /** Removes a route; the student's answers to it are kept. */
  deleteRoute: defineMethod(z.object({ id: identifier }).strict(), async ({ id }, services) => {
    const route = requireRoute(services, id);
    await services.store.update((data) => {
      data.routes = data.routes.filter((candidate) => candidate.id !== id);
    });
    return route;
  }),
  /** Adds a step pointing at a passage, quote, section, document or theme, with the teacher's instruction and questions. */
  addRouteStep: defineMethod(
    z
      .object({
        routeId: identifier,
        target: stepTargetInputSchema,
        instruction: richText.optional(),
        questions: z.array(richText.unwrap()).max(50).optional(),
        /** Where to insert; at the end without it. */
        index: z.number().int().min(0).max(10_000).optional(),
      })
      .strict(),
    async ({ routeId, target, instruction, questions = [], index }, services) => {
      requireRoute(services, routeId);
      const step: RouteStep = { id: services.newId(), target: resolveTarget(services, target), instruction: richTextOrNull(instruction), questions: questionsFrom(services, questions) };
      return changeRoute(services, routeId, (route) => addStep(route, step, services.now(), index));
    },
  ),
  /** Replaces a step's instruction and, when given, its questions (questions keep their ids by position, so answers stay linked). */
  updateRouteStep: defineMethod(
    z.object({ routeId: identifier, stepId: identifier, instruction: richText.optional(), questions: z.array(richText.unwrap()).max(50).optional() }).strict(),
    async ({ routeId, stepId, instruction, questions }, services) =>
      changeRoute(services, routeId, (route) => {
        const index = route.steps.findIndex((step) => step.id === stepId);
        if (index === -1) throw new ApiError('step-not-found', { routeId, stepId });
        const step = route.steps[index]!;
        const nextQuestions =
          questions === undefined
            ? step.questions
            : questionsFrom(services, questions).map((question, position) => ({ ...question, id: step.questions[position]?.id ?? question.id }));
        const steps = route.steps.with(index, { ...step, instruction: instruction === undefined ? step.instruction : richTextOrNull(instruction), questions: nextQuestions });
        return { ...route, steps, revision: route.revision + 1, modified: services.now().toISOString() };
      }),
  ),
  /** Moves a step to another place in the route. */
  moveRouteStep: defineMethod(z.object({ routeId: identifier, stepId: identifier, index: z.number().int().min(0).max(10_000) }).strict(), async ({ routeId, stepId, index }, services) => {
    const route = requireRoute(services, routeId);
    if (!route.steps.some((step) => step.id === stepId)) throw new ApiError('step-not-found', { routeId, stepId });
    return changeRoute(services, routeId, (current) => moveStep(current, stepId, index, services.now()));
  }),
  /** Removes a step; the answer says what was removed and where, for undo with `restoreRouteStep`. */
  removeRouteStep: defineMethod(z.object({ routeId: identifier, stepId: identifier }).strict(), async ({ routeId, stepId }, services) => {
    const route = requireRoute(services, routeId);
    const { removed } = removeStep(route, stepId, services.now());
    if (!removed) throw new ApiError('step-not-found', { routeId, stepId });
    const changed = await changeRoute(services, routeId, (current) => removeStep(current, stepId, services.now()).route);
    return { route: changed, removed };
  }),
  /** Puts a removed step back where it was (undo). */
  restoreRouteStep: defineMethod(z.object({ routeId: identifier, step: routeStepSchema, index: z.number().int().min(0).max(10_000) }).strict(), async ({ routeId, step, index }, services) =>
    changeRoute(services, routeId, (route) => {
      if (route.steps.some((existing) => existing.id === step.id)) return route;
      const clean: RouteStep = { ...step, instruction: richTextOrNull(step.instruction), questions: step.questions.map((question) => ({ ...question, prompt: cleanNote(question.prompt).note ?? { type: 'doc', content: [{ type: 'paragraph' }] } })) };
      return addStep(route, clean, services.now(), index);
    }),
  ),
  /** The route as a pack file's JSON text, ready to save and hand out; with `withAnnotations`, the user's own annotations on its documents ride along. */
  exportRoutePack: defineMethod(packRequest, async (request, services) => {
    const { pack, annotations } = await packOf(services, request);
    return { content: `${JSON.stringify(pack, null, 2)}\n`, suggestedName: `leesroute-${request.id}.json`, annotations };
  }),
  /** The same pack as one `werkplaats://pack/…` link, for a class that gets its routes by e-mail or a learning platform. */
  routePackLink: defineMethod(packRequest, async (request, services) => {
    const { pack, annotations } = await packOf(services, request);
    const content = JSON.stringify(pack);
    const link = formatPackLink(content);
    if (link === null) throw new ApiError('pack-link-too-large', { length: content.length });
    return { link, annotations };
  }),
  /** The pack inside a pack link, to be previewed and imported like a pack file; nothing is read from disk. */
  readRoutePackLink: defineMethod(z.object({ link: z.string().max(maximumPackLinkLength * 2) }).strict(), async ({ link }) => {
    const parsed = parsePackLink(link);
    if (!parsed.ok) throw new ApiError('pack-link-invalid', { problem: parsed.problem });
    return { content: parsed.content, file: packLinkFileName };
  }),
  /** What importing a pack would do, without writing anything. */
  previewRoutePack: defineMethod(z.object({ content: z.string(), file: z.string().max(300) }).strict(), async ({ content, file }, services) => readPack(services, content, file).report),
  /**
   * Imports a pack whole or not at all, in one write: a newer revision of a route replaces the old one and keeps the answers,
   * and the teacher's annotations replace the route's layer (never the reader's own annotations).
   */
  importRoutePack: defineMethod(z.object({ content: z.string(), file: z.string().max(300) }).strict(), async ({ content, file }, services) => {
    const { route, report, layer } = readPack(services, content, file);
    if (report.outcome === 'added' || report.outcome === 'updated') {
      await services.store.update((data) => {
        data.routes = [...data.routes.filter((existing) => existing.id !== route.id), route];
        if (layer) {
          data.annotations = withoutLayer(data, layer.id).annotations;
          layer.plan.apply(data);
        }
      });
    }
    return report;
  }),
  /** Saves the student's answer to one question. */
  saveRouteAnswer: defineMethod(z.object({ routeId: identifier, stepId: identifier, questionId: identifier, content: richText.unwrap() }).strict(), async (input, services) => {
    const route = requireRoute(services, input.routeId);
    const step = route.steps.find((candidate) => candidate.id === input.stepId);
    if (!step) throw new ApiError('step-not-found', { routeId: input.routeId, stepId: input.stepId });
    if (!step.questions.some((question) => question.id === input.questionId)) throw new ApiError('question-not-found', { id: input.questionId });
    let saved: RouteAnswer | undefined;
    await services.store.update((data) => {
      const index = data.routeAnswers.findIndex((answer) => answer.routeId === input.routeId && answer.questionId === input.questionId);
      saved = saveAnswer(index === -1 ? undefined : data.routeAnswers[index], input, { id: services.newId(), now: services.now() });
      if (index === -1) data.routeAnswers.push(saved);
      else data.routeAnswers[index] = saved;
    });
    return saved!;
  }),
  /** Marks a step read or unread and makes it the student's current step. */
  markRouteStep: defineMethod(z.object({ routeId: identifier, stepId: identifier, read: z.boolean() }).strict(), async ({ routeId, stepId, read }, services) => {
    const route = requireRoute(services, routeId);
    if (!route.steps.some((step) => step.id === stepId)) throw new ApiError('step-not-found', { routeId, stepId });
    await services.store.update((data) => {
      const index = data.routeProgress.findIndex((entry) => entry.routeId === routeId);
      const next = markStep(index === -1 ? undefined : data.routeProgress[index], routeId, stepId, read, services.now());
      if (index === -1) data.routeProgress.push(next);
      else data.routeProgress[index] = next;
    });
    return describeRoute(services, requireRoute(services, routeId)).progress;
  }),
};
