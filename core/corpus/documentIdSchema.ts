/** Why: every API input that names a document validates the id the same way. */
import { z } from 'zod';

/** A document id as API inputs carry it (see `deriveDocumentId`). */
export const documentIdSchema = z.string().min(1).max(200);
