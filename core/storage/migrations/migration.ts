/** Why: each schema change is a small numbered step, so a file of any older version can be brought up to date one step at a time. */

/** One step from schema version `from` to `from + 1`. */
export interface Migration {
  from: number;
  /** Short English description, for logs and notices. */
  description: string;
  /** Returns the data in the next version's shape; must keep fields it does not know. */
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}
