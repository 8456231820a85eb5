/**
 * Why: the `docx` package builds an object tree and serialises it through a generic XML library, which took 6 s and
 * 1 GB of heap for 10,000 notes. The part of WordprocessingML an export needs (styled paragraphs, bold and italic runs,
 * links, lists, a quote border) is small, so it is written here as text and zipped with fflate.
 */
import { strToU8, zipSync } from 'fflate';

/** Paragraph style ids the document defines; tests read them back from word/document.xml. */
export const wordStyles = { title: 'Title', quote: 'Quote', citation: 'Citation', meta: 'ExportMeta', reference: 'Reference' } as const;

/** Heading levels 1–6 as Word's built-in heading styles, so the navigation pane and a table of contents work. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A run of text; a line break in `text` becomes a Word line break. */
export interface WordText {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

/** A link to an address outside the document. */
export interface WordLink {
  href: string;
  runs: WordText[];
}

export type WordInline = WordText | WordLink;

export interface WordParagraph {
  /** A paragraph style id (`wordStyles`) or a heading level. */
  style?: string | { heading: HeadingLevel };
  inlines: WordInline[];
  /** An item of a list made with `WordWriter.list`, at a nesting level 0–8. */
  list?: { id: number; level: number };
  /** Left indent in twentieths of a point. */
  indentLeft?: number;
  /** A coloured bar on the left and a background, both as RRGGBB. */
  bar?: { color: string; fill: string };
}

/** Drops characters XML 1.0 cannot hold, so no note can make the file unreadable. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text or an attribute value as XML, with what XML cannot hold removed. */
function escape(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/g, (character) => entities[character]!);
}

function runXml({ text, bold, italics }: WordText, characterStyle?: string): string {
  const properties = `${characterStyle ? `<w:rStyle w:val="${characterStyle}"/>` : ''}${bold ? '<w:b/>' : ''}${italics ? '<w:i/>' : ''}`;
  const start = properties ? `<w:r><w:rPr>${properties}</w:rPr>` : '<w:r>';
  return text
    .split('\n')
    .map((line, index) => `${start}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escape(line)}</w:t></w:r>`)
    .join('');
}

const numberingNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const bulletSymbols = ['•', '◦', '▪'];

/** Collects paragraphs, links and lists, and packs them into a .docx. */
export class WordWriter {
  private readonly body: string[] = [];
  private readonly links = new Map<string, string>();
  /** Numbered lists after the first two w:num ids (1: bullets, 2: numbers from 1): where each starts, at which level. */
  private readonly numbered: { start: number; level: number }[] = [];

  /** The list id for a new list at `level`: bullets all share one; each numbered list counts from its own start. */
  list(kind: 'bullet' | { start: number }, level = 0): number {
    if (kind === 'bullet') return 1;
    this.numbered.push({ start: kind.start, level: Math.min(8, Math.max(0, level)) });
    return this.numbered.length + 2;
  }

  paragraph({ style, inlines, list, indentLeft, bar }: WordParagraph): void {
    const styleId = style === undefined ? null : typeof style === 'string' ? style : `Heading${style.heading}`;
    let properties = styleId ? `<w:pStyle w:val="${styleId}"/>` : '';
    if (list) properties += `<w:numPr><w:ilvl w:val="${Math.min(8, Math.max(0, list.level))}"/><w:numId w:val="${list.id}"/></w:numPr>`;
    if (bar) properties += `<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="${bar.color}"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="${bar.fill}"/>`;
    if (indentLeft) properties += `<w:ind w:left="${Math.round(indentLeft)}"/>`;
    let xml = properties ? `<w:p><w:pPr>${properties}</w:pPr>` : '<w:p>';
    for (const inline of inlines) xml += 'href' in inline ? this.linkXml(inline) : runXml(inline);
    this.body.push(`${xml}</w:p>`);
  }

