/**
 * A1 notation as Sheets reads it: "B2", "A2:H10", open-ended "A2:H" (to the sheet's last row),
 * whole columns "C:C", whole rows "3:5", with an optional sheet prefix ("Log!A1:B", "'My log'!A:A").
 * Rows and columns are 1-based, as in Apps Script.
 */

export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ParsedA1 {
  /** The sheet named before "!", unquoted; null when the notation has none. */
  readonly sheetName: string | null;
  /** The range part after any sheet prefix, e.g. "A2:H". */
  readonly ref: string;
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "Log!A1:B" into sheet and ref; quoted names may hold "!" and doubled quotes. */
export function splitSheet(notation: string): ParsedA1 {
  const text = notation.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheetName: quoted[1]!.replace(/''/g, "'"), ref: quoted[2]!.trim() };
  const bang = text.lastIndexOf('!');
  if (bang >= 0) return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1).trim() };
  return { sheetName: null, ref: text };
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Corner {
  readonly column: number | null;
  readonly row: number | null;
}

function corner(text: string): Corner | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { column: m[1] ? columnNumber(m[1]) : null, row };
}

/**
 * The grid a ref covers on a sheet with the given size. Throws Sheets' own message for text that is
 * not a range.
 */
export function parseRef(ref: string, maxRows: number, maxColumns: number): GridRange {
  const fail = (): never => {
    throw new Error('Range not found');
  };
  const [a, b, extra] = ref.split(':');
  if (a === undefined || extra !== undefined) return fail();
  const start = corner(a) ?? fail();
  const end = b === undefined ? start : (corner(b) ?? fail());
  if (b === undefined && (start.row === null || start.column === null)) return fail();
  // Whole rows ("3:5") have no columns; whole or open-ended columns ("C:C", "A2:H") no end row.
  const c1 = start.column ?? 1;
  const c2 = end.column ?? (start.column === null ? maxColumns : fail());
  const r1 = start.row ?? 1;
  const r2 = end.row ?? maxRows;
  if (start.column === null && end.column !== null) return fail();
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    row,
    column,
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function a1Notation(range: GridRange): string {
  const start = `${columnLetters(range.column)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
}

/** How a sheet name appears in a formula reference. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
