/** A hash of every file (path and bytes) in a folder, to prove a refused operation changed nothing. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SHA-256 over the sorted relative paths and contents of every file under `folder`. */
export function hashFolder(folder: string): string {
  const hash = createHash('sha256');
  if (!existsSync(folder)) return 'missing';
  const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  for (const file of walk(folder)) hash.update(relative(folder, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
