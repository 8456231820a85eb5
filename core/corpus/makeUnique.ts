/** Why: ids derived from text can collide, and the same collisions must always resolve the same way. */

/** Returns `base`, or `base-2`, `base-3`, … — the first not in `taken` — and adds it to `taken`. */
export function makeUnique(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  taken.add(candidate);
  return candidate;
}
