/** Why: an API method is one value, its input schema and its handler, so its home is one entry in its domain's methods file. */
import type { z } from 'zod';
import type { Services } from './createServices.js';

/** One API method: what it accepts and what it does; its output type is the handler's. */
export interface ApiMethod<Schema extends z.ZodType = z.ZodType, Output = unknown> {
  /** Validates the input at the boundary; `dispatch` refuses anything else. */
  input: Schema;
  /** Runs the call with validated input. */
  run(input: z.output<Schema>, services: Services): Promise<Output>;
}

/** Declares a method; the handler's input type comes from the schema and its output type from the handler. */
export function defineMethod<Schema extends z.ZodType, Output>(input: Schema, run: (input: z.output<Schema>, services: Services) => Promise<Output>): ApiMethod<Schema, Output> {
  return { input, run };
}
