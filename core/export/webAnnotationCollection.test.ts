import { describe, expect, it } from 'vitest';
import { cleanNote } from '../annotations/annotation.js';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { buildExportModel } from './exportModel.js';
import { formatWebAnnotationJson, type WebAnnotation } from './webAnnotationCollection.js';
import { webAnnotationCollectionShape } from './webAnnotationSchema.js';

describe('formatWebAnnotationJson', () => {
  const fixture = exportFixture();
  const model = buildExportModel(fixture.data, { scope: { kind: 'all' } });
  const parsed = JSON.parse(formatWebAnnotationJson(model));

  it('is a W3C AnnotationCollection with every annotation in its first page', () => {
    const checked = webAnnotationCollectionShape.safeParse(parsed);
    expect(checked.error?.issues ?? []).toEqual([]);
    expect(parsed.total).toBe(model.annotations.length);
    expect(parsed.first.items).toHaveLength(model.annotations.length);
    expect(new Set(parsed.first.items.map((item: WebAnnotation) => item.id)).size).toBe(model.annotations.length);
  });

  it('keeps every stored field so the annotation can be restored exactly', () => {
    const live = fixture.annotations.filter((annotation) => annotation.deleted === null);
    for (const original of live) {
      const item: WebAnnotation = parsed.first.items.find((candidate: WebAnnotation) => candidate['werkplaats:id'] === original.id);
      const noteBody = item.body?.find((body) => body.purpose === 'commenting');
      const restored = {
        id: item['werkplaats:id'],
        docId: item.target['werkplaats:docId'],
        corpusVersion: item['werkplaats:corpusVersion'],
        selectors: item.target.selector,
        color: item['werkplaats:color'],
        tags: (item.body ?? []).filter((body) => body.purpose === 'tagging').map((body) => body.value),
        ...cleanNote(noteBody && 'werkplaats:tiptap' in noteBody ? noteBody['werkplaats:tiptap'] : null),
        created: item.created,
        modified: item.modified,
        deleted: null,
      };
      expect(restored).toEqual(original);
    }
  });

  it('carries the note as HTML built from the allowed marks, and marks orphans', () => {
    const rich = parsed.first.items.find((item: WebAnnotation) => item['werkplaats:id'] === `a-${fixture.documents[0]!.id}-0`);
    const html = rich.body.find((body: { purpose: string }) => body.purpose === 'commenting').value;
    expect(html).toContain('<strong>belangrijk</strong>');
    expect(html).toContain('<a href="https://example.org/werkplaats" rel="noopener noreferrer">de site</a>');
    expect(html).toContain('<ul><li><p>eerste punt</p></li>');
    expect(parsed.first.items.find((item: WebAnnotation) => item['werkplaats:id'] === 'a-orphan')['werkplaats:orphan']).toBe(true);
  });

  it('keeps the notebook, the colour labels and the scope in extensions', () => {
    expect(parsed['werkplaats:notebook'].map((note: { id: string }) => note.id)).toEqual(['n-general', 'n-document', 'n-theme']);
    expect(parsed['werkplaats:notebook'][1].content).toEqual(fixture.notebook[1]!.content);
    expect(parsed['werkplaats:colorLabels']).toEqual(['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek']);
    expect(parsed['werkplaats:scope']).toEqual({ kind: 'all' });
    expect(parsed['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('rejects a collection that breaks the model', () => {
    const broken = structuredClone(parsed);
    delete broken.first.items[0].target;
    expect(webAnnotationCollectionShape.safeParse(broken).success).toBe(false);
    const badSelector = structuredClone(parsed);
    badSelector.first.items[0].target.selector = [{ type: 'TextPositionSelector', start: -1, end: 3 }];
    expect(webAnnotationCollectionShape.safeParse(badSelector).success).toBe(false);
  });
});
