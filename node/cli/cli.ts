/** The `werkplaats` command: a thin client of the same API the UI uses, for scripts and quick lookups. */
import { resolve } from 'node:path';
import { quoteOf } from '../../common/annotations/selectors.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import type { CorpusDocument, DocumentSummary, Section } from '../../core/corpus/types.js';
import { createNodeApi } from '../createNodeApi.js';
import { defaultDataDir } from '../paths.js';
import { call, CliFailure, flag, type CliOutput } from './callApi.js';
import { parseArguments, UsageError, type ParsedArguments } from './parseArguments.js';
import { exportFormats, textExportFormats, type ExportFormat, type ExportScope } from '../../core/export/exportOptions.js';
import { writeExportFile } from '../export/writeExportFile.js';
import { describeApiError, type ApiFailure } from '../../common/apiError.js';
import { describeStartupNoticeForCli, type NoticeLanguage, type StartupNotice } from '../../common/startupNotice.js';
import { cliLanguage } from './cliLanguage.js';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { bundlePath } from '../paths.js';
import { preparePageFiles } from '../import/preparePageFiles.js';
import { importProblem } from '../../core/import/importProblem.js';
import { ImportRefusedError } from '../../core/import/importRefusedError.js';
import { maxImportBytes } from '../../core/import/parseJsonSafely.js';
import type { AnnotationImportReport } from '../../core/import/planAnnotationImport.js';
import { routesUsage, routeValueFlags, runRoutes } from './routeCommands.js';

export type { CliOutput } from './callApi.js';

const usage = `Gebruik: werkplaats [--data-dir MAP] <opdracht>

Opdrachten:
  list [--json]         alle documenten
  show <id> [--json]    één document met zijn secties
  search <zoekvraag> [--json] [--limit N] [--region R] [--kind profile|news]
                        passages die over je zoekvraag gaan, de beste eerst
  themes [--json]       de thema’s die de Werkplaatsen verbinden
  theme <id> [--json]   de passages over één thema, met hun bewijs
  notes list [--json] [--doc ID]
                        je aantekeningen, ook die niet meer in de tekst te vinden zijn
  notes import <bestand.json> [--as-layer NAAM] [--language nl|en]
                        W3C-annotaties importeren (van deze app of bijv. Hypothesis);
                        met --as-layer als aparte, alleen-lezen laag van iemand anders
  import <bestand…> [--language nl|en]
                        eigen documenten toevoegen (.txt, .md, .html, .pdf); toont de nieuwe ids;
                        --language: de taal van de redenen als een bestand geweigerd wordt
  remove <id>           een eigen document verwijderen
  notes export --format md|html|pdf|docx|csv|json [--out BESTAND] [--doc ID] [--theme ID]
               [--tag T] [--color KLEUR] [--group document|theme] [--language nl|en]
                        je aantekeningen als bestand; zonder --out naar stdout (alleen tekstformaten)
${routesUsage}
  help                  deze uitleg`;

const valueFlags = new Set(['data-dir', 'bundle', 'limit', 'region', 'kind', 'doc', 'as-layer', 'format', 'out', 'theme', 'tag', 'color', 'group', 'language', ...routeValueFlags]);

/** A refused import with one line per reason, for stderr, in the language the start-up notices use (`--language`, else the system's). */
function reasonsOf(failure: ApiFailure, words: string[]): string {
  let parsed: ParsedArguments;
  try {
    parsed = parseArguments(words, valueFlags);
  } catch {
    // Words that do not parse are reported elsewhere; the reasons follow the system's language.
    parsed = parseArguments([], valueFlags);
  }
  return describeApiError(failure, cliLanguage(parsed));
}

/** The import report in one Dutch sentence, as the dialog shows it. */
export function describeImportReport(report: AnnotationImportReport): string {
  const parts = [`${report.added} nieuw`, `${report.updated} bijgewerkt`, `${report.unchanged} ongewijzigd`];
  if (report.keptNewer > 0) parts.push(`${report.keptNewer} al nieuwer aanwezig (de geïmporteerde versie is als geschiedenis bewaard)`);
  parts.push(`${report.orphaned} niet teruggevonden in de tekst (bewaard als wees)`);
  return `${parts.join(', ')}${report.layer ? ` — in de laag "${report.layer.name}" (${report.layer.file})` : ''}.`;
}

function sectionText(document: CorpusDocument, section: Section): string {
  const first = section.blocks[0];
  const last = section.blocks.at(-1);
  return first && last ? document.text.slice(first.start, last.end) : '';
}

