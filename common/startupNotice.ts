/**
 * Why: what opening the user's data reported (records set apart, a backup restored, read-only mode) travels as a typed
 * code with parameters, so the UI and the CLI each say it in the reader's language, with dates in the reader's own
 * time zone and locale, and a folder shown only when asked for. Imports nothing.
 */

/** The languages a notice can be said in. */
export type NoticeLanguage = 'nl' | 'en';

/** How many records of each kind a notice is about. */
export interface RecordCounts {
  annotations: number;
  notes: number;
  positions: number;
  other: number;
}

/** Every notice with its parameters; file names are bare names inside the notice's `folder`, never whole paths. */
export interface NoticeParams {
  /** Records in the data file could not be read and are skipped here; the file is left as it is (opened only for reading). */
  'records-skipped': RecordCounts & { file: string };
  /** Records could not be read and were moved to the quarantine file `file`. */
  'records-set-apart': RecordCounts & { file: string };
  /** Records held formatting the app does not show and were cleaned; the originals are in `file` ('' when not written). */
  'records-cleaned': RecordCounts & { file: string };
  /** The reading positions file is damaged and skipped (opened only for reading). */
  'reading-positions-skipped': Record<never, never>;
  /** The reading positions file was damaged, kept as `file`, and `count` positions were read out of it. */
  'reading-positions-recovered': { file: string; count: number };
  /** The data file is damaged; opened only for reading, nothing was repaired. */
  'data-damaged-read-only': Record<never, never>;
  /**
   * The data file was damaged and kept as `file`; the newest good backup `backupFile` (taken at `backupTime`, an ISO
   * instant; both '' when there was none) was restored, and newer records were taken from the damaged file.
   */
  'data-recovered': {
    file: string;
    backupFile: string;
    backupTime: string;
    annotations: number;
    notes: number;
    positions: number;
    unreadableParts: number;
    unreadableCharacters: number;
    /** The quarantine file holding what could not be read; '' when none was written. */
    quarantineFile: string;
  };
  /** A folder stood where the writer lock belongs and was moved to `file`. */
  'lock-folder-moved': { file: string };
  /** Another window or process holds the data: `host` when it is another computer (else ''), `pid` when known (else 0). */
  'opened-elsewhere': { host: string; pid: number };
  /** The data was written by a newer version of the app and is only read. */
  'newer-version': Record<never, never>;
  /** The file of own documents (`file`) is damaged; it was left alone and own documents are not shown. */
  'imported-pages-damaged': { file: string };
}

/** Every code a start-up notice can carry. */
export type NoticeCode = keyof NoticeParams;

/** A notice as every transport carries it: a code, its parameters, and the folder its files are in (shown on request). */
export type StartupNotice = {
  [C in NoticeCode]: { code: C; params: NoticeParams[C]; folder?: string };
}[NoticeCode];

/** Options for saying a notice; `timeZone` is for tests, people get their own. */
export interface DescribeNoticeOptions {
  timeZone?: string;
}

const localeOf: Record<NoticeLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

interface Words {
  one: string;
  other: string;
}

const kinds: Record<NoticeLanguage, Record<keyof RecordCounts, Words>> = {
  nl: {
    annotations: { one: 'aantekening', other: 'aantekeningen' },
    notes: { one: 'notitie', other: 'notities' },
    positions: { one: 'leespositie', other: 'leesposities' },
    other: { one: 'ander onderdeel', other: 'andere onderdelen' },
  },
  en: {
    annotations: { one: 'annotation', other: 'annotations' },
    notes: { one: 'note', other: 'notes' },
    positions: { one: 'reading position', other: 'reading positions' },
    other: { one: 'other item', other: 'other items' },
  },
};

function number(value: number, language: NoticeLanguage): string {
  return new Intl.NumberFormat(localeOf[language]).format(value);
}

/** "1 aantekening", "2,500 annotations". */
function counted(value: number, words: Words, language: NoticeLanguage): string {
  return `${number(value, language)} ${value === 1 ? words.one : words.other}`;
}

/** "a, b en c" / "a, b and c". */
function list(parts: string[], language: NoticeLanguage): string {
  return new Intl.ListFormat(localeOf[language], { type: 'conjunction' }).format(parts);
}

