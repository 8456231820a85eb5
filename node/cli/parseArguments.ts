/** Splits command-line words into positionals and `--flag [value]` options, knowing which flags take a value. */

export interface ParsedArguments {
  positionals: string[];
  /** Each flag's last value (or `true` for a flag without one). */
  flags: Map<string, string | true>;
  /** Every value of each value flag, in order, for flags that may repeat (`--question A --question B`). */
  repeated: Map<string, string[]>;
}

/** Thrown for a malformed command line; the message is for the user. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `words`; flags named in `valueFlags` consume the next word (or `--flag=value`). */
export function parseArguments(words: string[], valueFlags: ReadonlySet<string>): ParsedArguments {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word === '--') {
      positionals.push(...words.slice(index + 1));
      break;
    }
    if (!word.startsWith('--')) {
      positionals.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!valueFlags.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} neemt geen waarde.`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? words[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} heeft een waarde nodig.`);
    if (inline === undefined) index += 1;
    flags.set(name, value);
    repeated.set(name, [...(repeated.get(name) ?? []), value]);
  }
  return { positionals, flags, repeated };
}
