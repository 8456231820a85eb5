/**
 * Why: imports accept W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/) from this app or from other
 * tools such as Hypothesis, and every field is checked strictly so nothing unknown slips into the user's data.
 */
import { z } from 'zod';
import { maxQuoteLength } from '../annotations/anchoring/selectorSchema.js';

const shortText = z.string().max(2000);
const isoTime = z
  .string()
  .max(64)
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'invalid-date' });
const contextTerm = z.union([z.string().max(500), z.record(z.string().max(200), z.string().max(500))]);
const context = z.union([z.string().max(500), z.array(z.union([z.string().max(500), z.record(z.string().max(200), contextTerm)])).max(20)]);
/** A person or program: an IRI or a small object of strings (Hypothesis writes `acct:` names). */
const agent = z.union([shortText, z.record(z.string().max(100), z.union([shortText, z.array(shortText).max(10)]))]);
const oneOrMany = <T extends z.ZodType>(schema: T, max: number) => z.union([schema, z.array(schema).max(max)]);

/** W3C TextQuoteSelector; prefix and suffix are trimmed to the app's context length on import. */
export const importQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(maxQuoteLength),
  prefix: z.string().max(100_000).optional(),
  suffix: z.string().max(100_000).optional(),
});

/** W3C TextPositionSelector. */
export const importPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0).max(100_000_000),
  end: z.number().int().min(0).max(100_000_000),
});

/** Selectors other tools add for their own pages (Hypothesis: RangeSelector with XPaths); accepted and not used. */
const foreignSelectorSchema = z.union([
  z.strictObject({
    type: z.literal('RangeSelector'),
    startContainer: shortText,
    startOffset: z.number().int().min(0),
    endContainer: shortText,
    endOffset: z.number().int().min(0),
  }),
  z.strictObject({ type: z.enum(['FragmentSelector', 'CssSelector', 'XPathSelector']), value: shortText, conformsTo: shortText.optional() }),
]);

const selectorSchema = z.union([importQuoteSelectorSchema, importPositionSelectorSchema, foreignSelectorSchema]);

/** What an annotation points at: a document and where in it (with this app's document id and title when it wrote it). */
export const importTargetSchema = z.strictObject({
  id: shortText.optional(),
  type: z.string().max(100).optional(),
  source: z.string().min(1).max(2000),
  selector: oneOrMany(selectorSchema, 10).optional(),
  'werkplaats:docId': z.string().min(1).max(200).optional(),
  'werkplaats:documentTitle': shortText.optional(),
  'werkplaats:sourceFile': shortText.nullable().optional(),
});

/** A note, a tag or a colour meaning, as W3C TextualBody. */
export const importBodySchema = z.strictObject({
  id: shortText.optional(),
  type: z.literal('TextualBody'),
  value: z.string().max(1_000_000),
  format: z.string().max(100).optional(),
  language: z.string().max(35).optional(),
  purpose: z.string().max(100).optional(),
  creator: agent.optional(),
  created: isoTime.optional(),
  modified: isoTime.optional(),
  /** This app's note exactly as stored (tiptap JSON); sanitized like a typed note before it is kept. */
  'werkplaats:tiptap': z.looseObject({ type: z.literal('doc') }).optional(),
});

/** A notebook page as the export writes it. */
export const notebookEntrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  scope: z.union([
    z.strictObject({ kind: z.literal('general') }),
    z.strictObject({ kind: z.literal('document'), docId: z.string().min(1).max(200) }),
    z.strictObject({ kind: z.literal('theme'), themeId: z.string().min(1).max(200) }),
  ]),
  content: z.looseObject({ type: z.literal('doc') }),
  text: z.string().max(1_000_000),
  created: isoTime,
  modified: isoTime,
});

/** One W3C annotation. */
export const importAnnotationSchema = z.strictObject({
  '@context': context.optional(),
  id: z.string().min(1).max(2000),
  type: z.literal('Annotation'),
  motivation: oneOrMany(z.string().max(100), 10).optional(),
  created: isoTime.optional(),
  modified: isoTime.optional(),
  generated: isoTime.optional(),
  creator: agent.optional(),
  generator: agent.optional(),
  body: oneOrMany(importBodySchema, 200).optional(),
  bodyValue: z.string().max(1_000_000).optional(),
  target: oneOrMany(z.union([z.string().min(1).max(2000), importTargetSchema]), 10),
  // This app's extensions (see core/export/webAnnotationCollection.ts); other tools leave them out.
  'werkplaats:id': z.string().min(1).max(100).optional(),
  'werkplaats:color': z.number().int().min(0).max(4).optional(),
  'werkplaats:colorLabel': z.string().max(100).optional(),
  'werkplaats:corpusVersion': z.string().max(200).optional(),
  'werkplaats:orphan': z.boolean().optional(),
  'werkplaats:section': z.strictObject({ id: z.string().max(200), heading: z.string().max(2000).nullable() }).nullable().optional(),
  'werkplaats:deleted': isoTime.nullable().optional(),
});

const annotationsArray = z.array(importAnnotationSchema).max(200_000);

/** A page of annotations. */
export const importPageSchema = z.strictObject({
  '@context': context.optional(),
  id: shortText.optional(),
  type: z.literal('AnnotationPage'),
  partOf: z.union([shortText, z.record(z.string(), z.unknown())]).optional(),
  startIndex: z.number().int().min(0).optional(),
  next: shortText.optional(),
  items: annotationsArray,
});

/** A whole collection whose first page holds the annotations (a collection split over several files is refused). */
export const importCollectionSchema = z.strictObject({
  '@context': context.optional(),
  id: shortText.optional(),
  type: z.literal('AnnotationCollection'),
  label: shortText.optional(),
  total: z.number().int().min(0).optional(),
  created: isoTime.optional(),
  modified: isoTime.optional(),
  creator: agent.optional(),
  generator: agent.optional(),
  generated: isoTime.optional(),
  first: importPageSchema,
  last: shortText.optional(),
  'werkplaats:format': z.number().int().min(1).max(1).optional(),
  'werkplaats:corpusVersion': z.string().max(200).optional(),
  'werkplaats:scope': z.record(z.string().max(50), z.union([z.string().max(200), z.number()])).optional(),
  'werkplaats:colorLabels': z.array(z.string().max(100)).max(5).optional(),
  'werkplaats:notebook': z.array(notebookEntrySchema).max(100_000).optional(),
});

export type ImportAnnotation = z.infer<typeof importAnnotationSchema>;
export type ImportTarget = z.infer<typeof importTargetSchema>;
export type ImportBody = z.infer<typeof importBodySchema>;
export type ImportNotebookEntry = z.infer<typeof notebookEntrySchema>;

/** The annotations in any accepted top-level form: a collection, a page, an array or one annotation. */
export const importFileSchema = z.union([importCollectionSchema, importPageSchema, annotationsArray, importAnnotationSchema]);
export type ImportFile = z.infer<typeof importFileSchema>;
