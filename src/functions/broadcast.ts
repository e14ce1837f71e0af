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
  /**
   * The plain case of `cell`, read without the general parsers' objects (src/core/cell-numbers.ts):
   * the very output `cell` gives for these cells, or undefined to let `cell` answer. It gets one
   * cell of each argument in order (undefined past the last; at most four arguments). Only the
   * column path calls it, with cells that are numbers, text, TRUE/FALSE, null or undefined (never
   * a Date or an object) and no blank required cell. test/functions/column-path.test.ts checks
   * that it agrees with `cell`.
   */
  readonly plain?: (a: unknown, b: unknown, c: unknown, d: unknown) => Output | undefined;
  /**
   * The function's own loop over a column-path call of the shape it serves (say E1RM over a load
   * and a reps column with one formula), with what is the same for every row (the formula) read
   * once and nothing called per row that the loop cannot have inlined: it gives each row to
   * `call.putNumber` (its plain answer as a number) or `call.row` (the column path's own
   * reading). False when it does not serve the call's shape, or a row is not a one-cell row
   * (`isOneCell`; `putNumber` and `row` say false too): the column path's own loop answers then.
   * test/functions/column-path.test.ts checks it against the general path and that it ran.
   */
  readonly loop?: (call: ColumnCall) => boolean;
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
  return broadcastColumns(args, spec) ?? broadcastCells(args, spec);
}

/**
 * The output rows of one column-path call: one array per distinct value, as Sheets reads the
 * values and not the arrays (a whole-column range repeats a few hundred values; a row array each
 * would be most of the call's time and bytes).
 */
class OutputRows {
  readonly blank: Output[] = [''];
  private readonly yes: Output[] = [true];
  private readonly no: Output[] = [false];
  /**
   * Number rows by a hash of the value's bits, each slot's value beside it in `keys` (NaN for a
   * free slot), so a look-up reads one typed array and touches no row; a clash just makes a new
   * row.
   */
  private readonly numbers: Output[][];
  private readonly keys: Float64Array;
  private readonly slotMask: number;
  private readonly texts = new Map<string, Output[]>();

  constructor(rows: number) {
    let slots = 256;
    while (slots < rows && slots < MAX_NUMBER_SLOTS) slots *= 2;
    this.numbers = new Array(slots);
    this.keys = new Float64Array(slots).fill(Number.NaN);
    this.slotMask = slots - 1;
  }

  of(value: Output): Output[] {
    return typeof value === 'number' ? this.ofNumber(value) : this.ofOther(value);
  }

  ofNumber(value: number): Output[] {
    // 0 and -0 differ to a reader of the values; neither is kept.
    if (value === 0) return [value];
    BITS[0] = value;
    const { numbers, keys, slotMask } = this;
    const at = Math.imul((WORDS[0] as number) ^ (WORDS[1] as number), 0x9e3779b1) >>> 16;
    // The value's row in one of a few slots from its hash; else a new row, in a free slot or
    // (all taken) instead of the first.
    let free = at & slotMask;
    for (let probe = 0; probe < PROBES; probe++) {
      const slot = (at + probe) & slotMask;
      const key = keys[slot] as number;
      if (key === value) return numbers[slot] as Output[];
      if (Number.isNaN(key)) {
        free = slot;
        break;
      }
    }
    // A copy of a one-number row, not a literal: a literal's rows are counted by V8 and, as they
    // outlive a collection in the result, soon made in the old generation, which costs a fresh
    // page here and there (2026-11-30: about 30 % of a 100,000-row STRENGTH_RATIO call).
    const made = ONE_NUMBER.slice();
    made[0] = value;
    numbers[free] = made;
    keys[free] = value;
    return made;
  }

  private ofOther(value: string | boolean): Output[] {
    if (value === '') return this.blank;
    if (value === true) return this.yes;
    if (value === false) return this.no;
    let row = this.texts.get(value);
    if (row === undefined) {
      row = [value];
      this.texts.set(value, row);
    }
    return row;
  }
}

