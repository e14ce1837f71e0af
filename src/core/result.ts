/**
 * Parsing never throws on a bad cell: it returns an Invalid with a plain-words reason, so callers
 * can turn it into a "⚠" cell, a problem with a row number, or an Error for single-cell calls.
 */
export interface Invalid {
  readonly invalid: string;
}

export const invalid = (reason: string): Invalid => ({ invalid: reason });

export const isInvalid = (value: unknown): value is Invalid =>
  typeof value === 'object' && value !== null && 'invalid' in value;
