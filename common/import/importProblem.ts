/**
 * Why: a refused import names every reason as a code with parameters and its place in the file, so the dialog and
 * the CLI can say it in Dutch or English, and no one parses a sentence. Imports nothing.
 */

/** The languages a reason can be described in (the same as the app's errors). */
export type ImportLanguage = 'nl' | 'en';

type ReasonParams = Record<string, string | number>;

interface ReasonEntry<P extends ReasonParams> {
  nl: (params: P) => string;
  en: (params: P) => string;
}

function reason<P extends ReasonParams = Record<never, never>>(nl: (params: P) => string, en: (params: P) => string): ReasonEntry<P> {
  return { nl, en };
}

/** Every reason an import can be refused for, with its sentence in Dutch and English. */
export const importReasons = {
  'empty-file': reason(() => 'het bestand is leeg', () => 'the file is empty'),
  'too-large': reason(({ megabytes }: { megabytes: number }) => `het bestand is groter dan ${megabytes} MB`, ({ megabytes }) => `the file is larger than ${megabytes} MB`),
  'too-deep': reason(({ levels }: { levels: number }) => `de gegevens zijn dieper genest dan ${levels} niveaus`, ({ levels }) => `the data is nested deeper than ${levels} levels`),
  'not-json': reason(() => 'dit is geen geldige JSON', () => 'this is not valid JSON'),
  'forbidden-key': reason(({ key }: { key: string }) => `de sleutel "${key}" is niet toegestaan`, ({ key }) => `the key "${key}" is not allowed`),
  'not-annotations': reason(
    () => 'geen W3C-annotaties: verwacht een AnnotationCollection, AnnotationPage, Annotation of een lijst annotaties',
    () => 'not W3C annotations: expected an AnnotationCollection, AnnotationPage, Annotation or a list of annotations',
  ),
  'unknown-fields': reason(({ fields }: { fields: string }) => `onbekend veld ${fields}`, ({ fields }) => `unknown field ${fields}`),
  'expected-type': reason(({ expected }: { expected: string }) => `verwacht ${expected}`, ({ expected }) => `expected ${expected}`),
  'expected-value': reason(
    ({ values }: { values: string }) => `verwacht ${values.split('\n').join(' of ')}`,
    ({ values }) => `expected ${values.split('\n').join(' or ')}`,
  ),
  'too-big': reason(({ maximum }: { maximum: string }) => `te groot (hoogstens ${maximum})`, ({ maximum }) => `too large (at most ${maximum})`),
  'too-small': reason(({ minimum }: { minimum: string }) => `te klein of leeg (minstens ${minimum})`, ({ minimum }) => `too small or empty (at least ${minimum})`),
  'invalid-date': reason(() => 'geen geldige datum en tijd', () => 'not a valid date and time'),
  invalid: reason(({ detail }: { detail: string }) => `ongeldig: ${detail}`, ({ detail }) => `invalid: ${detail}`),
  'no-selector': reason(
    () => 'geen TextQuoteSelector of TextPositionSelector: er is niet te zeggen welke tekst bedoeld is',
    () => 'no TextQuoteSelector or TextPositionSelector: there is no telling which text is meant',
  ),
  'position-end-before-start': reason(() => 'TextPositionSelector: end moet na start liggen', () => 'TextPositionSelector: end must come after start'),
  'tag-too-long': reason(
    ({ maximum, start }: { maximum: number; start: string }) => `een tag is langer dan ${maximum} tekens ("${start}…")`,
    ({ maximum, start }) => `a tag is longer than ${maximum} characters ("${start}…")`,
  ),
  'duplicate-id': reason(
    ({ number, id }: { number: number; id: string }) => `dezelfde id als annotatie ${number} ("${id}")`,
    ({ number, id }) => `the same id as annotation ${number} ("${id}")`,
  ),
  'newer-pack-format': reason(
    ({ version }: { version: number }) => `dit pakket is gemaakt met een nieuwere versie van de app (formaat ${version}); werk de app bij`,
    ({ version }) => `this pack was made with a newer version of the app (format ${version}); update the app`,
  ),
  'no-readable-text': reason(() => 'er staat (bijna) geen leesbare tekst in dit bestand', () => 'this file holds (almost) no readable text'),
  'only-page-chrome': reason(
    () => 'na het weghalen van menu’s en andere paginaranden blijft er geen tekst over',
    () => 'once menus and other page edges are removed, no text is left',
  ),
  'file-missing': reason(() => 'dit bestand bestaat niet', () => 'this file does not exist'),
  'file-missing-or-unreadable': reason(() => 'dit bestand bestaat niet of kan niet worden gelezen', () => 'this file does not exist or cannot be read'),
  'is-folder': reason(() => 'dit is een map, geen bestand', () => 'this is a folder, not a file'),
  unreadable: reason(() => 'dit bestand kan niet worden gelezen', () => 'this file cannot be read'),
  binary: reason(() => 'dit is geen tekstbestand (het bevat binaire gegevens)', () => 'this is not a text file (it holds binary data)'),
  'unknown-encoding': reason(
    ({ detected }: { detected: string }) =>
      `de tekenset van dit bestand is niet te herkennen${detected ? ` (het lijkt ${detected})` : ''}; sla het op als UTF-8 en probeer het opnieuw`,
    ({ detected }) => `the character set of this file cannot be recognised${detected ? ` (it looks like ${detected})` : ''}; save it as UTF-8 and try again`,
  ),
  'unsupported-type': reason(
    () => 'dit soort bestand kan niet worden geïmporteerd; kies een .txt-, .md-, .html- of .pdf-bestand',
    () => 'this kind of file cannot be imported; choose a .txt, .md, .html or .pdf file',
  ),
  'not-base64': reason(() => 'de bestandsinhoud is niet goed doorgegeven (geen base64)', () => 'the file’s content was not passed on correctly (not base64)'),
  'not-pdf': reason(() => 'dit is geen PDF-bestand', () => 'this is not a PDF file'),
  'pdf-unavailable': reason(
    () => 'PDF-bestanden kunnen in deze installatie niet worden gelezen; importeer de tekst als .txt of .html',
    () => 'PDF files cannot be read in this installation; import the text as .txt or .html',
  ),
  'pdf-damaged': reason(() => 'dit PDF-bestand is beschadigd of versleuteld en kan niet worden gelezen', () => 'this PDF file is damaged or encrypted and cannot be read'),
  'pdf-scan': reason(
    () => 'deze PDF bevat geen tekst om te lezen (waarschijnlijk een scan); importeer een PDF met tekst, of de tekst zelf',
    () => 'this PDF holds no text to read (probably a scan); import a PDF with text, or the text itself',
  ),
};

