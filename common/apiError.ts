/**
 * Why: a failed call is a typed code with parameters, so the UI can say it in either language, the CLI can pick
 * an exit code and the web host an HTTP status, without anyone parsing a sentence. Imports only its siblings in common/.
 */
import { describeImportProblems, type ImportProblem } from './import/importProblem.js';

/** The languages a failure can be described in. */
export type ErrorLanguage = 'nl' | 'en';

/** Parameters are plain values (and a refused import's list of reasons), so every transport can carry them as JSON. */
type Params = Record<string, string | number | readonly ImportProblem[]>;

interface ErrorEntry<P extends Params> {
  /** HTTP status the web host answers with; the CLI exits 1 for 5xx and 2 otherwise. */
  status: number;
  nl: (params: P) => string;
  en: (params: P) => string;
}

/** A number as the language writes it: 1.048.576 in Dutch, 1,048,576 in English. */
function number(value: number, language: ErrorLanguage): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

/** A list from a transport, even when a damaged or older answer sent something else. */
const listOf = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);

function entry<P extends Params = Record<never, never>>(status: number, nl: (params: P) => string, en: (params: P) => string): ErrorEntry<P> {
  return { status, nl, en };
}

/** Why a store refused a write (see `read-only`). */
export type ReadOnlyReason = 'newer-version' | 'opened-elsewhere' | 'taken-over' | 'read-only';

const readOnlyNl: Record<ReadOnlyReason, string> = {
  'newer-version': 'Je gegevens zijn gemaakt met een nieuwere versie van de app en worden alleen gelezen.',
  'opened-elsewhere': 'Je gegevens zijn hier alleen te lezen, omdat ze elders al geopend zijn.',
  'taken-over': 'Je gegevens zijn in een ander venster overgenomen om daar te bewerken; hier wordt niets meer bewaard. Herlaad om te zien wat daar veranderd is.',
  'read-only': 'Je gegevens zijn alleen te lezen.',
};
const readOnlyEn: Record<ReadOnlyReason, string> = {
  'newer-version': 'Your data was made by a newer version of the app and is only read.',
  'opened-elsewhere': 'Your data can only be read here, because it is already open elsewhere.',
  'taken-over': 'Your data was taken over in another window to edit there; nothing is saved here any more. Reload to see what changed there.',
  'read-only': 'Your data can only be read.',
};

/**
 * Every failure the app can report: its HTTP status and its sentence in Dutch and English.
 * Adding a code is one entry here; its parameters are typed by the message functions.
 */