/**
 * Kept under V8's large-object size (128 KB), which costs a fresh mapping per call. A ratio
 * column of 100,000 rows has about 9,000 distinct values: 8,192 slots probed 4 deep make about
 * 10,800 rows for them (4,096 slots, one each: 16,300).
 */
const MAX_NUMBER_SLOTS = 1 << 13;
const PROBES = 4;
/** The row every new number row is copied from (a row of one number, unboxed). */
const ONE_NUMBER: Output[] = [0.5];
/** A number's 64 bits as two 32-bit words, to hash it without allocating. */
const BITS = new Float64Array(1);
const WORDS = new Int32Array(BITS.buffer);

/**
 * A plain case's answer as one number, for a function whose numbers are never below 0 (an e1RM,
 * a ratio, a load): the number itself; BLANK_ANSWER for a blank cell (""); NaN for "not a plain
 * case". A number travels unboxed where a number-or-text answer would be a heap object per row.
 */
export type NumberAnswer = number;
export const BLANK_ANSWER = -1;

/** A NumberAnswer as `plain` gives it: the number, "", or undefined. */
export function answerCell(x: NumberAnswer): Output | undefined {
  if (x >= 0) return x;
  return x === BLANK_ANSWER ? '' : undefined;
}

/** A range as Sheets hands it: rows of cells. */
export type Column = readonly (readonly unknown[])[];

/**
 * Is a column's row a one-cell row, as Sheets hands a single-column range? (A wider or ragged
 * row makes the column path give up.) A type check, not a comparison with a marker value: a
 * cell may be a number, text or anything, and comparing it with a marker would be a generic
 * comparison per cell.
 */
export function isOneCell(row: unknown): row is readonly [unknown] {
  return Array.isArray(row) && row.length === 1;
}

const isObject = (cell: unknown) => typeof cell === 'object' && cell !== null;

/** Most arguments a per-cell function broadcasts; a call with more takes the general path. */
const MAX_COLUMN_ARGS = 4;

/**
 * A call on the column path (see broadcastColumns): each argument a column of `rows` rows or one
 * value, and the result being filled, one shared row array per distinct value.
 */
export class ColumnCall {
  readonly result: Output[][];
  private readonly output: OutputRows;
  private readonly cells: unknown[];

  constructor(
    private readonly spec: Elementwise,
    /** How many arguments the call has (at most four). */
    readonly arity: number,
    readonly rows: number,
    /** Each argument's column (its rows unchecked: see isOneCell), or null for one value. */
    readonly c0: Column | null,
    readonly c1: Column | null,
    readonly c2: Column | null,
    readonly c3: Column | null,
    /** Each argument's one value (undefined for a column). */
    readonly v0: unknown,
    readonly v1: unknown,
    readonly v2: unknown,
    readonly v3: unknown,
  ) {
    this.cells = new Array(arity);
    this.output = new OutputRows(rows);
    this.result = new Array(rows);
  }

  /**
   * Row r from a plain answer given as a number (see NumberAnswer), so that no number is boxed
   * on its way: x ≥ 0 its row, BLANK_ANSWER a blank, NaN (or a number that is not finite) the
   * column path's own reading of the row. False when row r is not a one-cell row.
   */
  putNumber(r: number, x: NumberAnswer): boolean {
    if (x >= 0 && x < Number.POSITIVE_INFINITY) {
      this.result[r] = this.output.ofNumber(x);
      return true;
    }
    if (x === BLANK_ANSWER) {
      this.result[r] = this.output.blank;
      return true;
    }
    return this.row(r);
  }

