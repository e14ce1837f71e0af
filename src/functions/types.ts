/** What a custom function's implementation is told about the spreadsheet it runs in. */
export interface FunctionContext {
  /** The spreadsheet's IANA time zone: sessions group by calendar day in it. */
  readonly timeZone: string;
}

export interface FunctionParameter {
  /** The real parameter name Sheets shows in autocomplete (snake_case, as in DESIGN.md). */
  readonly name: string;
  readonly description: string;
  /** JSDoc type shown in the generated wrapper, e.g. "number|string|Array<Array<*>>". */
  readonly type: string;
  readonly optional: boolean;
  /** A value or range a coach would pass, for the docs ("B2:B", "5", "\"brzycki\""). */
  readonly example: string;
}

export interface CustomFunction {
  /** The name coaches type, e.g. E1RM. */
  readonly name: string;
  /** One sentence: what it returns. */
  readonly summary: string;
  /** JSDoc return type. */
  readonly returns: string;
  /** A full example formula, e.g. "=E1RM(D2:D, E2:E)". */
  readonly example: string;
  readonly parameters: readonly FunctionParameter[];
  /** Receives the arguments exactly as Sheets passes them (values or 2D arrays). */
  readonly implementation: (context: FunctionContext, ...args: unknown[]) => unknown;
}
