import { describe, expect, it } from 'vitest';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { buildExportModel, ExportScopeError } from './exportModel.js';

describe('buildExportModel', () => {
  const fixture = exportFixture();
  const [first, second] = fixture.documents;

  it('exports every live annotation once, in corpus reading order, orphans last per document and marked', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
    const live = fixture.annotations.filter((annotation) => annotation.deleted === null);
    expect(model.annotations.map((annotation) => annotation.id).sort()).toEqual(live.map((annotation) => annotation.id).sort());
    expect(model.annotations.some((annotation) => annotation.id === 'a-deleted')).toBe(false);
    const firstDocument = model.annotations.filter((annotation) => annotation.docId === first!.id);
    expect(firstDocument.at(-1)).toMatchObject({ id: 'a-orphan', orphan: true, start: null, sectionId: null });
    const placed = firstDocument.filter((annotation) => !annotation.orphan);
    expect(placed.map((annotation) => annotation.start)).toEqual([...placed.map((annotation) => annotation.start)].sort((a, b) => a! - b!));
    expect(model.annotations.find((annotation) => annotation.id === 'a-dropped')).toMatchObject({ orphan: true, documentTitle: 'Onbekend document', sourceFile: null });
  });

  it('places each highlight in its section and gives it a deep link', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
    for (const annotation of model.annotations.filter((candidate) => !candidate.orphan)) {
      const document = fixture.documents.find((candidate) => candidate.id === annotation.docId)!;
      const section = document.sections.find((candidate) => candidate.id === annotation.sectionId)!;
      expect(annotation.start!).toBeGreaterThanOrEqual(section.start);
      expect(annotation.end!).toBeLessThanOrEqual(section.end);
      expect(annotation.quote).toBe(fixture.quotes.get(annotation.id));
      expect(annotation.deepLink).toBe(`werkplaats://doc/${annotation.docId}#${annotation.id}`);
    }
  });

  it('groups by document and section, with the orphans in their own subgroup', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' }, grouping: 'document' });
    expect(model.groups[0]).toMatchObject({ kind: 'document', key: first!.id, title: first!.title });
    expect(model.groups[0]!.subgroups.at(-1)).toMatchObject({ key: 'orphans', heading: 'Niet teruggevonden in de huidige tekst' });
    expect(model.groups.flatMap((group) => group.subgroups.flatMap((subgroup) => subgroup.annotations)).length).toBe(model.annotations.length);
  });

  it('groups by theme, listing a highlight under each theme it touches and the rest under "Zonder thema"', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' }, grouping: 'theme' });
    expect(model.groups.every((group) => group.kind === 'theme')).toBe(true);
    for (const group of model.groups.filter((candidate) => candidate.key !== 'none')) {
      for (const annotation of group.subgroups.flatMap((subgroup) => subgroup.annotations)) expect(annotation.themeIds).toContain(group.key);
    }
    const none = model.groups.find((group) => group.key === 'none')!;
    expect(none.title).toBe('Zonder thema');
    expect(none.subgroups.flatMap((subgroup) => subgroup.annotations).map((annotation) => annotation.id)).toEqual(expect.arrayContaining(['a-orphan', 'a-dropped']));
  });

  it.each([
    ['one document', { kind: 'document', docId: 'DOC' }, (annotation: { docId: string }) => annotation.docId === 'DOC'],
    ['one tag', { kind: 'tag', tag: 'jeugd' }, (annotation: { tags: string[] }) => annotation.tags.includes('jeugd')],
    ['one colour', { kind: 'color', color: 1 }, (annotation: { color: number }) => annotation.color === 1],
  ] as const)('limits the export to %s', (_name, scope, predicate) => {
    const concrete = 'docId' in scope ? { ...scope, docId: second!.id } : scope;
    const model = buildExportModel(fixture.data, { scope: concrete });
    const expected = fixture.annotations.filter((annotation) => annotation.deleted === null && ('docId' in scope ? annotation.docId === second!.id : predicate(annotation as never)));
    expect(model.annotations.map((annotation) => annotation.id).sort()).toEqual(expected.map((annotation) => annotation.id).sort());
    expect(model.annotations.length).toBeGreaterThan(0);
  });

  it('limits a theme export to highlights on passages with that theme, and takes that theme’s notebook page', () => {
    const all = buildExportModel(fixture.data, { scope: { kind: 'all' } });
    const themeId = all.annotations.find((annotation) => annotation.themeIds.length > 0)!.themeIds[0]!;
    const model = buildExportModel(fixture.data, { scope: { kind: 'theme', themeId } });
    expect(model.annotations.length).toBeGreaterThan(0);
    expect(model.annotations.every((annotation) => annotation.themeIds.includes(themeId))).toBe(true);
    expect(model.notebook.every((note) => note.scope.kind === 'theme' && note.scope.themeId === themeId)).toBe(true);
  });

  it('follows the overview filter: the search matches, narrowed by colour', () => {
    const matchingIds = new Set([`a-${first!.id}-0`, `a-${second!.id}-0`, 'a-orphan']);
    const model = buildExportModel({ ...fixture.data, matchingIds }, { scope: { kind: 'filter', query: 'iets', color: 0 } });
    expect(model.annotations.map((annotation) => annotation.id).sort()).toEqual(['a-orphan', `a-${first!.id}-0`]);
    expect(model.scopeLabel).toBe('filter “iets”, kleur belangrijk');
  });

  it('switches notes, tags, highlights and the notebook off on request', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' }, includes: { highlights: true, notes: false, tags: false, notebook: false } });
    expect(model.annotations.length).toBeGreaterThan(0);
    expect(model.annotations.every((annotation) => annotation.note === null && annotation.noteText === '' && annotation.tags.length === 0)).toBe(true);
    expect(model.notebook).toEqual([]);
    const notebookOnly = buildExportModel(fixture.data, { scope: { kind: 'all' }, includes: { highlights: false, notes: true, tags: true, notebook: true } });
    expect(notebookOnly.annotations).toEqual([]);
    expect(notebookOnly.notebook.map((note) => note.id)).toEqual(['n-general', 'n-document', 'n-theme']);
  });

  it('lists each cited document once in the references, and none the corpus no longer has', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
    expect(model.sources.map((source) => source.docId).sort()).toEqual(fixture.documents.map((document) => document.id).sort());
  });

  it('refuses an unknown document or theme with a sentence naming it', () => {
    expect(() => buildExportModel(fixture.data, { scope: { kind: 'document', docId: 'bestaat-niet' } })).toThrow(ExportScopeError);
    expect(() => buildExportModel(fixture.data, { scope: { kind: 'theme', themeId: 'geen-thema' } })).toThrow(/geen thema met id "geen-thema"/);
    expect(buildExportModel(fixture.data, { scope: { kind: 'document', docId: 'verdwenen-pagina' } }).annotations.map((annotation) => annotation.id)).toEqual(['a-dropped']);
  });

  it('writes its own words in English on request', () => {
    const model = buildExportModel(fixture.data, { scope: { kind: 'all' }, language: 'en' });
    expect(model.title).toBe('Reading notes — everything');
    // The starting colour labels are the app's words too; a label the reader renamed stays theirs.
    const labels = new Map(model.annotations.map((annotation) => [annotation.color, annotation.colorLabel]));
    expect(labels.get(0)).toBe('important');
    const renamed = exportFixture({ labels: ['eigen woord', 'vraag', 'definitie', 'voorbeeld', 'kritiek'] });
    const mine = buildExportModel(renamed.data, { scope: { kind: 'all' }, language: 'en' });
    expect(mine.annotations.find((annotation) => annotation.color === 0)?.colorLabel).toBe('eigen woord');
    expect(mine.annotations.find((annotation) => annotation.color === 1)?.colorLabel).toBe('question');
  });
});