  private linkXml({ href, runs }: WordLink): string {
    let id = this.links.get(href);
    if (id === undefined) {
      id = `rIdLink${this.links.size + 1}`;
      this.links.set(href, id);
    }
    return `<w:hyperlink r:id="${id}" w:history="1">${runs.map((run) => runXml(run, 'Hyperlink')).join('')}</w:hyperlink>`;
  }

  /** The document as .docx bytes; `title` and `description` go into its properties. */
  pack({ title, description, created }: { title: string; description: string; created: Date }): Uint8Array {
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${this.body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
    const links = [...this.links].map(([href, id]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escape(href)}" TargetMode="External"/>`);
    const relationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${links.join('')}</Relationships>`;
    return zipSync(
      {
        '[Content_Types].xml': strToU8(contentTypes),
        '_rels/.rels': strToU8(packageRelationships),
        'docProps/core.xml': strToU8(coreProperties(title, description, created)),
        'docProps/app.xml': strToU8(appProperties),
        'word/document.xml': strToU8(document),
        'word/_rels/document.xml.rels': strToU8(relationships),
        'word/styles.xml': strToU8(styles),
        'word/numbering.xml': strToU8(this.numbering()),
      },
      { level: 6, mtime: created },
    );
  }

  private numbering(): string {
    const levels = (format: 'bullet' | 'decimal', start: number) =>
      Array.from({ length: 9 }, (_, level) => {
        const text = format === 'bullet' ? bulletSymbols[level % 3]! : `%${level + 1}.`;
        return `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
      }).join('');
    const abstract = `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels('bullet', 1)}</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${levels('decimal', 1)}</w:abstractNum>`;
    // Each numbered list is its own instance that restarts at its start, so a second list does not go on counting.
    const numbered = this.numbered.map(({ start, level }, index) => `<w:num w:numId="${index + 3}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${numberingNamespace}>${abstract}<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>${numbered.join('')}</w:numbering>`;
  }
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const packageRelationships = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const appProperties = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Werkplaats Reader</Application></Properties>`;

function coreProperties(title: string, description: string, created: Date): string {
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escape(title)}</dc:title><dc:description>${escape(description)}</dc:description><dc:creator>Werkplaats Reader</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** A paragraph style: id, shown name, and its paragraph and run properties as WordprocessingML. */
function paragraphStyle(id: string, name: string, paragraph: string, run: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${paragraph}</w:pPr><w:rPr>${run}</w:rPr></w:style>`;
}

const headingSizes = [32, 28, 26, 24, 22, 22];
const headings = headingSizes
  .map((size, index) =>
    paragraphStyle(`Heading${index + 1}`, `heading ${index + 1}`, `<w:keepNext/><w:spacing w:before="${index < 2 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${index}"/>`, `<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:b/>${index >= 4 ? '<w:i/>' : ''}<w:color w:val="1F3A4D"/><w:sz w:val="${size}"/>`, '<w:uiPriority w:val="9"/>'),
  )
  .join('');

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria" w:cs="Cambria" w:eastAsia="Cambria"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${paragraphStyle(
  wordStyles.title,
  'Title',
  '<w:spacing w:after="240"/>',
  '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:b/><w:sz w:val="48"/>',
)}${headings}${paragraphStyle(wordStyles.quote, 'Quote', '<w:spacing w:before="240" w:after="120"/><w:ind w:left="567" w:right="567"/>', '<w:i/><w:color w:val="2B2F33"/>')}${paragraphStyle(
  wordStyles.citation,
  'Citation',
  '<w:spacing w:before="60" w:after="240"/>',
  '<w:color w:val="545B63"/><w:sz w:val="18"/>',
)}${paragraphStyle(wordStyles.meta, 'Export meta', '<w:spacing w:after="60"/>', '<w:color w:val="545B63"/><w:sz w:val="18"/>')}${paragraphStyle(
  wordStyles.reference,
  'Reference',
  '<w:spacing w:after="120"/><w:ind w:left="720" w:hanging="720"/>',
  '',
)}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`;
