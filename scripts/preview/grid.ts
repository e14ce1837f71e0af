/**
 * A sheet as the preview page draws it: display text, effective background (conditional formatting
 * applied), font colour and weight, alignment by value type, and what the cell editor starts with.
 * Only rows with something to show are rendered (the add-on's status formula spills blanks to the
 * sheet's last row), and a window of them at a time: the page asks for the rows around where the
 * coach has scrolled (and the frozen header rows), so a 20,000-row log scrolls like a short one.
 */
import { columnLetters } from '../emulator/a1';
import type { Emulator } from '../emulator/emulator';
import { cellKey } from '../emulator/model';
import { type ChartJson, sheetCharts } from './charts';

/** The most rows one answer holds: the page's window onto a longer sheet. */
export const ROW_CAP = 1000;

export interface GridCell {
  /** Display text, as Sheets shows it. */
  readonly t: string;
  /** Background after conditional formatting, when not white. */
  readonly bg?: string;
  /** Font colour when not black. */
  readonly fg?: string;
  readonly bold?: true;
  /** Alignment Sheets gives the value's type: numbers and dates right, booleans centred. */
  readonly align?: 'right' | 'center';
  /** What the editor starts with when it differs from the display text (a formula, a raw number). */
  readonly input?: string;
  /** The message Sheets shows on hover over an error cell. */
  readonly error?: string;
  /** A checkbox cell (checkbox validation holding TRUE or FALSE): Sheets draws a box, not the word. */
  readonly check?: boolean;
}

export interface GridJson {
  readonly sheet: string;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Rows holding something (value, formula result or colour), before the cap. */
  readonly contentRows: number;
  readonly contentColumns: number;
  /** Column widths in pixels, one per rendered column. */
  readonly widths: number[];
  /** The sheet row of rows[0] (1 unless the page asked for a window further down). */
  readonly firstRow: number;
  readonly rows: GridCell[][];
  /** The frozen header rows, when the window starts below them (else they are in rows). */
  readonly head: GridCell[][];
  /** Set when rows were left out, in plain words. */
  readonly note: string | null;
  /** The sheet's embedded charts with their data, floated over the grid by the page. */
  readonly charts: ChartJson[];
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

const isDateValue = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]';

/** The last row with a value or formula result: the emulator's bounds count spilled blanks. */
function lastFilledRow(
  emulator: Emulator,
  sheet: string,
  lastRow: number,
  columns: number,
): number {
  for (let row = lastRow; row >= 1; row--) {
    for (let column = 1; column <= columns; column++) {
      const v = emulator.get(`${quoteSheet(sheet)}!${columnLetters(column)}${row}`);
      if (v !== '' && v !== null && v !== undefined) return row;
    }
  }
  return 0;
}

export function sheetGrid(
  emulator: Emulator,
  sheetName: string,
  cap = ROW_CAP,
  first = 1,
): GridJson {
  const model = emulator.workbook.sheets.find((s) => s.name === sheetName);
  if (!model) throw new Error(`There is no sheet named "${sheetName}".`);
  const quoted = quoteSheet(sheetName);
  // One rendered row gives the content width (spills included) without counting service calls.
  const probe = emulator.render(sheetName, { firstRow: 1, numRows: 1 });
  const lastColumn = Math.max(probe.rows[0]?.length ?? 0, 1);
  const contentRows = lastFilledRow(emulator, sheetName, model.maxRows, lastColumn);
  const lastRow = Math.max(contentRows, model.frozenRows, 1);
  // The window: `cap` rows from `first`, moved up so it never runs past the content's end.
  const from = Math.max(1, Math.min(Math.floor(first) || 1, lastRow - cap + 1));
  const numRows = Math.max(1, Math.min(cap, lastRow - from + 1));
  const cells = (firstRow: number, count: number): GridCell[][] =>
    emulator
      .render(sheetName, { firstRow, numRows: count, numColumns: lastColumn })
      .rows.map((line, i) =>
        line.map((cell, c): GridCell => {
          const r = firstRow - 1 + i;
          const value = emulator.get(`${quoted}!${columnLetters(c + 1)}${r + 1}`);
          const out: { -readonly [K in keyof GridCell]: GridCell[K] } = { t: cell.display };
          if (cell.background.toLowerCase() !== '#ffffff') out.bg = cell.background;
          if (cell.fontColor.toLowerCase() !== '#000000') out.fg = cell.fontColor;
          if (cell.bold) out.bold = true;
          if (typeof value === 'number' || isDateValue(value)) out.align = 'right';
          else if (typeof value === 'boolean') out.align = 'center';
          if (cell.formula !== '') out.input = cell.formula;
          else if (typeof value === 'number' && String(value) !== cell.display) {
            out.input = String(value);
          }
          if (cell.error) out.error = cell.error;
          if (
            typeof value === 'boolean' &&
            model.validations.get(cellKey(r, c))?.kind === 'CHECKBOX'
          ) {
            out.check = value;
          }
          return out;
        }),
      );
  const rows = cells(from, numRows);
  const head =
    from > 1 && model.frozenRows > 0 ? cells(1, Math.min(model.frozenRows, from - 1)) : [];
  const widths = Array.from({ length: lastColumn }, (_, c) => model.columnWidths.get(c + 1) ?? 100);
  return {
    sheet: sheetName,
    frozenRows: model.frozenRows,
    frozenColumns: model.frozenColumns,
    maxRows: model.maxRows,
    maxColumns: model.maxColumns,
    contentRows,
    contentColumns: lastColumn,
    widths,
    firstRow: from,
    rows,
    head,
    // Every row is reachable by scrolling: the page fetches the next window as it gets close.
    note: null,
    charts: sheetCharts(emulator, sheetName),
  };
}
