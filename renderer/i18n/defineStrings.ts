/** Declares a feature's strings so the English set must have exactly the Dutch keys. */

/** A feature's strings: the same keys in Dutch and English. */
export interface StringSet<Keys extends string> {
  nl: Record<Keys, string>;
  en: Record<Keys, string>;
}

/**
 * Declares a feature's strings. Put them in `<feature>/<name>Strings.ts` and add their keys to `FeatureMessageKeys`
 * (see `noteStrings.ts`); the dictionary finds the file by its name.
 */
export function defineStrings<Keys extends string>(nl: Record<Keys, string>, en: Record<Keys, string>): StringSet<Keys> {
  return { nl, en };
}

/** Whether a module export is a string set made by `defineStrings`. */
export function isStringSet(value: unknown): value is StringSet<string> {
  return typeof value === 'object' && value !== null && 'nl' in value && 'en' in value;
}
