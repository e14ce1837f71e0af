/**
 * The one writer for text that came from a coach or a file. Range.setValues reads a string as if
 * the coach had typed it, so "=IMPORTXML(…)" in a name or note would become a live formula
 * (formula injection), and "8/10", "1,5", "12%" or "TRUE" would silently become a date, a number,
 * a percentage or a boolean. Sheets' own way to keep typed text literal is a leading apostrophe:
 * it is not part of the value (getValues returns the text without it), it only marks the cell as
 * text. So those strings get one; all other text is written as is and numbers stay numbers.
 * Marking text that Sheets would have kept anyway costs nothing (it reads back the same), so the
 * tests below err on the side of marking.
 *
 * Every cell the add-on writes with text from a coach or a file goes through literalCell: the log
 * rows an import appends, the Targets table the sidebar saves, the dashboard's athlete and exercise
 * names.
 */
import type { CellValue } from './values';

/** Sheets' cell limit is 50,000 characters; longer text is cut with a visible ellipsis. */
export const MAX_CELL_CHARS = 50_000;

// Formula starters (=, +, - and @ per the OWASP CSV-injection advice), and text Sheets would turn
// into a number, percentage, currency, date, time or boolean in some locale ("1,5" is 1.5 in a
// comma-decimal locale, "(12)" is -12, "1e3" is 1000). A leading apostrophe must be doubled:
// Sheets would swallow it as the text marker otherwise.
const FORMULA_START = /^\s*[=+\-@']/;
const LOOKS_NUMERIC =
  /^\s*\(?\s*[$€£¥]?\s*[\d.,\s\u00a0\u202f]*\d[\d.,\s\u00a0\u202f]*(e[+-]?\d+)?\s*[$€£¥]?\s*%?\s*\)?\s*$/i;
const LOOKS_DATE_OR_TIME = /^\s*\d{1,4}\s*[/.\-:]\s*\d{1,2}(\s*[/.\-:]\s*\d{1,4})?/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// "Jan 2", "2 Jan 2026", "March 5, 2026": Sheets reads these as dates.
const LOOKS_NAMED_DATE = new RegExp(`^\\s*(\\d{1,4}[\\s,./-]*${MONTH}|${MONTH}[\\s,./-]*\\d)`, 'i');
const LOOKS_BOOLEAN = /^\s*(true|false)\s*$/i;

export function needsLiteralMarker(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    LOOKS_NUMERIC.test(text) ||
    LOOKS_DATE_OR_TIME.test(text) ||
    LOOKS_NAMED_DATE.test(text) ||
    LOOKS_BOOLEAN.test(text)
  );
}

/** The string to hand setValues so that the cell shows exactly `text`. */
export function literalText(text: string): string {
  const t = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  return needsLiteralMarker(t) ? `'${t}` : t;
}

/**
 * A cell for setValues that holds what the coach or the file said: text stays literal text
 * (literalText); numbers, booleans and dates the add-on itself decided are handed over as they are.
 */
export function literalCell<T extends CellValue>(value: T): T | string {
  return typeof value === 'string' ? literalText(value) : value;
}

/** What a cell written with literalText reads back as (what Sheets' getValues returns). */
export function readBackText(written: string): string {
  return written.startsWith("'") ? written.slice(1) : written;
}
