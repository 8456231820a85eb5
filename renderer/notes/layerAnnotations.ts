/** Why: the reader draws, lists and opens someone else's imported layer apart from the reader's own annotations, so it must tell them apart. */
import type { Annotation } from '../../core/annotations/annotation.js';

/** The imported layer an annotation belongs to, or undefined for the reader's own (the app sends `layerId` with a layer's annotations). */
export function layerIdOf(annotation: Annotation): string | undefined {
  return (annotation as Annotation & { layerId?: string }).layerId;
}

/** `annotations` split into the reader's own and those of imported layers, each in the order given. */
export function splitByOwner<T extends Annotation>(annotations: readonly T[]): { own: T[]; layered: T[] } {
  const own: T[] = [];
  const layered: T[] = [];
  for (const annotation of annotations) (layerIdOf(annotation) === undefined ? own : layered).push(annotation);
  return { own, layered };
}
