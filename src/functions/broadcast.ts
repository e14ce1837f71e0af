/**
 * One broadcasting rule for every custom function, so that one formula serves a whole column.
 *
 * - A scalar, or a 1×1 range, is one value; a call whose arguments are all like that is a
 *   single-cell call: it returns one value, and invalid input throws an Error (Sheets shows #ERROR!
 *   with the message).
 * - Otherwise the result is a 2D array of the broadcast shape: the most rows and the most columns of
 *   any range. A range with one row (or one column) stretches along that dimension like a scalar
 *   (as in NumPy), so `=STRENGTH_RATIO(D2:D, B1:D1)` gives a table; other ranges of a different size
 *   are padded with blank cells (ragged rows too). An invalid cell gives "⚠ what is wrong".
 * - A cell whose required inputs include a blank gives "" (blank in, blank out), decided before any
 *   parsing so whole-column ranges with thousands of empty rows stay cheap.
 * - No output cell is ever NaN, ±Infinity, null or undefined.
 */
import { type Invalid, invalid, isInvalid } from '../core/result';
import { isBlank } from '../core/values';

/** What a cell of a custom function's result may hold. */
export type Output = string | number | boolean;

export const WARNING = '⚠';

/** An argument as a grid, or a single value. */
interface Shaped {
  /** null for a single value (a scalar or a 1×1 range). */
  readonly grid: readonly (readonly unknown[])[] | null;
  readonly value: unknown;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Sheets sends 2D arrays; anything else array-like is read generously: an element of the outer
 * array that is not itself an array is a one-cell row.
 */
export function toGrid(arg: readonly unknown[]): unknown[][] {
  return arg.map((row) => (Array.isArray(row) ? row : [row]));
}

function shape(arg: unknown): Shaped {
  if (!Array.isArray(arg)) return { grid: null, value: arg, rows: 1, cols: 1 };
  const grid = toGrid(arg);
  let cols = 0;
  for (const row of grid) if (row.length > cols) cols = row.length;
  if (grid.length === 0 || cols === 0) return { grid: null, value: '', rows: 1, cols: 1 };
  if (grid.length === 1 && cols === 1) return { grid: null, value: grid[0]?.[0], rows: 1, cols: 1 };
  return { grid, value: undefined, rows: grid.length, cols };
}

function cellAt(arg: Shaped, r: number, c: number): unknown {
  if (arg.grid === null) return arg.value;
  const row = arg.grid[arg.rows === 1 ? 0 : r];
  return row?.[arg.cols === 1 ? 0 : c];
}

/**
 * What the core parsers can read: Dates from another realm (a test harness, another script
 * context) become local Dates; a list or object inside a cell is invalid.
 */
export function normalizeCell(cell: unknown): unknown {
  if (typeof cell !== 'object' || cell === null || cell instanceof Date) return cell;
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    return new Date((cell as Date).getTime());
  }
  return invalid(Array.isArray(cell) ? 'a cell holds a list of values' : 'a cell holds an object');
}

/** A message fit for a cell or an Error, from anything a computation may have thrown. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (isInvalid(error)) return error.invalid;
  return String(error);
}

/** Turns a computed cell into a safe output, or an Invalid saying why it cannot be shown. */
export function safeOutput(value: unknown): Output | Invalid {
  if (isInvalid(value)) return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return invalid('the result is not a number');
    if (!Number.isFinite(value)) return invalid('the result is too large to show');
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return invalid('the result cannot be shown in a cell');
}

export interface Elementwise {
  /**
   * How many leading arguments are required: a cell where any of them is blank gives "".
   * The rest are optional (blank means the default).
   */
  readonly required: number;
  /** Computes one output cell from one cell of each argument (already normalised). */
  readonly cell: (cells: readonly unknown[]) => unknown;
}

function computeCell(cells: unknown[], spec: Elementwise): Output | Invalid {
  for (let i = 0; i < spec.required; i++) if (isBlank(cells[i])) return '';
  for (let i = 0; i < cells.length; i++) {
    const cell = normalizeCell(cells[i]);
    if (isInvalid(cell)) return cell;
    cells[i] = cell;
  }
  try {
    return safeOutput(spec.cell(cells));
  } catch (error) {
    return invalid(reasonOf(error));
  }
}

/** The broadcast shape of some arguments, and each argument's cell at a place in it. */
export interface Layout {
  /** Every argument is one value: a single-cell call. */
  readonly single: boolean;
  readonly rows: number;
  readonly cols: number;
  /** Fills `into` with each argument's raw cell at (r, c). */
  readonly cellsAt: (r: number, c: number, into: unknown[]) => void;
}

export function layout(args: readonly unknown[]): Layout {
  const shaped = args.map(shape);
  let rows = 1;
  let cols = 1;
  let single = true;
  for (const arg of shaped) {
    if (arg.grid === null) continue;
    single = false;
    if (arg.rows > rows) rows = arg.rows;
    if (arg.cols > cols) cols = arg.cols;
  }
  return {
    single,
    rows,
    cols,
    cellsAt: (r, c, into) => {
      for (let i = 0; i < shaped.length; i++) into[i] = cellAt(shaped[i] as Shaped, r, c);
    },
  };
}

/** Is the broadcast a single-cell call (every argument one value)? */
export function isSingle(args: readonly unknown[]): boolean {
  return layout(args).single;
}

/** The warning text a range shows for an invalid cell. */
export const warning = (reason: string): string => `${WARNING} ${reason}`;

/**
 * Applies a cell computation over the arguments, broadcasting as described above. Returns a single
 * value (throwing an Error on invalid input) or a 2D array.
 */
export function broadcast(args: readonly unknown[], spec: Elementwise): Output | Output[][] {
  const { single, rows, cols, cellsAt } = layout(args);
  const cells: unknown[] = new Array(args.length);
  if (single) {
    cellsAt(0, 0, cells);
    const out = computeCell(cells, spec);
    if (isInvalid(out)) throw new Error(out.invalid);
    return out;
  }
  const result: Output[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Output[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      cellsAt(r, c, cells);
      const out = computeCell(cells, spec);
      row[c] = isInvalid(out) ? warning(out.invalid) : out;
    }
    result[r] = row;
  }
  return result;
}