export const apiErrors = {
  'unknown-method': entry(404, ({ method }: { method: string }) => `Onbekende opdracht: ${method}`, ({ method }) => `Unknown command: ${method}`),
  'invalid-input': entry(
    400,
    ({ method, detail }: { method: string; detail: string }) => `Ongeldige invoer voor ${method}: ${detail}`,
    ({ method, detail }) => `Invalid input for ${method}: ${detail}`,
  ),
  'invalid-json': entry(400, () => 'Verzoek is geen geldige JSON.', () => 'The request is not valid JSON.'),
  'json-too-deep': entry(
    400,
    ({ limit }: { limit: number }) => `Verzoek is dieper genest dan ${number(limit, 'nl')} niveaus.`,
    ({ limit }) => `The request is nested deeper than ${number(limit, 'en')} levels.`,
  ),
  unauthorized: entry(
    401,
    () => 'Geen toegang: open de app via de link die "npm run web" toont.',
    () => 'No access: open the app through the link that "npm run web" prints.',
  ),
  'forbidden-origin': entry(403, () => 'Verzoek van een andere site of afzender geweigerd.', () => 'Request from another site or sender refused.'),
  'method-not-allowed': entry(405, () => 'Gebruik POST.', () => 'Use POST.'),
  'body-too-large': entry(
    413,
    ({ limitBytes }: { limitBytes: number }) => `Verzoek is te groot (hoogstens ${number(limitBytes, 'nl')} bytes).`,
    ({ limitBytes }) => `The request is too large (at most ${number(limitBytes, 'en')} bytes).`,
  ),
  'document-not-found': entry(404, ({ id }: { id: string }) => `Er is geen document met id "${id}".`, ({ id }) => `There is no document with id "${id}".`),
  'section-not-found': entry(
    404,
    ({ docId, sectionId }: { docId: string; sectionId: string }) => `Document "${docId}" heeft geen sectie "${sectionId}".`,
    ({ docId, sectionId }) => `Document "${docId}" has no section "${sectionId}".`,
  ),
  'theme-not-found': entry(404, ({ id }: { id: string }) => `Er is geen thema met id "${id}".`, ({ id }) => `There is no theme with id "${id}".`),
  'annotation-not-found': entry(404, ({ id }: { id: string }) => `Er is geen aantekening met id "${id}".`, ({ id }) => `There is no annotation with id "${id}".`),
  'note-not-found': entry(404, ({ id }: { id: string }) => `Er is geen notitie met id "${id}".`, ({ id }) => `There is no note with id "${id}".`),
  'selection-outside-text': entry(
    400,
    ({ docId }: { docId: string }) => `De selectie valt buiten de tekst van document "${docId}".`,
    ({ docId }) => `The selection lies outside the text of document "${docId}".`,
  ),
  'read-only': entry(
    409,
    ({ reason }: { reason: ReadOnlyReason }) => readOnlyNl[reason] ?? readOnlyNl['read-only'],
    ({ reason }) => readOnlyEn[reason] ?? readOnlyEn['read-only'],
  ),
  'import-refused': entry(
    422,
    ({ count, problems }: { count: number; problems: readonly ImportProblem[] }) =>
      `Import geweigerd; er is niets veranderd (${number(count, 'nl')} ${count === 1 ? 'reden' : 'redenen'}):\n${describeImportProblems(listOf(problems), count, 'nl').join('\n')}`,
    ({ count, problems }) => `Import refused; nothing was changed (${number(count, 'en')} ${count === 1 ? 'reason' : 'reasons'}):\n${describeImportProblems(listOf(problems), count, 'en').join('\n')}`,
  ),
  'layer-not-found': entry(404, ({ id }: { id: string }) => `Er is geen geïmporteerde laag met id "${id}".`, ({ id }) => `There is no imported layer with id "${id}".`),
  'annotation-in-layer': entry(
    409,
    ({ layer }: { layer: string }) => `Deze aantekening hoort bij de geïmporteerde laag "${layer}". Kopieer haar eerst naar je eigen aantekeningen om haar te wijzigen.`,
    ({ layer }) => `This annotation belongs to the imported layer "${layer}". Copy it to your own annotations first to change it.`,
  ),
  'already-own': entry(400, () => 'Deze aantekening is al van jou.', () => 'This annotation is already yours.'),
  'page-not-imported': entry(
    409,
    ({ id }: { id: string }) => `Document "${id}" hoort bij de meegeleverde verzameling en kan niet worden gewijzigd of verwijderd.`,
    ({ id }) => `Document "${id}" belongs to the bundled collection and cannot be changed or removed.`,
  ),
  'pages-unavailable': entry(
    409,
    () => 'Eigen documenten kunnen hier niet worden opgeslagen (alleen lezen, of het bestand met eigen documenten is beschadigd).',
    () => 'Own documents cannot be saved here (read-only, or the file of own documents is damaged).',
  ),
  'export-job-not-found': entry(404, ({ id }: { id: string }) => `Er is geen export met id "${id}" (meer).`, ({ id }) => `There is no export with id "${id}" (any more).`),
  'export-cancelled': entry(409, () => 'De export is geannuleerd; er is niets opgeslagen.', () => 'The export was cancelled; nothing was saved.'),
  'export-unavailable': entry(
    503,
    ({ detail }: { detail: string }) => `Deze export kan hier niet gemaakt worden: ${detail}`,
    ({ detail }) => `This export cannot be made here: ${detail}`,
  ),
  'export-write-failed': entry(
    500,
    ({ path, detail }: { path: string; detail: string }) => `Kan de export niet opslaan in ${path}: ${detail}`,
    ({ path, detail }) => `Cannot save the export to ${path}: ${detail}`,
  ),
  'route-not-found': entry(404, ({ id }: { id: string }) => `Er is geen leesroute met id "${id}".`, ({ id }) => `There is no reading route with id "${id}".`),
  'step-not-found': entry(
    404,
    ({ routeId, stepId }: { routeId: string; stepId: string }) => `Leesroute "${routeId}" heeft geen stap "${stepId}".`,
    ({ routeId, stepId }) => `Reading route "${routeId}" has no step "${stepId}".`,
  ),
  'question-not-found': entry(404, ({ id }: { id: string }) => `Er is geen vraag met id "${id}" in deze stap.`, ({ id }) => `There is no question with id "${id}" in this step.`),
  'quote-not-in-document': entry(
    400,
    ({ docId }: { docId: string }) => `Deze tekst staat niet in document "${docId}".`,
    ({ docId }) => `This text is not in document "${docId}".`,
  ),
  'pack-refused': entry(
    400,
    ({ count, problems }: { count: number; problems: readonly ImportProblem[] }) =>
      `Dit leesroutepakket is niet ingelezen; er is niets veranderd (${number(count, 'nl')} ${count === 1 ? 'reden' : 'redenen'}):\n${describeImportProblems(listOf(problems), count, 'nl').join('\n')}`,
    ({ count, problems }) =>
      `This reading-route pack was not imported; nothing was changed (${number(count, 'en')} ${count === 1 ? 'reason' : 'reasons'}):\n${describeImportProblems(listOf(problems), count, 'en').join('\n')}`,
  ),
  'pack-link-too-large': entry(
    413,
    ({ length }: { length: number }) => `Deze leesroute is te groot voor een link (${number(length, 'nl')} tekens); deel het pakketbestand.`,
    ({ length }) => `This reading route is too large for a link (${number(length, 'en')} characters); share the pack file instead.`,
  ),
  'pack-link-invalid': entry(
    400,
    ({ problem }: { problem: 'not-a-pack-link' | 'too-long' | 'damaged' }) =>
      problem === 'not-a-pack-link'
        ? 'Dit is geen leesroute-link; zo’n link begint met werkplaats://pack/.'
        : problem === 'too-long'
          ? 'Deze leesroute-link is te lang; vraag de docent om het pakketbestand.'
          : 'Deze leesroute-link is beschadigd of onvolledig; kopieer hem opnieuw, helemaal.',
    ({ problem }) =>
      problem === 'not-a-pack-link'
        ? 'This is not a reading-route link; such a link starts with werkplaats://pack/.'
        : problem === 'too-long'
          ? 'This reading-route link is too long; ask the teacher for the pack file.'
          : 'This reading-route link is damaged or incomplete; copy all of it again.',
  ),
  'folder-open-unavailable': entry(
    409,
    () => 'De gegevensmap kan alleen vanuit de desktop-app worden geopend; open de getoonde map zelf in je bestandsbeheer.',
    () => 'The data folder can only be opened from the desktop app; open the folder shown in your file manager yourself.',
  ),
  'folder-open-failed': entry(
    500,
    ({ detail }: { detail: string }) => `De gegevensmap kon niet worden geopend: ${detail}`,
    ({ detail }) => `The data folder could not be opened: ${detail}`,
  ),
  unreachable: entry(503, () => 'De app reageert niet. Draait de webhost nog?', () => 'The app does not respond. Is the web host still running?'),
  internal: entry(500, () => 'Er ging iets mis in de app. Probeer het opnieuw.', () => 'Something went wrong in the app. Please try again.'),
};

