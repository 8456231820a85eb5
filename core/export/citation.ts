/** Why: exported notes are handed in and reused, so every highlight says where it comes from and the sources are listed the way APA asks. */
import type { ExportAnnotation, ExportModel, ExportSource } from './exportModel.js';
import type { ExportLanguage } from './exportOptions.js';
import { fillTemplate } from './exportStrings.js';

/** The parts of one highlight's citation; each format styles them its own way. */
export interface CitationParts {
  /** The Werkplaats or page title. */
  title: string;
  /** "sectie Heading", or null for an orphan. */
  section: string | null;
  /** "bronbestand 000_….txt", or null when the corpus no longer has the page. */
  source: string | null;
  /** `werkplaats://doc/<id>#<annotation>`. */
  deepLink: string;
}

/** The citation parts of `annotation`. */
export function citationParts(annotation: ExportAnnotation, model: ExportModel): CitationParts {
  const { strings } = model;
  return {
    title: annotation.documentTitle,
    section: annotation.sectionHeading === null ? null : `${strings.section} ${strings.openQuote}${annotation.sectionHeading}${strings.closeQuote}`,
    source: annotation.sourceFile === null ? null : `${strings.source} ${annotation.sourceFile}`,
    deepLink: annotation.deepLink,
  };
}

const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The APA date part: "2024, 3 mei" (or "2024, May 3"), "2024", or "z.d." / "n.d." without a date. */
export function apaDate(published: string | null, language: ExportLanguage, noDate: string): string {
  const match = published === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published);
  if (!match) return noDate;
  const [, year, month, day] = match;
  if (month === undefined) return year!;
  const monthName = (language === 'en' ? englishMonths : dutchMonths)[Number(month) - 1];
  if (monthName === undefined) return year!;
  if (day === undefined) return `${year}, ${monthName}`;
  return language === 'en' ? `${year}, ${monthName} ${Number(day)}` : `${year}, ${Number(day)} ${monthName}`;
}

/** The parts of one APA-style reference; the title is set in italics by each format. */
export interface ReferenceParts {
  /** "Hogeschool Windesheim. (2024, 3 mei). " */
  lead: string;
  /** The page title (italic). */
  title: string;
  /** " [Werkplaatsprofiel]. Opgenomen in Werkplaats Reader, corpusversie …. Bronbestand: …." */
  tail: string;
  deepLink: string;
}

/** An APA-style (7th edition, web page by an organisation) reference to `source`. */
export function referenceParts(source: ExportSource, model: ExportModel): ReferenceParts {
  const { strings } = model;
  const author = source.author.replace(/\.$/, '');
  return {
    lead: `${author}. (${apaDate(source.published, model.language, strings.noDate)}). `,
    title: source.title,
    tail: ` [${source.kind === 'news' ? strings.newsItem : strings.profile}]. ${fillTemplate(strings.retrievedVia, { version: model.corpusVersion.slice(0, 12), source: source.sourceFile })}`,
    deepLink: source.deepLink,
  };
}
