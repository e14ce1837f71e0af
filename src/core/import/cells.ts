/**
 * Text written into the sheet stays text. Range.setValues reads a string as if the coach had typed
 * it, so "=HYPERLINK(…)" in a workout note would become a live formula (formula injection), and
 * "8/10" or "TRUE" would silently become a date or a boolean. Sheets' own way to keep typed text
 * literal is a leading apostrophe: it is not part of the value (getValues returns the text without
 * it), it only marks the cell as text. So those strings get one; all other text is written as is
 * and numbers stay numbers.
 */

/** Sheets' cell limit is 50,000 characters; longer text is cut with a visible ellipsis. */
export const MAX_CELL_CHARS = 50_000;

// Formula starters (=, +, - and @ per the OWASP CSV-injection advice), and text Sheets would turn
// into a number, percentage, date, time or boolean. A leading apostrophe must be doubled: Sheets
// would swallow it as the text marker otherwise.
const FORMULA_START = /^[=+\-@']/;
const LOOKS_NUMERIC = /^\s*[$€£¥]?\s*[\d.,]+\s*%?\s*$/;
const LOOKS_DATE_OR_TIME = /^\s*\d{1,4}\s*[/.\-:]\s*\d{1,2}(\s*[/.\-:]\s*\d{1,4})?/;
const LOOKS_BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsLiteralMarker(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    LOOKS_NUMERIC.test(text) ||
    LOOKS_DATE_OR_TIME.test(text) ||
    LOOKS_BOOLEAN.test(text)
  );
}

/** The string to hand setValues so that the cell shows exactly `text`. */
export function literalText(text: string): string {
  const t = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  return needsLiteralMarker(t) ? `'${t}` : t;
}

/** What a cell written with literalText reads back as (what Sheets' getValues returns). */
export function readBackText(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}
