import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrateUserData, migrations } from './migrateUserData.js';
import { upgradeUserData } from '../userData.js';

describe('migrateUserData', () => {
  it('numbers its migrations one after another from version 1', () => {
    migrations.forEach((migration, index) => expect(migration.from).toBe(index + 1));
    expect(latestSchemaVersion).toBe(3);
  });

  it('brings a version 1 file up to date with empty annotations, notebook, layers and default colour labels', () => {
    const v1 = { schemaVersion: 1, readingStates: { a: { docId: 'a', offset: 3, corpusVersion: 'x', updatedAt: 't' } }, extra: 'kept' };
    const migrated = migrateUserData(v1, 1);
    expect(migrated).toEqual({
      ...v1,
      schemaVersion: 3,
      layers: [],
      annotations: [],
      notebook: [],
      colorLabels: ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'],
    });
    expect(v1.schemaVersion).toBe(1);
  });

  it('adds an empty layer list to a version 2 file and keeps its annotations', () => {
    const v2 = { schemaVersion: 2, readingStates: {}, annotations: [{ id: 'a' }], notebook: [], colorLabels: [] };
    expect(migrateUserData(v2, 2)).toEqual({ ...v2, schemaVersion: 3, layers: [] });
  });

  it('treats a file without a schema number as version 1', () => {
    expect(upgradeUserData({ readingStates: {} })).toMatchObject({ fromVersion: 1, data: { schemaVersion: 3, annotations: [], layers: [] } });
  });
});
