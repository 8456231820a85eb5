/** Why: a dump marks paragraph units with blank lines, so every structural rule starts from those units. */

/** Groups normalized lines into units separated by one or more empty lines; each unit keeps its lines' indentation. */
export function splitUnits(lines: readonly string[]): string[][] {
  const units: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) units.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) units.push(current);
  return units;
}
