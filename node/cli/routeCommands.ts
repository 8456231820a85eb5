/** Why: teachers script their reading routes and students hand in answers from a terminal too, through the same API methods the app uses. */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import { maxPackCharacters } from '../../common/readingRoutes/routePackFile.js';
import { writeExportFile } from '../export/writeExportFile.js';
import { call, CliFailure, flag, type CliOutput } from './callApi.js';
import type { ParsedArguments } from './parseArguments.js';

/** The routes part of the CLI's help. */
export const routesUsage = `  routes list [--json]  je leesroutes: {id, title, audience, steps, origin}
  routes new --title T [--audience A] [--goal G …]
                        een nieuwe leesroute; toont haar id
  routes add-step <route> --doc ID [--section ID] [--quote TEXT] [--instruction TEXT] [--question TEXT …]
                        een stap erbij: een document, een sectie of een passage
  routes show <id> [--json]
  routes export <id> --format pack|md|html|docx|pdf [--out FILE] [--author NAAM] [--language nl|en] [--with-annotations]
                        het pakket om uit te delen (met --with-annotations: met je eigen
                        aantekeningen op de documenten van de route), of de route als syllabus
  routes answers <id> --format md|html|docx|pdf [--out FILE] [--language nl|en]
                        je antwoorden om in te leveren: vragen, passages met bron, antwoorden
  routes import <bestand>
                        een leesroutepakket inlezen (alles of niets); aantekeningen van de
                        docent komen in een eigen laag, de jouwe blijven onaangeroerd`;

/** Flags the routes commands read a value from. */
export const routeValueFlags = ['title', 'audience', 'goal', 'section', 'quote', 'instruction', 'question', 'format', 'out', 'author', 'language'] as const;

/** Plain text as rich text: one paragraph per blank-line-separated block. */
function plainToRichText(text: string) {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  return { type: 'doc' as const, content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })) };
}


function requireWord(value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new CliFailure(`Geef ${what} op.`, 2);
  return value;
}