/** "2 aantekeningen en 1 notitie"; `total` is the sum, for the verb's number. */
function describeCounts(counts: RecordCounts, language: NoticeLanguage): { text: string; total: number } {
  const keys = ['annotations', 'notes', 'positions', 'other'] as const;
  const parts = keys.filter((key) => counts[key] > 0).map((key) => counted(counts[key], kinds[language][key], language));
  const total = keys.reduce((sum, key) => sum + counts[key], 0);
  return { text: parts.length > 0 ? list(parts, language) : counted(0, kinds[language].other, language), total };
}

/** An ISO instant as a local date and time in the language's locale: "21 november 2026 om 11:00". */
export function formatNoticeTime(iso: string, language: NoticeLanguage, options: DescribeNoticeOptions = {}): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeStyle: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) }).format(time);
}

type Describers = { [C in NoticeCode]: (params: NoticeParams[C], options: DescribeNoticeOptions) => string };

const nl: Describers = {
  'records-skipped': (params) => {
    const { text, total } = describeCounts(params, 'nl');
    return `${text} in ${params.file} ${total === 1 ? 'kon' : 'konden'} niet worden gelezen en ${total === 1 ? 'wordt' : 'worden'} hier overgeslagen; het bestand blijft ongewijzigd tot de app ze apart zet.`;
  },
  'records-set-apart': (params) => {
    const { text, total } = describeCounts(params, 'nl');
    return `${text} ${total === 1 ? 'kon' : 'konden'} niet worden gelezen en ${total === 1 ? 'is' : 'zijn'} apart gezet in ${params.file}; al het andere is gewoon geladen.`;
  },
  'records-cleaned': (params) => {
    const { text, total } = describeCounts(params, 'nl');
    return `${text} ${total === 1 ? 'bevatte' : 'bevatten'} opmaak die de app niet toont en ${total === 1 ? 'is' : 'zijn'} opgeschoond${params.file === '' ? '' : `; het origineel staat in ${params.file}`}.`;
  },
  'reading-positions-skipped': () => 'Je leesposities zijn beschadigd en worden hier overgeslagen.',
  'reading-positions-recovered': ({ file, count }) =>
    `Je leesposities waren beschadigd. Het bestand is bewaard als ${file}; ${counted(count, kinds.nl.positions, 'nl')} ${count === 1 ? 'is' : 'zijn'} eruit teruggehaald.`,
  'data-damaged-read-only': () => 'Je gegevensbestand is beschadigd. Open Werkplaats Reader om het te herstellen vanuit een reservekopie.',
  'data-recovered': (params, options) => {
    const taken: string[] = [];
    if (params.annotations > 0) taken.push(counted(params.annotations, kinds.nl.annotations, 'nl'));
    if (params.notes > 0) taken.push(counted(params.notes, kinds.nl.notes, 'nl'));
    if (params.positions > 0) taken.push(counted(params.positions, kinds.nl.positions, 'nl'));
    const base =
      params.backupFile === ''
        ? 'Er was geen reservekopie.'
        : `De meest recente goede reservekopie, van ${formatNoticeTime(params.backupTime, 'nl', options)}, is teruggezet.`;
    const salvaged = taken.length > 0 ? ` Uit het beschadigde bestand zijn daarbij ${list(taken, 'nl')} gehaald die nieuwer waren.` : ' Het beschadigde bestand bevatte niets nieuwers dat nog te lezen was.';
    const parts = params.unreadableParts;
    const lost =
      parts > 0
        ? ` ${number(parts, 'nl')} ${parts === 1 ? 'stuk' : 'stukken'} (${number(params.unreadableCharacters, 'nl')} tekens) ${parts === 1 ? 'kon' : 'konden'} niet worden gelezen; ${params.quarantineFile === '' ? 'ze staan nog in het bewaarde bestand' : `ze staan in ${params.quarantineFile}`}.`
        : '';
    return `Je gegevensbestand was beschadigd. Het is bewaard als ${params.file}. ${base}${salvaged}${lost}`;
  },
  'lock-folder-moved': ({ file }) => `Op de plaats van het schrijfslot stond een map; die is verplaatst naar ${file}.`,
  'opened-elsewhere': ({ host, pid }) =>
    `Werkplaats Reader heeft je gegevens al open in een ander venster of proces${host !== '' ? ` op computer ${host}` : pid > 0 ? ` (proces ${pid})` : ''}. Hier worden ze alleen gelezen, zodat geen van beide de wijzigingen van de ander overschrijft.`,
  'newer-version': () => 'Je gegevens zijn gemaakt met een nieuwere versie van Werkplaats Reader. Ze worden alleen gelezen; werk de app bij om weer te kunnen opslaan.',
  'imported-pages-damaged': ({ file }) => `Het bestand met je eigen documenten (${file}) is beschadigd; het is niet aangeraakt en je eigen documenten worden niet getoond.`,
};

