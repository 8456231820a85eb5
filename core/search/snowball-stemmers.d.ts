// Why: snowball-stemmers ships no type declarations, and the core typechecks without @types.

declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** Creates a stemmer for a language name such as "dutch". */
  export function newStemmer(language: string): SnowballStemmer;
  /** The language names `newStemmer` accepts. */
  export function algorithms(): string[];
}
