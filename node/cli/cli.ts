/** The `werkplaats` command: a thin client of the same API the UI uses, for scripts and quick lookups. */
import { resolve } from 'node:path';
import { dispatch } from '../../core/api/dispatch.js';
import type { MethodName, MethodOutput, WerkplaatsApi } from '../../core/api/contract.js';
import type { CorpusDocument, DocumentSummary, Section } from '../../core/corpus/types.js';
import { createNodeApi } from '../createNodeApi.js';
import { defaultDataDir } from '../paths.js';
import { parseArguments, UsageError, type ParsedArguments } from './parseArguments.js';

/** Where the CLI writes; injected so tests can read it. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const usage = `Gebruik: werkplaats [--data-dir MAP] <opdracht>

Opdrachten:
  list [--json]         alle documenten
  show <id> [--json]    één document met zijn secties
  help                  deze uitleg`;

const valueFlags = new Set(['data-dir', 'bundle']);

/** A failure with the exit code the CLI ends with. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function call<M extends MethodName>(api: WerkplaatsApi, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new CliFailure(result.error.message, result.error.code === 'internal' ? 1 : 2);
  return result.value as MethodOutput<M>;
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

async function run(parsed: ParsedArguments, output: CliOutput): Promise<void> {
  const [command, ...rest] = parsed.positionals;
  const json = parsed.flags.has('json');
  if (command === undefined || command === 'help' || parsed.flags.has('help')) {
    output.stdout(usage);
    return;
  }
  if (command !== 'list' && command !== 'show') throw new CliFailure(`Onbekende opdracht "${command}".\n\n${usage}`, 2);
  const dataDir = resolve(String(parsed.flags.get('data-dir') ?? defaultDataDir()));
  const bundleFlag = parsed.flags.get('bundle');
  const { api, notices } = await createNodeApi({ dataDir, ...(typeof bundleFlag === 'string' ? { bundleFile: resolve(bundleFlag) } : {}) });
  for (const notice of notices) output.stderr(notice);

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

/** Runs the CLI with `words` (without node and script) and returns the exit code. */
export async function runCli(words: string[], output: CliOutput): Promise<number> {
  try {
    await run(parseArguments(words, valueFlags), output);
    return 0;
  } catch (error) {
    if (error instanceof CliFailure) {
      output.stderr(error.message);
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
