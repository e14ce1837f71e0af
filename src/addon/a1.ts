/** A1-notation helpers: pure, so formula and range text can be tested without Sheets. */

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  if (n < 1) throw new Error(`column ${column} is not a sheet column`);
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A sheet name as a formula reference: bare when Sheets would accept it, otherwise in single quotes
 * with inner quotes doubled ("Coach's log" → 'Coach''s log').
 */
export function sheetReference(name: string): string {
  // Names that look like cell references (A1, R1C1) or start with a digit must be quoted too.
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return bare && !/^R\d*C\d*$/i.test(name) ? name : quotedSheetName(name);
}

/** A sheet name in single quotes, inner quotes doubled ("Coach's log" → 'Coach''s log'). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text as a formula's string literal: inner quotes doubled, so no text can end it early. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Columns first..last from row down to the end of the sheet ("A2:H"): grows with the log. */
export function openRows(firstColumn: number, lastColumn: number, row: number): string {
  return `${columnLetter(firstColumn)}${row}:${columnLetter(lastColumn)}`;
}