type Catalog = typeof importReasons;

/** Every code a refusal reason can carry. */
export type ImportReason = keyof Catalog;

/** The parameters of `reason`, as its sentences use them. */
export type ImportReasonParams<R extends ImportReason> = Catalog[R] extends ReasonEntry<infer P> ? P : never;

/** One reason an import was refused, as every transport carries it: plain values, no sentence. */
export type ImportProblem = {
  /** Where in the file: a JSON path such as `first.items[3].target`, or a file's name or path; `''` for the file as a whole. */
  place: string;
  /** Line and column (1-based) in the file's text, when the place is a position there. */
  line?: number;
  column?: number;
  reason: ImportReason;
  params: ReasonParams;
};

type ParamsArgument<R extends ImportReason> = keyof ImportReasonParams<R> extends never ? [] : [ImportReasonParams<R>];

/** A problem at `place` (a JSON path, a file name, or `''` for the whole file); its parameters are typed by the reason. */
export function importProblem<R extends ImportReason>(place: string, reason: R, ...params: ParamsArgument<R>): ImportProblem {
  return { place, reason, params: (params[0] ?? {}) as ReasonParams };
}

/** A problem at a line and column of the file's text. */
export function importProblemAt<R extends ImportReason>(position: { line: number; column: number }, reason: R, ...params: ParamsArgument<R>): ImportProblem {
  return { ...importProblem('', reason, ...params), line: position.line, column: position.column };
}

const isKnownReason = (reason: unknown): reason is ImportReason => typeof reason === 'string' && Object.prototype.hasOwnProperty.call(importReasons, reason);

/** Where a problem is, in `language`: `[0].target`, `(bestand)` / `(the file)`, or `regel 4, kolom 12` / `line 4, column 12`. */
export function describePlace(problem: Pick<ImportProblem, 'place' | 'line' | 'column'>, language: ImportLanguage): string {
  if (typeof problem.line === 'number' && typeof problem.column === 'number') {
    return language === 'nl' ? `regel ${problem.line}, kolom ${problem.column}` : `line ${problem.line}, column ${problem.column}`;
  }
  if (problem.place === '') return language === 'nl' ? '(bestand)' : '(the file)';
  return String(problem.place);
}

/** The reason's sentence in `language`; a reason this version does not know (from a newer host) reads as "invalid". */
export function describeReason(problem: Pick<ImportProblem, 'reason' | 'params'>, language: ImportLanguage): string {
  const params = (typeof problem.params === 'object' && problem.params !== null ? problem.params : {}) as ReasonParams;
  if (!isKnownReason(problem.reason)) return importReasons.invalid[language]({ detail: String(problem.reason) });
  return (importReasons[problem.reason][language] as (params: ReasonParams) => string)(params);
}

/** One problem as a line: `place: reason`, in `language`. */
export function describeImportProblem(problem: ImportProblem, language: ImportLanguage): string {
  return `${describePlace(problem, language)}: ${describeReason(problem, language)}`;
}

/** The lines of a refusal in `language`, each "- place: reason"; `total` above the listed ones adds "… and N more". */
export function describeImportProblems(problems: readonly ImportProblem[], total: number, language: ImportLanguage): string[] {
  const lines = problems.map((problem) => `- ${describeImportProblem(problem, language)}`);
  if (total > problems.length) lines.push(language === 'nl' ? `- … en nog ${total - problems.length}` : `- … and ${total - problems.length} more`);
  return lines;
}
