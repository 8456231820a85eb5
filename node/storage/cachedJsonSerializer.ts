/**
 * Serializes the user's data without re-stringifying thousands of unchanged annotations on every write:
 * elements of top-level arrays are cached by identity and frozen, so a change must replace an element
 * (as the annotation service does) and an in-place mutation fails loudly instead of writing stale data.
 */

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/** Returns a function that gives the same text as `JSON.stringify(data)` for a plain JSON object. */
export function createCachedJsonSerializer(): (data: unknown) => string {
  const cache = new WeakMap<object, string>();

  function element(value: unknown): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
    let text = cache.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      deepFreeze(value);
      cache.set(value, text);
    }
    return text;
  }

  return (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return JSON.stringify(data);
    const members: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      const text = Array.isArray(value) ? `[${value.map(element).join(',')}]` : JSON.stringify(value);
      members.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${members.join(',')}}`;
  };
}
