/** Why: annotations imported from someone else (a teacher's or classmate's pack) stay apart from the reader's own, as a read-only layer with its origin. */
import { z } from 'zod';

/** A set of annotations imported from someone else. */
export interface Layer {
  id: string;
  /** The name the reader gave it, e.g. "Docent Jansen". */
  name: string;
  /** The file it was imported from (name only). */
  file: string;
  /** ISO timestamp of the (last) import. */
  importedAt: string;
  /** Hidden layers are not shown in the reader. */
  hidden: boolean;
  /** The reading route whose pack brought these annotations, when a pack did. */
  routeId?: string;
}

/** The stored shape of a layer. */
export const layerSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1).max(80),
  file: z.string().max(300),
  importedAt: z.string(),
  hidden: z.boolean(),
  routeId: z.string().min(1).max(200).optional(),
});

/** A layer name as typed: trimmed, 1–80 characters. */
export const layerNameSchema = z.string().trim().min(1).max(80);
