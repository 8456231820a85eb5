/** Why: the server validates highlight colours and the renderer draws a swatch per colour, from one count; both name them alike. */

/** Number of highlight colours. */
export const colorCount = 5;

/** The highlight colours, by index. */
export const colorIndexes = [0, 1, 2, 3, 4] as const satisfies readonly number[] & { length: typeof colorCount };

/** The five colours' starting labels per language; a new reader's data holds the Dutch ones. */
export const startingColorLabels = {
  nl: ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'],
  en: ['important', 'question', 'definition', 'example', 'criticism'],
} as const;

/** A colour's label as shown in `language`: still the Dutch starting label, it is translated; renamed, it is the reader's own. */
export function colorLabelIn(label: string, color: number, language: keyof typeof startingColorLabels): string {
  return label === startingColorLabels.nl[color] ? (startingColorLabels[language][color] ?? label) : label;
}