  /**
   * Row r as the column path reads it: blank when a required cell is blank, else the spec's plain
   * case, else the general cell computation (as a range shows it). False when row r is not a
   * one-cell row.
   */
  row(r: number): boolean {
    const { c0, c1, c2, c3 } = this;
    if (
      (c0 !== null && !isOneCell(c0[r])) ||
      (c1 !== null && !isOneCell(c1[r])) ||
      (c2 !== null && !isOneCell(c2[r])) ||
      (c3 !== null && !isOneCell(c3[r]))
    ) {
      return false;
    }
    const a = c0 === null ? this.v0 : (c0[r] as readonly [unknown])[0];
    const b = c1 === null ? this.v1 : (c1[r] as readonly [unknown])[0];
    const c = c2 === null ? this.v2 : (c2[r] as readonly [unknown])[0];
    const d = c3 === null ? this.v3 : (c3[r] as readonly [unknown])[0];
    const { required, plain } = this.spec;
    let out: Output | undefined;
    if (
      (required > 0 && isBlank(a)) ||
      (required > 1 && isBlank(b)) ||
      (required > 2 && isBlank(c)) ||
      (required > 3 && isBlank(d))
    ) {
      out = '';
    } else if (
      plain !== undefined &&
      !isObject(a) &&
      !isObject(b) &&
      !isObject(c) &&
      !isObject(d)
    ) {
      out = plain(a, b, c, d);
      // A number that is not finite is for safeOutput to name.
      if (typeof out === 'number' && !(out - out === 0)) out = undefined;
    }
    this.result[r] = this.output.of(out === undefined ? this.general(a, b, c, d) : out);
    return true;
  }

  /** A row the plain case does not take: the general computation, as a range shows it. */
  private general(a: unknown, b: unknown, c: unknown, d: unknown): Output {
    const { cells } = this;
    const n = cells.length;
    if (n > 0) cells[0] = a;
    if (n > 1) cells[1] = b;
    if (n > 2) cells[2] = c;
    if (n > 3) cells[3] = d;
    const computed = computeCell(cells, this.spec);
    return isInvalid(computed) ? warning(computed.invalid) : computed;
  }
}

/**
 * The column path, for the common call: every range a single column of the same length (two rows
 * or more), every other argument one value (a scalar or a 1×1 range). It reads `column[r][0]`
 * directly (no grid copy, no shape): the spec's own `loop` when it serves the call, else a loop
 * that gives the spec's `plain` case each row it can take and the general cell computation every
 * other row, so the output is the general path's to the character
 * (test/functions/column-path.test.ts). Undefined when the call is not of that shape, or when a
 * row turns out not to be a one-cell row: then broadcastCells answers.
 */
export function broadcastColumns(
  args: readonly unknown[],
  spec: Elementwise,
): Output[][] | undefined {
  const n = args.length;
  if (n > MAX_COLUMN_ARGS) return undefined;
  const columns: (Column | null)[] = [null, null, null, null];
  const values: unknown[] = [undefined, undefined, undefined, undefined];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const arg = args[i];
    if (!Array.isArray(arg)) {
      values[i] = arg;
      continue;
    }
    if (arg.length === 1) {
      const only = arg[0];
      if (!Array.isArray(only) || only.length !== 1) return undefined;
      values[i] = only[0];
      continue;
    }
    if (arg.length === 0 || (rows !== 0 && arg.length !== rows)) return undefined;
    rows = arg.length;
    columns[i] = arg;
  }
  if (rows === 0) return undefined;
  const [c0 = null, c1 = null, c2 = null, c3 = null] = columns;
  const [v0, v1, v2, v3] = values;
  const call = new ColumnCall(spec, n, rows, c0, c1, c2, c3, v0, v1, v2, v3);
  if (spec.loop?.(call)) return call.result;
  for (let r = 0; r < rows; r++) if (!call.row(r)) return undefined;
  return call.result;
}

/** The general path: any shape (see the file comment), one computed cell at a time. */
export function broadcastCells(args: readonly unknown[], spec: Elementwise): Output | Output[][] {
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
