/** Declares a feature's strings so the English set must have exactly the Dutch keys. */
export function defineStrings<Keys extends string>(nl: Record<Keys, string>, en: Record<Keys, string>): { nl: Record<Keys, string>; en: Record<Keys, string> } {
  return { nl, en };
}
