/** Why: an export must be valid W3C Web Annotation JSON-LD, and a file read back must be checked against the same model before it is trusted. */
import { z } from 'zod';

/** An absolute IRI: a scheme, a colon, and no spaces (RFC 3987 in the loose form the model asks for). */
export const iriSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/, 'geen IRI');

/** ISO 8601 date-time with a time zone, as the model's `created`/`modified`/`generated` require (xsd:dateTime). */
export const dateTimeSchema = z.iso.datetime({ offset: true });

const textQuoteSelector = z.looseObject({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string().optional(), suffix: z.string().optional() });
const textPositionSelector = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((selector) => selector.end >= selector.start, { message: 'end vóór start' });

/** The model's motivations (section 3.3.5). */
export const motivations = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] as const;

const textualBody = z.looseObject({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.enum(motivations).optional(),
  format: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/).optional(),
  language: z.string().optional(),
});

/** A W3C `Annotation` (section 3.1), with the text selectors this app uses (4.2.4 and 4.2.5). */
export const webAnnotationShape = z.looseObject({
  id: iriSchema,
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((types) => types.includes('Annotation'))]),
  motivation: z.union([z.enum(motivations), z.array(z.enum(motivations))]).optional(),
  created: dateTimeSchema.optional(),
  modified: dateTimeSchema.optional(),
  body: z.union([textualBody, z.array(textualBody)]).optional(),
  target: z.looseObject({
    source: iriSchema,
    type: z.literal('SpecificResource').optional(),
    selector: z.union([textQuoteSelector, textPositionSelector, z.array(z.union([textQuoteSelector, textPositionSelector])).min(1)]),
  }),
});

/** A W3C `AnnotationCollection` (section 5.1) with its first `AnnotationPage` embedded (5.2). */
export const webAnnotationCollectionShape = z
  .looseObject({
    '@context': z.union([z.literal('http://www.w3.org/ns/anno.jsonld'), z.array(z.unknown()).refine((items) => items[0] === 'http://www.w3.org/ns/anno.jsonld', 'de eerste context moet de W3C-context zijn')]),
    id: iriSchema,
    type: z.union([z.literal('AnnotationCollection'), z.array(z.string()).refine((types) => types.includes('AnnotationCollection'))]),
    label: z.string().optional(),
    total: z.number().int().min(0),
    generated: dateTimeSchema.optional(),
    first: z.looseObject({
      id: iriSchema.optional(),
      type: z.literal('AnnotationPage'),
      startIndex: z.number().int().min(0).optional(),
      items: z.array(webAnnotationShape),
    }),
  })
  .refine((collection) => collection.first.items.length <= collection.total, { message: 'meer annotaties dan total' });
