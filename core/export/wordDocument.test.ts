import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { WordWriter, wordStyles, xmlSafe, type WordParagraph } from './wordDocument.js';

const created = new Date('2026-12-03T10:00:00Z');

function pack(paragraphs: WordParagraph[], build?: (word: WordWriter) => void): Record<string, string> {
  const word = new WordWriter();
  build?.(word);
  for (const paragraph of paragraphs) word.paragraph(paragraph);
  const files = unzipSync(word.pack({ title: 'Titel & <meer>', description: 'Alles', created }));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The text of each paragraph, with line breaks, read back from the XML alone. */
function textsOf(xml: string): string[] {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p><w:pPr>[\s\S]*?<\/w:pPr>([\s\S]*?)<\/w:p>/g)].map((match) =>
    [...(match[1] ?? match[2]!).matchAll(/(<w:br\/>)|<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((part) => (part[1] ? '\n' : unescape(part[2]!))).join(''),
  );
}

describe('WordWriter', () => {
  it('has every part Word opens, tied together by content types and relationships', () => {
    const files = pack([{ inlines: [{ text: 'Hallo' }] }]);
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/app.xml']) {
      expect(files['[Content_Types].xml']).toContain(`PartName="/${part}"`);
    }
    expect(files['_rels/.rels']).toContain('Target="word/document.xml"');
    expect(files['word/_rels/document.xml.rels']).toContain('Target="styles.xml"');
    expect(files['docProps/core.xml']).toContain('<dc:title>Titel &amp; &lt;meer&gt;</dc:title>');
  });

  it('gives back any text exactly, minus what XML 1.0 cannot hold, with line breaks as Word breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const files = pack(texts.map((text) => ({ inlines: [{ text }] })));
        expect(textsOf(files['word/document.xml']!)).toEqual(texts.map(xmlSafe));
      }),
      { numRuns: 150 },
    );
  });

  it('makes headings Word headings that the navigation pane lists', () => {
    const files = pack([{ style: wordStyles.title, inlines: [{ text: 'T' }] }, ...([1, 2, 3, 4, 5, 6] as const).map((heading) => ({ style: { heading }, inlines: [{ text: `H${heading}` }] }))]);
    for (const level of [1, 2, 3, 4, 5, 6]) {
      expect(files['word/document.xml']).toContain(`<w:pStyle w:val="Heading${level}"/>`);
      expect(files['word/styles.xml']).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`));
    }
    for (const style of Object.values(wordStyles)) expect(files['word/styles.xml']).toContain(`w:styleId="${style}"`);
  });

  it('writes each link address once, escaped, as an external relationship', () => {
    const href = 'werkplaats://doc/a?x=1&y="2"#note';
    const files = pack([{ inlines: [{ href, runs: [{ text: 'open' }] }, { text: ' en ' }, { href, runs: [{ text: 'nog eens', bold: true }] }] }]);
    const relationships = [...files['word/_rels/document.xml.rels']!.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]*)" TargetMode="External"/g)];
    expect(relationships.map((match) => match[1])).toEqual(['werkplaats://doc/a?x=1&amp;y=&quot;2&quot;#note']);
    expect(files['word/document.xml']!.match(/<w:hyperlink r:id="rIdLink1"/g)).toHaveLength(2);
    expect(files['word/document.xml']).toMatch(/<w:hyperlink[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><w:b\/><\/w:rPr><w:t xml:space="preserve">nog eens<\/w:t>/);
  });

  it('lets each numbered list count from its own start, while bullets share one list', () => {
    let ids: number[] = [];
    const files = pack([], (word) => {
      ids = [word.list('bullet'), word.list({ start: 3 }), word.list('bullet'), word.list({ start: 1 }, 2)];
      word.paragraph({ inlines: [{ text: 'drie' }], list: { id: ids[1]!, level: 0 } });
    });
    expect(ids[0]).toBe(ids[2]);
    expect(new Set(ids).size).toBe(3);
    const numbering = files['word/numbering.xml']!;
    expect(numbering).toContain(`<w:num w:numId="${ids[1]}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>`);
    expect(numbering).toContain(`<w:num w:numId="${ids[3]}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/>`);
    expect(numbering.indexOf('<w:num ')).toBeGreaterThan(numbering.lastIndexOf('</w:abstractNum>'));
    expect(files['word/document.xml']).toContain(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${ids[1]}"/></w:numPr>`);
  });

  it('draws a quote bar in the highlight colour', () => {
    const files = pack([{ style: wordStyles.quote, inlines: [{ text: 'q' }], bar: { color: 'C9A800', fill: 'FFF0A6' } }]);
    expect(files['word/document.xml']).toContain('<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="C9A800"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF0A6"/>');
  });
});
