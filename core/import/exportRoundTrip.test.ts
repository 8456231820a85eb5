import { describe, expect, it } from 'vitest';
import { exportFixture } from '../../tests/support/exportFixtures.js';
import { buildExportModel } from '../export/exportModel.js';
import { formatWebAnnotationJson } from '../export/webAnnotationCollection.js';
import { emptyUserData } from '../storage/userData.js';
import { planAnnotationImport } from './planAnnotationImport.js';

describe('export then import', () => {
  it('gives the same annotations, notes, tags, colours and notebook in an empty folder, and adds nothing the second time', () => {
    const fixture = exportFixture();
    const json = formatWebAnnotationJson(buildExportModel(fixture.data, { scope: { kind: 'all' } }));
    const context = { documents: fixture.data.documents, corpusVersion: fixture.data.corpusVersion, now: new Date('2026-12-02T12:00:00Z'), fileName: 'export.json', newId: () => 'layer' };
    const data = emptyUserData();
    const plan = planAnnotationImport(json, data, context);
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    plan.apply(data);
    const live = fixture.data.annotations.filter((annotation) => annotation.deleted === null);
    const byId = (list: readonly { id: string }[]) => [...list].sort((left, right) => left.id.localeCompare(right.id));
    expect(byId(data.annotations)).toEqual(byId(live));
    expect(byId(data.notebook)).toEqual(byId(fixture.data.notebook.filter((note) => note.deleted === null)));
    const again = planAnnotationImport(json, data, context);
    expect(again.ok && again.apply(data)).toMatchObject({ added: 0, updated: 0, notebookAdded: 0 });
  });
});
