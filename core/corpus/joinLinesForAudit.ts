/** Why: removed units are kept for auditing as the page showed them, one trimmed line per line. */

/** The trimmed lines of a unit, joined with newlines. */
export function joinLinesForAudit(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join('\n');
}
