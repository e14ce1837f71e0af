/**
 * Loads a CSV log into a sheet the way File › Import does in Google Sheets: numeric text becomes
 * numbers, date text (ISO, or "Aug 17, 2026") becomes date cells (midnight in the spreadsheet's time
 * zone, shown as written), everything else stays text; the header row is frozen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { serialFromParts, serialToMs } from '../emulator/time';

export const SAMPLE_LOG = path.resolve(__dirname, '..', '..', 'examples', 'runners-log.csv');

export type ImportedCell = number | string | boolean | Date;

export interface ImportedTable {
  readonly rows: ImportedCell[][];
  /** Number format per cell (same shape as rows); "" keeps the sheet's default. */
  readonly formats: string[][];
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** "Aug 17, 2026": the other date text Sheets reads in an English locale. */
const MONTH_DAY_YEAR = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const validDay = (y: number, m: number, d: number): boolean => {
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
};

/** One CSV field as Sheets would type it on import. */
export function importCell(
  text: string,
  timeZone: string,
): { value: ImportedCell; format: string } {
  const trimmed = text.trim();
  if (NUMBER_TEXT.test(trimmed)) return { value: Number(trimmed), format: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed), format: '' };
  const iso = ISO_TEXT.exec(trimmed);
  if (iso) {
    const [y, m, d, hh, mm, ss] = iso.slice(1).map((p) => (p === undefined ? 0 : Number(p)));
    if (validDay(y!, m!, d!)) {
      const withTime = iso[4] !== undefined;
      return {
        value: new Date(serialToMs(serialFromParts(y!, m!, d!, hh, mm, ss), timeZone)),
        format: withTime ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd',
      };
    }
  }
  const named = MONTH_DAY_YEAR.exec(trimmed);
  if (named) {
    const m = MONTHS.indexOf(named[1]!.toLowerCase()) + 1;
    const [d, y] = [Number(named[2]), Number(named[3])];
    if (m > 0 && validDay(y, m, d)) {
      return {
        value: new Date(serialToMs(serialFromParts(y, m, d), timeZone)),
        format: 'mmm d, yyyy',
      };
    }
  }
  return { value: text, format: '' };
}

/**
 * Parses CSV text (papaparse) into typed, rectangular rows. Blank lines stay as blank rows, as
 * they do when Sheets imports a file, so row N of the sheet is line N of the file (the CLI's
 * numbering) whenever no cell spans lines; only blank lines at the very end are dropped.
 */
export function importCsv(csv: string, timeZone: string): ImportedTable {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: false });
  while (parsed.data.length > 0 && (parsed.data.at(-1) ?? []).every((f) => f.trim() === '')) {
    parsed.data.pop();
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Error(`The CSV could not be read: ${fatal.message} (row ${fatal.row}).`);
  const width = Math.max(0, ...parsed.data.map((r) => r.length));
  const rows: ImportedCell[][] = [];
  const formats: string[][] = [];
  for (const [index, line] of parsed.data.entries()) {
    const row: ImportedCell[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < width; c++) {
      const text = line[c] ?? '';
      // The header row stays text, whatever it looks like.
      const cell = index === 0 ? { value: text, format: '' } : importCell(text, timeZone);
      row.push(cell.value);
      rowFormats.push(cell.format);
    }
    rows.push(row);
    formats.push(rowFormats);
  }
  return { rows, formats };
}

/** Writes an imported table into a sheet (renamed), at A1, with its header row frozen. */
export function writeLog(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: ImportedTable,
  name = 'Log',
): void {
  sheet.setName(name);
  const first = table.rows[0];
  if (!first || first.length === 0) return;
  // A new sheet has 1,000 rows and 26 columns; a coach's log may need more.
  const rows = sheet.getMaxRows();
  if (table.rows.length > rows) sheet.insertRowsAfter(rows, table.rows.length - rows);
  const columns = sheet.getMaxColumns();
  if (first.length > columns) sheet.insertColumnsAfter(columns, first.length - columns);
  const range = sheet.getRange(1, 1, table.rows.length, first.length);
  // Formats first, so the date cells keep the text's look instead of the default M/d/yyyy.
  if (table.formats.some((r) => r.some((f) => f !== ''))) {
    range.setNumberFormats(table.formats.map((r) => r.map((f) => (f === '' ? 'General' : f))));
  }
  range.setValues(table.rows);
  sheet.getRange(1, 1, 1, first.length).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

export function readCsvFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'unreadable';
    throw new Error(`The log file ${file} is ${reason}.`);
  }
}
