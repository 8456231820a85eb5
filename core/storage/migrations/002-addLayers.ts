/** Why: schema 3 keeps imported annotation sets (layers) apart from the reader's own annotations. */
import type { Migration } from './migration.js';

/** v2 → v3: adds an empty `layers` list; annotations without `layerId` stay the reader's own. */
export const addLayers: Migration = {
  from: 2,
  description: 'add imported annotation layers',
  migrate(data) {
    return { ...data, schemaVersion: 3, layers: Array.isArray(data.layers) ? data.layers : [] };
  },
};