const en: Describers = {
  'records-skipped': (params) => {
    const { text, total } = describeCounts(params, 'en');
    return `${text} in ${params.file} could not be read and ${total === 1 ? 'is' : 'are'} skipped here; the file stays as it is until the app sets ${total === 1 ? 'it' : 'them'} apart.`;
  },
  'records-set-apart': (params) => {
    const { text, total } = describeCounts(params, 'en');
    return `${text} could not be read and ${total === 1 ? 'was' : 'were'} set apart in ${params.file}; everything else loaded as usual.`;
  },
  'records-cleaned': (params) => {
    const { text, total } = describeCounts(params, 'en');
    return `${text} held formatting the app does not show and ${total === 1 ? 'was' : 'were'} cleaned up${params.file === '' ? '' : `; the original is in ${params.file}`}.`;
  },
  'reading-positions-skipped': () => 'Your reading positions are damaged and are skipped here.',
  'reading-positions-recovered': ({ file, count }) =>
    `Your reading positions were damaged. The file was kept as ${file}; ${counted(count, kinds.en.positions, 'en')} ${count === 1 ? 'was' : 'were'} recovered from it.`,
  'data-damaged-read-only': () => 'Your data file is damaged. Open Werkplaats Reader to restore it from a backup.',
  'data-recovered': (params, options) => {
    const taken: string[] = [];
    if (params.annotations > 0) taken.push(counted(params.annotations, kinds.en.annotations, 'en'));
    if (params.notes > 0) taken.push(counted(params.notes, kinds.en.notes, 'en'));
    if (params.positions > 0) taken.push(counted(params.positions, kinds.en.positions, 'en'));
    const base = params.backupFile === '' ? 'There was no backup.' : `The most recent good backup, from ${formatNoticeTime(params.backupTime, 'en', options)}, was restored.`;
    const salvaged = taken.length > 0 ? ` ${list(taken, 'en')} that were newer were taken from the damaged file.` : ' The damaged file held nothing newer that could still be read.';
    const parts = params.unreadableParts;
    const lost =
      parts > 0
        ? ` ${number(parts, 'en')} ${parts === 1 ? 'piece' : 'pieces'} (${number(params.unreadableCharacters, 'en')} characters) could not be read; ${params.quarantineFile === '' ? 'they are still in the kept file' : `they are in ${params.quarantineFile}`}.`
        : '';
    return `Your data file was damaged. It was kept as ${params.file}. ${base}${salvaged}${lost}`;
  },
  'lock-folder-moved': ({ file }) => `A folder stood where the writer lock belongs; it was moved to ${file}.`,
  'opened-elsewhere': ({ host, pid }) =>
    `Werkplaats Reader already has your data open in another window or process${host !== '' ? ` on computer ${host}` : pid > 0 ? ` (process ${pid})` : ''}. Here it is only read, so that neither overwrites the other's changes.`,
  'newer-version': () => 'Your data was made by a newer version of Werkplaats Reader. It is only read; update the app to save again.',
  'imported-pages-damaged': ({ file }) => `The file of your own documents (${file}) is damaged; it was not touched and your own documents are not shown.`,
};

const describers: Record<NoticeLanguage, Describers> = { nl, en };

/** True for a value shaped like a notice with a known code, as a transport hands it over. */
export function isStartupNotice(value: unknown): value is StartupNotice {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(nl, code) && typeof params === 'object' && params !== null;
}

/** The sentence for `notice` in `language`; dates are local to the reader. */
export function describeStartupNotice(notice: StartupNotice, language: NoticeLanguage, options: DescribeNoticeOptions = {}): string {
  const describe = describers[language][notice.code] as (params: StartupNotice['params'], options: DescribeNoticeOptions) => string;
  return describe(notice.params, options);
}

/** The notice for a command line: the sentence, and the folder its files are in. */
export function describeStartupNoticeForCli(notice: StartupNotice, language: NoticeLanguage, options: DescribeNoticeOptions = {}): string {
  const sentence = describeStartupNotice(notice, language, options);
  if (notice.folder === undefined) return sentence;
  return `${sentence} (${language === 'nl' ? 'map' : 'folder'}: ${notice.folder})`;
}
