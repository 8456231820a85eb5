/** Why: the annotation overview filters and orders the reader's highlights without touching storage. */
import { z } from 'zod';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import { colorSchema } from './colorLabels.js';
import { storedStartOf } from '../../common/annotations/selectors.js';
import type { Annotation } from './annotation.js';

/** Which annotations to list and in what order. */
export const annotationQuerySchema = z
  .object({
    docId: documentIdSchema.optional(),
    color: colorSchema.optional(),
    tag: z.string().min(1).max(60).optional(),
    /** true: only with a note; false: only without. */
    hasNote: z.boolean().optional(),
    /** `position`: by document, then place in it; `date`: newest first. Default `position`. */
    sort: z.enum(['position', 'date']).optional(),
    /** Soft-deleted annotations are left out unless this is true. */
    includeDeleted: z.boolean().optional(),
  })
  .strict();
export type AnnotationQuery = z.infer<typeof annotationQuerySchema>;

/** The annotations matching `query`, in the order it asks for. Does not change its input. */
export function listAnnotations(annotations: readonly Annotation[], query: AnnotationQuery = {}): Annotation[] {
  const matches = annotations.filter(
    (annotation) =>
      (query.includeDeleted === true || annotation.deleted === null) &&
      (query.docId === undefined || annotation.docId === query.docId) &&
      (query.color === undefined || annotation.color === query.color) &&
      (query.tag === undefined || annotation.tags.includes(query.tag)) &&
      (query.hasNote === undefined || (annotation.note !== null) === query.hasNote),
  );
  if (query.sort === 'date') {
    return matches.sort((a, b) => (a.created === b.created ? a.id.localeCompare(b.id) : a.created < b.created ? 1 : -1));
  }
  return matches.sort((a, b) => a.docId.localeCompare(b.docId) || storedStartOf(a) - storedStartOf(b) || a.id.localeCompare(b.id));
}
