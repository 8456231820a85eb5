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

const encode = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const comma = encode(',');

/**
 * Returns a function that gives the UTF-8 bytes of `JSON.stringify(data)` for a plain JSON object, as chunks
 * for a gathered write: building one multi-megabyte string cost more than writing and syncing the file.
 */
export function createCachedJsonSerializer(): (data: unknown) => Uint8Array[] {
  const cache = new WeakMap<object, Uint8Array>();

  function element(value: unknown): Uint8Array {
    if (typeof value !== 'object' || value === null) return encode(JSON.stringify(value) ?? 'null');
    let bytes = cache.get(value);
    if (bytes === undefined) {
      bytes = encode(JSON.stringify(value));
      deepFreeze(value);
      cache.set(value, bytes);
    }
    return bytes;
  }

  return (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return [encode(JSON.stringify(data))];
    const chunks: Uint8Array[] = [];
    let first = true;
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
      const prefix = `${first ? '{' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (!Array.isArray(value)) {
        chunks.push(encode(prefix + JSON.stringify(value)));
        continue;
      }
      chunks.push(encode(`${prefix}[`));
      value.forEach((item, position) => {
        if (position > 0) chunks.push(comma);
        chunks.push(element(item));
      });
      chunks.push(encode(']'));
    }
    chunks.push(encode(first ? '{}' : '}'));
    return chunks;
  };
}