function listLines(summaries: DocumentSummary[]): string {
  const width = Math.max(...summaries.map((summary) => summary.id.length));
  return summaries
    .map((summary) => `${summary.id.padEnd(width)}  ${summary.kind === 'news' ? 'nieuws ' : 'profiel'}  ${summary.region.padEnd(18)}  ${summary.title}`)
    .join('\n');
}

function showText(document: CorpusDocument): string {
  const meta = [
    ['Regio', document.region],
    ['Soort', document.kind === 'news' ? 'nieuwsbericht' : 'Werkplaatsprofiel'],
    ['Hogeschool', document.hogeschool],
    ['Lectoraat', document.lectoraat],
    ['Lector', document.lectors.join(', ')],
    ['Gepubliceerd', document.published],
    ['Thema’s', document.themes.join('; ')],
    ['Gemeenten', document.municipalities.join(', ')],
    ['Contact', document.contact ? [document.contact.name, document.contact.email, document.contact.phone].filter(Boolean).join(' · ') : null],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`);
  const sections = document.sections.map((section) => `${section.heading ? `## ${section.heading}\n\n` : ''}${sectionText(document, section)}`);
  return [`# ${document.title}`, meta.join('\n'), ...sections].join('\n\n');
}

/** Marks highlighted ranges of a snippet with » « so they stand out in a terminal. */
function markHighlights(snippet: string, highlights: readonly { start: number; end: number }[]): string {
  let marked = '';
  let position = 0;
  for (const { start, end } of highlights) {
    marked += `${snippet.slice(position, start)}»${snippet.slice(start, end)}«`;
    position = end;
  }
  return marked + snippet.slice(position);
}

async function runSearch(api: WerkplaatsApi, words: string[], parsed: ParsedArguments, output: CliOutput): Promise<void> {
  const query = words.join(' ').trim();
  if (query === '') throw new CliFailure('Geef een zoekvraag op, bijvoorbeeld: werkplaats search mantelzorg', 2);
  const limitFlag = parsed.flags.get('limit');
  const limit = limitFlag === undefined ? 10 : Number(limitFlag);
  const region = parsed.flags.get('region');
  const kind = parsed.flags.get('kind');
  const result = await call(api, 'search', {
    query,
    limit,
    ...(typeof region === 'string' ? { region } : {}),
    ...(typeof kind === 'string' ? { kind } : {}),
  });
  if (result.correctedQuery) output.stderr(`Bedoelde je: ${result.correctedQuery}?`);
  if (parsed.flags.has('json')) {
    output.stdout(
      JSON.stringify(
        result.hits.map(({ docId, source, docTitle, sectionId, sectionTitle, snippet, score }) => ({ docId, source, docTitle, sectionId, sectionTitle, snippet, score })),
        null,
        2,
      ),
    );
    return;
  }
  if (result.hits.length === 0) {
    output.stdout(`Geen resultaten voor "${result.correctedQuery ?? query}".`);
    return;
  }
  output.stdout(
    result.hits
      .map((hit, rank) => `${rank + 1}. ${hit.docTitle}${hit.sectionTitle ? ` › ${hit.sectionTitle}` : ''}  [${hit.docId}#${hit.sectionId}]\n   ${markHighlights(hit.snippet, hit.highlights)}`)
      .join('\n\n'),
  );
}

/** The export scope from `--doc`, `--theme`, `--tag` and `--color` (a colour number 0–4 or its label); at most one. */
async function exportScope(api: WerkplaatsApi, parsed: ParsedArguments): Promise<ExportScope> {
  const given = ['doc', 'theme', 'tag', 'color'].filter((name) => parsed.flags.has(name));
  if (given.length > 1) throw new CliFailure(`Kies één bereik: ${given.map((name) => `--${name}`).join(' of ')}, niet samen.`, 2);
  const docId = flag(parsed, 'doc');
  if (docId !== undefined) return { kind: 'document', docId };
  const themeId = flag(parsed, 'theme');
  if (themeId !== undefined) return { kind: 'theme', themeId };
  const tag = flag(parsed, 'tag');
  if (tag !== undefined) return { kind: 'tag', tag };
  const color = flag(parsed, 'color');
  if (color !== undefined) {
    const labels = await call(api, 'getColorLabels', {});
    const index = /^[0-4]$/.test(color) ? Number(color) : labels.findIndex((label) => label.toLowerCase() === color.trim().toLowerCase());
    if (index === -1) throw new CliFailure(`Onbekende kleur "${color}". Kies 0–4 of een label: ${labels.join(', ')}.`, 2);
    return { kind: 'color', color: index };
  }
  return { kind: 'all' };
}

/** `notes export`: writes the chosen format to --out (atomically) or, for text formats, to stdout. */
async function runExport(api: WerkplaatsApi, parsed: ParsedArguments, output: CliOutput): Promise<void> {
  const format = flag(parsed, 'format');
  if (format === undefined) throw new CliFailure(`Geef een formaat op met --format: ${exportFormats.join(', ')}.`, 2);
  if (!(exportFormats as readonly string[]).includes(format)) throw new CliFailure(`Onbekend formaat "${format}". Kies uit: ${exportFormats.join(', ')}.`, 2);
  const group = flag(parsed, 'group') ?? 'document';
  if (group !== 'document' && group !== 'theme') throw new CliFailure(`Onbekende groepering "${group}". Kies document of theme.`, 2);
  const language = flag(parsed, 'language') ?? 'nl';
  if (language !== 'nl' && language !== 'en') throw new CliFailure(`Onbekende taal "${language}". Kies nl of en.`, 2);
  const out = flag(parsed, 'out');
  if (out === undefined && !textExportFormats.includes(format as ExportFormat)) {
    throw new CliFailure(`${format.toUpperCase()} is geen tekst en gaat niet naar het scherm. Geef een bestand op met --out, bijvoorbeeld: --out aantekeningen.${format}`, 2);
  }
  const request = { scope: await exportScope(api, parsed), grouping: group, language };
  const file = await call(api, 'exportNotes', { request, format });
  if (out === undefined) {
    (output.raw ?? output.stdout)(file.content);
    return;
  }
  const path = resolve(out);
  try {
    await writeExportFile(path, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
  } catch (error) {
    throw new CliFailure(error instanceof Error ? error.message : String(error), 2);
  }
  output.stderr(`${file.annotationCount} markeringen en ${file.notebookCount} notities geëxporteerd naar ${path}`);
}

/** `notes list`: every annotation with its quote and plain-text note, marking those that no longer anchor. */
async function runNotes(api: WerkplaatsApi, words: string[], parsed: ParsedArguments, output: CliOutput): Promise<void> {
  if (words[0] === 'export') {
    await runExport(api, parsed, output);
    return;
  }
  if (words[0] !== 'list') throw new CliFailure(`${words[0] === undefined ? 'Onvolledige opdracht "notes"' : `Onbekende opdracht "notes ${words[0]}"`}. Bedoelde je: werkplaats notes list of werkplaats notes export`, 2);
  const docFlag = parsed.flags.get('doc');
  const docId = typeof docFlag === 'string' ? docFlag : undefined;
  const annotations = await call(api, 'listAnnotations', docId === undefined ? {} : { docId });
  // An id the corpus does not know is a typo unless notes were made on it (a page since removed).
  if (docId !== undefined && annotations.length === 0) await call(api, 'getDocument', { id: docId });
  const orphanIds = new Set<string>();
  for (const id of new Set(annotations.map((annotation) => annotation.docId))) {
    const placed = await call(api, 'getDocumentAnnotations', { docId: id }).catch((error: unknown) => {
      if (error instanceof CliFailure && error.code === 'document-not-found') return null;
      throw error;
    });
    // A document the corpus no longer has: none of its annotations can be placed.
    const orphans = placed ? placed.orphans : annotations.filter((annotation) => annotation.docId === id);
    for (const orphan of orphans) orphanIds.add(orphan.id);
  }
  const rows = annotations.map((annotation) => ({
    id: annotation.id,
    docId: annotation.docId,
    quote: quoteOf(annotation),
    color: annotation.color,
    tags: annotation.tags,
    note: annotation.noteText,
    created: annotation.created,
    modified: annotation.modified,
    orphan: orphanIds.has(annotation.id),
  }));
  if (parsed.flags.has('json')) {
    output.stdout(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    output.stdout('Nog geen aantekeningen.');
    return;
  }
  output.stdout(
    rows
      .map((row) => `[${row.docId}] “${row.quote}”${row.orphan ? ' (niet teruggevonden in de huidige tekst)' : ''}${row.tags.length > 0 ? `  #${row.tags.join(' #')}` : ''}${row.note ? `\n   ${row.note.replace(/\n/g, '\n   ')}` : ''}`)
      .join('\n\n'),
  );
}

async function run(parsed: ParsedArguments, output: CliOutput): Promise<void> {
  const [command, ...rest] = parsed.positionals;
  const json = parsed.flags.has('json');
  if (command === undefined || command === 'help' || parsed.flags.has('help')) {
    output.stdout(usage);
    return;
  }
  if (!['list', 'show', 'search', 'themes', 'theme', 'notes', 'routes', 'import', 'remove'].includes(command)) throw new CliFailure(`Onbekende opdracht "${command}".\n\n${usage}`, 2);
  const dataDir = resolve(String(parsed.flags.get('data-dir') ?? defaultDataDir()));
  const bundleFlag = parsed.flags.get('bundle');
  const bundleFile = typeof bundleFlag === 'string' ? resolve(bundleFlag) : bundlePath();
  if (command === 'import' || command === 'remove' || (command === 'notes' && rest[0] === 'import')) {
    await runWrite(command === 'notes' ? 'notes import' : command, command === 'notes' ? rest.slice(1) : rest, parsed, { dataDir, bundleFile }, output);
    return;
  }
  if (command === 'routes') {
    await runRoutes(
      async (writable) => {
        const opened = await createNodeApi({ dataDir, readOnly: !writable, ...(typeof bundleFlag === 'string' ? { bundleFile: resolve(bundleFlag) } : {}) });
        reportNotices(opened.notices, cliLanguage(parsed), output);
        if (opened.dataDamaged) throw new CliFailure('Je gegevens zijn niet te lezen omdat het gegevensbestand beschadigd is; er is niets veranderd.', 1);
        return opened.api;
      },
      rest,
      parsed,
      output,
    );
    return;
  }
  // Every command only reads, so the CLI never takes the writer lock from a running app.
  const { api, notices, dataDamaged } = await createNodeApi({ dataDir, readOnly: true, ...(typeof bundleFlag === 'string' ? { bundleFile: resolve(bundleFlag) } : {}) });
  reportNotices(notices, cliLanguage(parsed), output);

  if (command === 'list') {
    const summaries = await call(api, 'listDocuments', {});
    output.stdout(
      json
        ? JSON.stringify(
            summaries.map(({ id, source, title, region, kind, themes, sectionCount }) => ({ id, source, title, region, kind, themes, sections: sectionCount })),
            null,
            2,
          )
        : listLines(summaries),
    );
    return;
  }
  if (command === 'search') {
    await runSearch(api, rest, parsed, output);
    return;
  }
  if (command === 'notes') {
    if (dataDamaged) throw new CliFailure('Je aantekeningen zijn niet te lezen omdat het gegevensbestand beschadigd is; er wordt niets getoond om geen lege lijst te suggereren.', 1);
    await runNotes(api, rest, parsed, output);
    return;
  }
  if (command === 'themes') {
    const themes = await call(api, 'listThemes', {});
    const rows = themes.map((theme) => ({ id: theme.id, label: theme.label.nl, docs: theme.docIds, passages: theme.passageCount }));
    output.stdout(json ? JSON.stringify(rows, null, 2) : rows.map((row) => `${row.id.padEnd(26)} ${String(row.passages).padStart(3)} passages  ${row.docs.length} doc.  ${row.label}`).join('\n'));
    return;
  }
  if (command === 'theme') {
    const themeId = rest[0];
    if (themeId === undefined) throw new CliFailure('Geef een thema-id op, bijvoorbeeld: werkplaats theme informal-care', 2);
    const page = await call(api, 'getTheme', { id: themeId });
    const passages = page.passages.map(({ docId, sectionId, snippet, evidence }) => ({ docId, sectionId, snippet, evidence }));
    if (json) {
      output.stdout(JSON.stringify(passages, null, 2));
      return;
    }
    const lines = passages.map((passage) => `- [${passage.docId}#${passage.sectionId}] ${passage.snippet}\n  bewijs: ${[...new Set(passage.evidence.map((item) => item.text))].join(', ')}`);
    output.stdout([`# ${page.theme.label.nl}`, page.theme.description.nl, ...lines].join('\n\n'));
    return;
  }
  const id = rest[0];
  if (id === undefined) throw new CliFailure('Geef een document-id op, bijvoorbeeld: werkplaats show werkplaats-flevoland', 2);
  const document = await call(api, 'getDocument', { id });
  if (!json) {
    output.stdout(showText(document));
    return;
  }
  const { text: _text, sections, ...metadata } = document;
  output.stdout(
    JSON.stringify(
      { ...metadata, sections: sections.map((section) => ({ id: section.id, heading: section.heading, text: sectionText(document, section) })) },
      null,
      2,
    ),
  );
}

/** Opens the data folder for writing (after every check passed) and gives the writable API. */
async function openForWriting(dataDir: string, bundleFile: string, output: CliOutput, language: NoticeLanguage): Promise<WerkplaatsApi> {
  const { api, notices } = await createNodeApi({ dataDir, bundleFile });
  reportNotices(notices, language, output);
  return api;
}

/** `import`, `remove` and `notes import`: everything is checked before the folder is opened for writing. */
async function runWrite(command: string, words: string[], parsed: ParsedArguments, { dataDir, bundleFile }: { dataDir: string; bundleFile: string }, output: CliOutput): Promise<void> {
  if (command === 'import') {
    if (words.length === 0) throw new CliFailure('Geef een of meer bestanden op, bijvoorbeeld: werkplaats import pagina.html', 2);
    const files = await preparePageFiles(words, bundleFile);
    const api = await openForWriting(dataDir, bundleFile, output, cliLanguage(parsed));
    for (const file of files) {
      const summary = await call(api, 'importPage', file);
      output.stdout(parsed.flags.has('json') ? JSON.stringify(summary) : `${summary.id}\t${summary.title} (${summary.region || 'geen regio'})`);
    }
    return;
  }
  if (command === 'remove') {
    const id = words[0];
    if (id === undefined) throw new CliFailure('Geef het id van een eigen document op, bijvoorbeeld: werkplaats remove werkplaats-twente', 2);
    // A wrong id is found out before anything is opened for writing.
    const { api: reader } = await createNodeApi({ dataDir, bundleFile, readOnly: true });
    const summary = (await call(reader, 'listDocuments', {})).find((candidate) => candidate.id === id);
    if (summary === undefined) await call(reader, 'getDocument', { id });
    if (summary?.imported !== true) throw new CliFailure(describeApiError({ code: 'page-not-imported', params: { id } }, 'nl'), 2, 'page-not-imported');
    const { annotationCount } = await call(await openForWriting(dataDir, bundleFile, output, cliLanguage(parsed)), 'removeImportedPage', { id });
    if (annotationCount > 0) output.stderr(`Let op: ${annotationCount} aantekening(en) verwezen naar dit document; ze zijn bewaard en staan nu bij "niet teruggevonden".`);
    output.stdout(`Verwijderd: ${id}`);
    return;
  }
  const path = words[0];
  if (path === undefined) throw new CliFailure('Geef een JSON-bestand op, bijvoorbeeld: werkplaats notes import aantekeningen.json', 2);
  const fileName = basename(path);
  const layerFlag = parsed.flags.get('as-layer');
  const size = await stat(path).then((info) => info.size, () => -1);
  if (size < 0) throw new ImportRefusedError([importProblem(path, 'file-missing-or-unreadable')]);
  // The size is checked before the file is read.
  if (size > maxImportBytes) throw new ImportRefusedError([importProblem(fileName, 'too-large', { megabytes: maxImportBytes / 1024 / 1024 })]);
  const content = await readFile(path, 'utf8');
  const input = { content, fileName, ...(typeof layerFlag === 'string' ? { layerName: layerFlag } : {}) };
  const { api: reader, dataDamaged } = await createNodeApi({ dataDir, bundleFile, readOnly: true });
  if (dataDamaged) throw new CliFailure('Je gegevensbestand is beschadigd; open eerst de app om het te herstellen, daarna kun je importeren.', 1);
  await call(reader, 'previewAnnotationImport', input);
  const report = await call(await openForWriting(dataDir, bundleFile, output, cliLanguage(parsed)), 'importAnnotations', input);
  output.stdout(parsed.flags.has('json') ? JSON.stringify(report, null, 2) : `Geïmporteerd: ${describeImportReport(report)}`);
}

/** Writes what opening the data reported to stderr, in `language`, each with the folder its files are in. */
function reportNotices(notices: readonly StartupNotice[], language: NoticeLanguage, output: CliOutput): void {
  for (const notice of notices) output.stderr(describeStartupNoticeForCli(notice, language));
}

/** Runs the CLI with `words` (without node and script) and returns the exit code. */
export async function runCli(words: string[], output: CliOutput): Promise<number> {
  try {
    await run(parseArguments(words, valueFlags), output);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      output.stderr(reasonsOf(error.toFailure(), words));
      return 2;
    }
    if (error instanceof CliFailure) {
      output.stderr(error.failure?.code === 'import-refused' ? reasonsOf(error.failure, words) : error.message);
      return error.exitCode;
    }
    if (error instanceof UsageError) {
      output.stderr(`${error.message}\n\n${usage}`);
      return 2;
    }
    output.stderr(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
