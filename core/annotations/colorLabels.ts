/** Why: the five highlight colours mean what the reader says they mean, so their Dutch labels are user data. */
import { z } from 'zod';
import { colorCount, startingColorLabels } from '../../common/annotations/colors.js';

/** A highlight colour, by index 0–4. */
export const colorSchema = z.number().int().min(0).max(colorCount - 1);
export type Color = z.infer<typeof colorSchema>;

/** One label, as the reader names a colour. */
export const colorLabelSchema = z.string().trim().min(1).max(40);

/** The labels of the five colours, in colour order. */
export const colorLabelsSchema = z.tuple([colorLabelSchema, colorLabelSchema, colorLabelSchema, colorLabelSchema, colorLabelSchema]);
export type ColorLabels = z.infer<typeof colorLabelsSchema>;

/** The labels a new user starts with. */
export function defaultColorLabels(): ColorLabels {
  return [...startingColorLabels.nl];
}

/** A copy of `labels` with colour `color` renamed to `label` (trimmed). */
export function renameColorLabel(labels: ColorLabels, color: Color, label: string): ColorLabels {
  const renamed = [...labels] as ColorLabels;
  renamed[color] = colorLabelSchema.parse(label);
  return renamed;
}