type Catalog = typeof apiErrors;

/** Every code a failed call can carry. */
export type ApiErrorCode = keyof Catalog;

/** The parameters of `code`, as its messages use them. */
export type ApiErrorParams<C extends ApiErrorCode> = Catalog[C] extends ErrorEntry<infer P> ? P : never;

/** A failure as every transport carries it: a code and its parameters, no sentence. */
export type ApiFailure = { [C in ApiErrorCode]: { code: C; params: ApiErrorParams<C> } }[ApiErrorCode];

/** What every transport carries back for one call. */
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiFailure };

type ParamsArgument<C extends ApiErrorCode> = keyof ApiErrorParams<C> extends never ? [] : [ApiErrorParams<C>];

/** Thrown by handlers for an expected failure; `dispatch` turns it into `{ok: false, error}`. */
export class ApiError<C extends ApiErrorCode = ApiErrorCode> extends Error {
  readonly code: C;
  readonly params: ApiErrorParams<C>;

  constructor(code: C, ...params: ParamsArgument<C>) {
    const values = (params[0] ?? {}) as ApiErrorParams<C>;
    super(describeApiError({ code, params: values } as ApiFailure, 'nl'));
    this.name = 'ApiError';
    this.code = code;
    this.params = values;
  }

  /** The failure as a transport carries it. */
  toFailure(): ApiFailure {
    return { code: this.code, params: this.params } as ApiFailure;
  }
}

function isKnownCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(apiErrors, code);
}

/** True for a value shaped like a failure with a known code, as a transport hands it over. */
export function isApiFailure(value: unknown): value is ApiFailure {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return isKnownCode(code) && typeof params === 'object' && params !== null;
}

/** The sentence for `failure` in `language`; an unknown code (from a newer host) reads as `internal`. */
export function describeApiError(failure: ApiFailure, language: ErrorLanguage): string {
  if (!isKnownCode(failure.code)) return apiErrors.internal[language]({});
  const describe = apiErrors[failure.code][language] as (params: Params) => string;
  return describe(failure.params as Params);
}

/** The HTTP status the web host answers `code` with. */
export function httpStatusOf(code: ApiErrorCode): number {
  return isKnownCode(code) ? apiErrors[code].status : 500;
}
