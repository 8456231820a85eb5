/** Why: the server validates highlight colours and the renderer draws a swatch per colour, from one count. */

/** Number of highlight colours. */
export const colorCount = 5;

/** The highlight colours, by index. */
export const colorIndexes = [0, 1, 2, 3, 4] as const satisfies readonly number[] & { length: typeof colorCount };
