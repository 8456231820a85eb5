/** Why: schema 2 adds the reader's annotations, notebook and colour labels next to the reading positions of schema 1. */
import { defaultColorLabels } from '../../annotations/colorLabels.js';
import type { Migration } from './migration.js';

/** v1 → v2: adds empty `annotations` and `notebook` and the default `colorLabels`. */
export const addAnnotations: Migration = {
  from: 1,
  description: 'add annotations, notebook and colour labels',
  migrate(data) {
    return {
      ...data,
      schemaVersion: 2,
      annotations: Array.isArray(data.annotations) ? data.annotations : [],
      notebook: Array.isArray(data.notebook) ? data.notebook : [],
      colorLabels: data.colorLabels ?? defaultColorLabels(),
    };
  },
};
