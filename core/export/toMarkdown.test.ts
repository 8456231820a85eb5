import { describe, expect, it } from 'vitest';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { buildExportModel } from './exportModel.js';
import { noteToMarkdown, escapeMarkdown } from './noteToMarkdown.js';
import { markdownTag, toMarkdown } from './toMarkdown.js';
import { sanitizeNote } from '../../common/notes/sanitizeNote.js';

describe('toMarkdown', () => {
  const fixture = exportFixture();
  const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
  const markdown = toMarkdown(model);
  const first = fixture.documents[0]!;

  it('starts with YAML front matter holding title, date, scope, corpus and app version', () => {
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;
    const fields = Object.fromEntries(frontMatter.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
    expect(JSON.parse(fields.title!)).toBe('Aantekeningen — alles');
    expect(fields.date).toBe('2026-12-02');
    expect(JSON.parse(fields.scope!)).toBe('alles');
    expect(JSON.parse(fields.corpus_version!)).toBe(fixture.data.corpusVersion);
    expect(JSON.parse(fields.app_version!)).toBe('0.1.0');
  });

  it('writes each highlight as a blockquote with its note, tags, colour and a citation with a deep link', () => {
    const id = `a-${first.id}-0`;
    const quote = fixture.quotes.get(id)!;
    const start = markdown.indexOf(`> ${escapeMarkdown(quote)}`);
    expect(start).toBeGreaterThan(0);
    const block = markdown.slice(start, markdown.indexOf('\n---\n', start));
    expect(block).toContain('#### Waarom dit telt');
    expect(block).toContain('Dit is **belangrijk** en *subtiel*, zie [de site](<https://example.org/werkplaats>).');
    expect(block).toContain('- eerste punt\n- tweede punt');
    expect(block).toContain('#jeugd #lerende-professional #_2024');
    expect(block).toContain('Kleur: belangrijk');
    expect(block).toContain(`— *${escapeMarkdown(first.title)}*, sectie „`);
    expect(block).toContain(`bronbestand ${escapeMarkdown(first.source)}`);
    expect(block).toContain(`[open in de app](<werkplaats://doc/${first.id}#${id}>)`);
  });

  it('groups under document and section headings and marks orphans', () => {
    expect(markdown).toContain(`## ${escapeMarkdown(first.title)}`);
    expect(markdown).toContain('### Niet teruggevonden in de huidige tekst');
    expect(markdown).toMatch(/Verweesde notitie\n\nKleur: belangrijk · \*niet teruggevonden in de huidige tekst\*/);
  });

  it('ends with the notebook and an APA-style reference list', () => {
    const notebook = markdown.indexOf('## Notitieboek');
    const references = markdown.indexOf('## Bronnen');
    expect(notebook).toBeGreaterThan(0);
    expect(references).toBeGreaterThan(notebook);
    expect(markdown.slice(notebook)).toContain('Algemene gedachte over de Werkplaatsen');
    const list = markdown.slice(references).split('\n').filter((line) => line.startsWith('- '));
    expect(list).toHaveLength(fixture.documents.length);
    expect(list.some((line) => /^- .+\. \((\d{4}|z\.d\.)[^)]*\)\. \*.+\* \\\[(Werkplaatsprofiel|Nieuwsbericht)\\\]\./.test(line))).toBe(true);
  });

  it('keeps user text from becoming Markdown or HTML', () => {
    const hostile = exportFixture({ note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>x()</script> # kop [link](javascript:x) *ster*' }] }] } });
    const text = toMarkdown(buildExportModel(hostile.data, { scope: { kind: 'all' } }));
    expect(text).toContain('\\<script\\>x()\\</script\\> \\# kop \\[link\\](javascript:x) \\*ster\\*');
    expect(text).not.toContain('<script>');
  });
});

describe('markdownTag', () => {
  it.each([
    ['jeugd', '#jeugd'],
    ['lerende professional', '#lerende-professional'],
    ['vraag?!', '#vraag'],
    ['2024', '#_2024'],
    ['sociaal/domein', '#sociaal/domein'],
    ['cliënt & naaste', '#cliënt-naaste'],
    ['?!', null],
  ])('makes %j into %j', (tag, expected) => {
    expect(markdownTag(tag)).toBe(expected);
  });
});

describe('noteToMarkdown', () => {
  it('writes ordered lists from their start, nested quotes, and line breaks', () => {
    const note = sanitizeNote({
      type: 'doc',
      content: [
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'drie' }] }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'vier' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citaat' }, { type: 'hardBreak' }, { type: 'text', text: 'regel twee' }] }] },
      ],
    })!;
    expect(noteToMarkdown(note)).toBe('3. drie\n4. vier\n\n> citaat\\\n> regel twee');
  });
});
