/** Measures how deeply a JSON text nests without parsing it, so a hostile body cannot overflow the stack in parsing or validation. */

/**
 * True when `text` opens more than `maximum` arrays or objects inside each other. Brackets inside
 * strings (escapes included) do not count. Runs in one pass and never recurses.
 */
export function exceedsJsonDepth(text: string, maximum: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maximum) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
