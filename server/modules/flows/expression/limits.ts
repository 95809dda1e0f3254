/** Bounds that keep any expression, however hostile, cheap to parse and evaluate. */
export const LIMITS = {
  sourceLength: 1000,
  tokens: 400,
  depth: 32,
  steps: 5000,
  /** Longest text a value may become (concatenation, variables). */
  stringLength: 2000,
  listItems: 100,
};

/** A problem with an expression, for the person who wrote it; `at` is the character position. */
export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(at === undefined ? message : `${message} (at character ${at + 1})`);
  }
}