/** Runs `routes <subcommand> …`; `openApi(writable)` opens the data, taking the writer lock only for commands that write. */
export async function runRoutes(openApi: (writable: boolean) => Promise<WerkplaatsApi>, words: string[], parsed: ParsedArguments, output: CliOutput): Promise<void> {
  const [subcommand, ...rest] = words;
  const json = parsed.flags.has('json');
  switch (subcommand) {
    case 'list': {
      const routes = await call(await openApi(false), 'listRoutes', {});
      const rows = routes.map(({ id, title, audience, steps, origin }) => ({ id, title, audience, steps, origin }));
      if (json) output.stdout(JSON.stringify(rows, null, 2));
      else output.stdout(rows.length === 0 ? 'Nog geen leesroutes.' : rows.map((row) => `${row.id}  ${row.title}  (${row.steps} stappen${row.origin ? `, van ${row.origin.name}` : ''})`).join('\n'));
      return;
    }
    case 'new': {
      const title = requireWord(flag(parsed, 'title'), 'een titel met --title');
      const audience = flag(parsed, 'audience');
      const route = await call(await openApi(true), 'createRoute', { title, ...(audience !== undefined ? { audience } : {}), goals: parsed.repeated.get('goal') ?? [] });
      output.stdout(route.id);
      return;
    }
    case 'add-step': {
      const routeId = requireWord(rest[0], 'de id van de leesroute, bijvoorbeeld: werkplaats routes add-step <route> --doc werkplaats-flevoland');
      const docId = requireWord(flag(parsed, 'doc'), 'een document met --doc');
      const section = flag(parsed, 'section');
      const quote = flag(parsed, 'quote');
      if (section !== undefined && quote !== undefined) throw new CliFailure('Kies --section of --quote, niet beide.', 2);
      const target = quote !== undefined ? { kind: 'quote', docId, quote } : section !== undefined ? { kind: 'section', docId, sectionId: section } : { kind: 'document', docId };
      const instruction = flag(parsed, 'instruction');
      const route = await call(await openApi(true), 'addRouteStep', {
        routeId,
        target,
        ...(instruction !== undefined ? { instruction: plainToRichText(instruction) } : {}),
        questions: (parsed.repeated.get('question') ?? []).map(plainToRichText),
      });
      output.stdout(route.steps.at(-1)!.id);
      return;
    }
    case 'show': {
      const id = requireWord(rest[0], 'de id van de leesroute');
      const detail = await call(await openApi(false), 'getRoute', { id });
      if (json) {
        output.stdout(JSON.stringify(detail, null, 2));
        return;
      }
      const lines = detail.route.steps.map((step, index) => {
        const placement = detail.placements[index]!;
        const where = step.target.kind === 'theme' ? `thema ${step.target.themeId}` : `${step.target.docId}${step.target.kind === 'section' ? `#${step.target.sectionId}` : ''}`;
        const quote = step.target.kind === 'passage' ? ` “${step.target.selectors.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? ''}”` : '';
        const lost = placement.status === 'lost' ? ' (niet teruggevonden in de huidige tekst)' : '';
        const questions = step.questions.map((question) => `\n   ? ${question.promptText}`).join('');
        return `${index + 1}. ${where}${quote}${lost}${questions}`;
      });
      const goals = detail.route.goals.map((goal) => `- ${goal}`).join('\n');
      output.stdout([`# ${detail.route.title}`, `Voor: ${detail.route.audience || '—'} · ${detail.minutes} min. lezen`, goals, ...lines].filter((part) => part !== '').join('\n\n'));
      return;
    }
    case 'export':
    case 'answers': {
      const id = requireWord(rest[0], 'de id van de leesroute');
      const formats = subcommand === 'export' ? ['pack', 'md', 'html', 'docx', 'pdf'] : ['md', 'html', 'docx', 'pdf'];
      const format = flag(parsed, 'format') ?? (subcommand === 'export' ? 'pack' : undefined);
      if (format === undefined || !formats.includes(format)) throw new CliFailure(`${format === undefined ? 'Geef een formaat op met --format' : `Onbekend formaat "${format}"`}. Kies uit: ${formats.join(', ')}.`, 2);
      const language = flag(parsed, 'language') ?? 'nl';
      if (language !== 'nl' && language !== 'en') throw new CliFailure(`Onbekende taal "${language}". Kies nl of en.`, 2);
      const out = flag(parsed, 'out');
      if (out === undefined && (format === 'docx' || format === 'pdf')) throw new CliFailure(`${format.toUpperCase()} is geen tekst en gaat niet naar het scherm. Geef een bestand op met --out.`, 2);
      const withAnnotations = parsed.flags.has('with-annotations');
      if (withAnnotations && format !== 'pack') throw new CliFailure('--with-annotations hoort bij --format pack: alleen een pakket neemt je aantekeningen mee.', 2);
      const api = await openApi(false);
      const file =
        format === 'pack'
          ? { content: (await call(api, 'exportRoutePack', { id, author: flag(parsed, 'author') ?? '', withAnnotations })).content, encoding: 'utf8' as const }
          : await call(api, 'exportRoute', { id, kind: subcommand === 'export' ? 'syllabus' : 'answers', format: format as 'md' | 'html' | 'docx' | 'pdf', language });
      if (out === undefined) {
        output.stdout(file.content.trimEnd());
        return;
      }
      try {
        await writeExportFile(resolve(out), file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
      } catch (error) {
        throw new CliFailure(error instanceof Error ? error.message : String(error), 2);
      }
      return;
    }
    case 'import': {
      const file = resolve(requireWord(rest[0], 'het pakketbestand'));
      const size = await stat(file).then((info) => info.size, () => null);
      if (size === null) throw new CliFailure(`Het bestand ${file} bestaat niet of is niet te lezen.`, 2);
      if (size > maxPackCharacters * 4) throw new CliFailure(`Het bestand is te groot voor een leesroutepakket (${Math.round(size / 1024 / 1024)} MB).`, 2);
      const content = await readFile(file, 'utf8');
      const report = await call(await openApi(true), 'importRoutePack', { content, file: basename(file) });
      const outcome = { added: 'toegevoegd', updated: 'bijgewerkt naar de nieuwere versie', unchanged: 'al aanwezig, niets veranderd', older: 'je hebt al een nieuwere versie, niets veranderd' }[report.outcome];
      const layer = report.layer && (report.outcome === 'added' || report.outcome === 'updated') ? `\nAantekeningen van de docent: ${report.layer.annotations} in de laag "${report.layer.name}"${report.layer.orphaned > 0 ? ` (${report.layer.orphaned} niet teruggevonden in de huidige tekst)` : ''}; je eigen aantekeningen zijn niet veranderd.` : '';
      output.stdout(`${report.routeId}  ${report.title}: ${outcome} (${report.steps} stappen${report.lostSteps > 0 ? `, ${report.lostSteps} niet teruggevonden` : ''})${layer}`);
      return;
    }
    default:
      throw new CliFailure(`${subcommand === undefined ? 'Onvolledige opdracht "routes"' : `Onbekende opdracht "routes ${subcommand}"`}.\n\n${routesUsage}`, 2);
  }
}
