import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { readPdfText } from '../../tests/support/readPdfText.js';
import { buildExportModel } from './exportModel.js';
import { toDocx } from './toDocx.js';
import { wordStyles as docxStyles } from './wordDocument.js';

/** The paragraphs of word/document.xml as style id + plain text, read with nothing but the XML itself. */
function paragraphsOf(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1]!;
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((part) => (part[0] === '<w:br/>' ? '\n' : part[1]!))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    return { style, text };
  });
}

/** Every hyperlink's full address: its relationship's target plus `#anchor`, as Word joins them. */
function hyperlinksOf(xml: string, rels: string): string[] {
  const targets = new Map([...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((match) => [match[1]!, match[2]!.replace(/&amp;/g, '&')]));
  return [...xml.matchAll(/<w:hyperlink\b([^>]*)>/g)].map((match) => {
    const id = /r:id="([^"]+)"/.exec(match[1]!)?.[1];
    const anchor = /w:anchor="([^"]+)"/.exec(match[1]!)?.[1];
    return `${id === undefined ? '' : (targets.get(id) ?? '')}${anchor === undefined ? '' : `#${anchor}`}`;
  });
}

describe('toDocx', async () => {
  const fixture = exportFixture();
  const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
  const bytes = await toDocx(model);
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const paragraphs = paragraphsOf(xml);
  const first = fixture.documents[0]!;

  it('is a zip with the parts Word needs', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels']));
    expect(strFromU8(files['word/styles.xml']!)).toContain(`w:styleId="${docxStyles.quote}"`);
  });

  it('uses real Word headings: title, documents as Heading 1, sections as Heading 2', () => {
    expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Aantekeningen — alles' });
    const headings1 = paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text);
    expect(headings1).toEqual(expect.arrayContaining([first.title, 'Notitieboek', 'Bronnen']));
    expect(paragraphs.some((paragraph) => paragraph.style === 'Heading2' && paragraph.text === 'Niet teruggevonden in de huidige tekst')).toBe(true);
  });

  it('puts each quote in the quote style, followed by its note with formatting and its citation', () => {
    const id = `a-${first.id}-0`;
    const quoteIndex = paragraphs.findIndex((paragraph) => paragraph.style === docxStyles.quote && paragraph.text === fixture.quotes.get(id));
    expect(quoteIndex).toBeGreaterThan(0);
    const after = paragraphs.slice(quoteIndex + 1, quoteIndex + 8);
    expect(after.map((paragraph) => paragraph.text)).toEqual(expect.arrayContaining(['Waarom dit telt', 'Dit is belangrijk en subtiel, zie de site.', 'eerste punt', 'tweede punt']));
    expect(after.find((paragraph) => paragraph.text === 'Waarom dit telt')!.style).toBe('Heading5');
    expect(xml).toMatch(/<w:b\/>[\s\S]{0,200}<w:t[^>]*>belangrijk<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}<w:t[^>]*>subtiel<\/w:t>/);
    const citation = after.find((paragraph) => paragraph.style === docxStyles.citation)!;
    expect(citation.text).toContain(`— ${first.title}, sectie „`);
    expect(citation.text).toContain(`bronbestand ${first.source}`);
    const targets = hyperlinksOf(xml, strFromU8(files['word/_rels/document.xml.rels']!));
    expect(targets).toContain(`werkplaats://doc/${first.id}#${id}`);
    expect(targets).toContain('https://example.org/werkplaats');
  });

  it('ends with a reference per cited document', () => {
    const references = paragraphs.filter((paragraph) => paragraph.style === docxStyles.reference);
    expect(references).toHaveLength(fixture.documents.length);
    expect(references.every((paragraph) => /^.+\. \((\d{4}|z\.d\.)[^)]*\)\. .+ \[(Werkplaatsprofiel|Nieuwsbericht)\]\./.test(paragraph.text))).toBe(true);
  });

  it('keeps characters XML cannot hold out of the file', async () => {
    const hostile = exportFixture({ note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0001b\u000bc <w:t>&' }] }] } });
    const text = strFromU8(unzipSync(await toDocx(buildExportModel(hostile.data, { scope: { kind: 'all' } })))['word/document.xml']!);
    expect(text).toContain('abc &lt;w:t&gt;&amp;');
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  it.skipIf(soffice === undefined)('opens in LibreOffice, which converts it to a PDF holding the quotes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'werkplaats-docx-'));
    const input = join(folder, 'aantekeningen.docx');
    writeFileSync(input, bytes);
    execFileSync(soffice!, [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, input], { timeout: 120_000, stdio: 'pipe' });
    const { text } = await readPdfText(new Uint8Array(readFileSync(join(folder, 'aantekeningen.pdf'))));
    const flat = text.replace(/\s+/g, ' ');
    for (const quote of fixture.quotes.values()) expect(flat).toContain(quote.replace(/\s+/g, ' '));
  }, 150_000);
  if (soffice === undefined) console.log('toDocx: LibreOffice (soffice) is not installed, so the "opens in LibreOffice" test is skipped.');
});
