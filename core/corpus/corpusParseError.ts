/** Why: callers must be able to tell a rejected page apart from a bug, and show people a sentence they can act on. */

/** Thrown for input the pipeline cannot treat as a page at all (not for odd text: any string parses). */
export class CorpusParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusParseError';
  }
}
