/** The shape of a cleaned corpus document: what the pipeline produces and every view and tool reads. */

/** Whether a page describes a Werkplaats or reports news about one. */
export type DocumentKind = 'profile' | 'news';

/** A half-open range `[start, end)` of UTF-16 offsets into a document's canonical `text`. */
export interface TextSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Running prose. */
export interface ParagraphBlock extends TextSpan {
  type: 'paragraph';
  /** Equals `document.text.slice(start, end)`. */
  text: string;
}

/** A quotation set apart on the page, with the person it is attributed to. */
export interface QuoteBlock extends TextSpan {
  type: 'quote';
  /** The quoted words without their quotation marks; equals `document.text.slice(start, end)`. */
  text: string;
  /** Who said it, as the page gives it ("Kitty Jurrius, Lector …"), or null when the page does not say. */
  attribution: string | null;
  /** Span of the attribution line in the canonical text, when there is one. */
  attributionSpan: TextSpan | null;
}

/** One entry of a list. */
export interface ListItem extends TextSpan {
  /** Equals `document.text.slice(start, end)`. */
  text: string;
  /** 0 for top-level items, 1 for items nested under them. */
  depth: number;
}

/** A numbered or bulleted list. */
export interface ListBlock extends TextSpan {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export type Block = ParagraphBlock | QuoteBlock | ListBlock;

/** A heading and the blocks under it. The lead of a page has no heading. */
export interface Section extends TextSpan {
  /** Stable within a document: a slug of the heading, or `inleiding` for the lead. */
  id: string;
  /** The heading as the page gives it, or null for the lead before the first heading. */
  heading: string | null;
  /** Span of the heading in the canonical text, when there is one. */
  headingSpan: TextSpan | null;
  blocks: Block[];
}

/** Who to contact about a Werkplaats, as listed on its page. */
export interface Contact {
  name: string | null;
  /** Organisation or role given with the name. */
  affiliation: string | null;
  phone: string | null;
  email: string | null;
}

/** A cleaned, structured page of the corpus. */
export interface CorpusDocument {
  /** A readable slug, stable for the same page ("werkplaats-flevoland"). */
  id: string;
  /** The original dump's file name. */
  source: string;
  title: string;
  /** The page's category line above the title ("Jongeren"), when it has one. */
  label: string | null;
  /** The region the Werkplaats works in ("Flevoland", "Regio Zwolle"). */
  region: string;
  kind: DocumentKind;
  /** The university of applied sciences behind the Werkplaats ("Hogeschool Windesheim"). */
  hogeschool: string | null;
  /** The research group (lectoraat) that runs it. */
  lectoraat: string | null;
  /** Lectors named on the page. */
  lectors: string[];
  /** Publication date as `YYYY-MM-DD`, where the page has one. */
  published: string | null;
  /** The themes the page itself lists in its numbered lists. */
  themes: string[];
  /** Participating municipalities, in the page's order. */
  municipalities: string[];
  contact: Contact | null;
  /** Where a news item was first published ("almerekracht.nl"). */
  origin: string | null;
  /** One or two sentences from the lead, for cards and previews. */
  summary: string;
  sections: Section[];
  /**
   * The canonical plain text: title, then each heading and block, separated by blank lines.
   * Derived deterministically from the structure; search and annotations use its offsets.
   */
  text: string;
}

/** What the library shows of a document without loading its body. */
export interface DocumentSummary {
  id: string;
  source: string;
  title: string;
  label: string | null;
  region: string;
  kind: DocumentKind;
  hogeschool: string | null;
  published: string | null;
  themes: string[];
  summary: string;
  /** Number of sections. */
  sectionCount: number;
  /** True for a page the reader imported ("eigen document"); absent for the bundled corpus. */
  imported?: true;
}

/** A line or block the pipeline removed, and why; kept so cleaning can be audited. */
export interface RemovedChrome {
  text: string;
  reason: 'navigation' | 'cookie' | 'repeated' | 'link-only' | 'sidebar' | 'metadata';
}

/** The prebuilt corpus the app loads at start, without parsing again. */
export interface CorpusBundle {
  /** Bumped when the bundle's shape changes. */
  format: 1;
  /** Content hash of the documents: the corpus version annotations and reading positions refer to. */
  version: string;
  documents: CorpusDocument[];
  /**
   * Fingerprints of blocks found repeated across pages (site footers and the like),
   * so that pages imported later are cleaned of them too.
   */
  boilerplate: string[];
  /** What was removed from each source file, keyed by source name. */
  removed: Record<string, RemovedChrome[]>;
}
