/** Why: annotations point into a document through W3C Web Annotation selectors, which must survive storage and transport unchanged. */
import { z } from 'zod';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../../common/annotations/selectors.js';

/** How many UTF-16 code units of context a quote selector keeps on each side. */
export const quoteContextLength = 32;

/** The longest quote an annotation may hold, in UTF-16 code units. */
export const maxQuoteLength = 20_000;

/** A quote with the text just before and after it (W3C `TextQuoteSelector`). */
export const textQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).max(maxQuoteLength),
    prefix: z.string().max(quoteContextLength * 4),
    suffix: z.string().max(quoteContextLength * 4),
  })
  .strict() satisfies z.ZodType<TextQuoteSelector>;

/** A half-open range `[start, end)` of UTF-16 offsets into the canonical text (W3C `TextPositionSelector`). */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((selector) => selector.end > selector.start, { message: 'end moet na start liggen' }) satisfies z.ZodType<TextPositionSelector>;

/** Either selector. */
export const selectorSchema = z.union([textQuoteSelectorSchema, textPositionSelectorSchema]) satisfies z.ZodType<Selector>;

/** The selectors of one annotation: at most one of each kind, at least one in all. */
export const selectorsSchema = z
  .array(selectorSchema)
  .min(1)
  .max(2)
  .refine((selectors) => new Set(selectors.map((selector) => selector.type)).size === selectors.length, {
    message: 'elk soort selector mag maar één keer voorkomen',
  });
