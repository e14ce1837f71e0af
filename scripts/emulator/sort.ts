/**
 * Range.sort / Sheet.sort: the rows of a range change places, carrying each cell's value, formula,
 * formats, note and validation. A moved formula's relative references move with it (as a copy
 * would write them), so `=B2*2` sorted from row 2 to row 5 reads `=B5*2`. References from other
 * cells, rule ranges, protections and row metadata stay where they are: sorting moves contents,
 * not rows.
 *
 * Order (ascending): numbers (dates are numbers), then text (case-insensitive), then booleans
 * (FALSE before TRUE), then errors; empty cells always last.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)
 */
import type { GridRange } from './a1';
import type { Scalar } from './cells';
import { type Computed, isErrorValue } from './engine';
import { shiftFormula } from './formula';
import { CELL_PROPERTY_MAPS, cellKey, type SheetModel } from './model';

export interface SortSpec {
  /** Sheet column number (1-based), inside the range. */
  readonly column: number;
  readonly ascending: boolean;
}

/** Reads Apps Script's sortSpecObj: a column number, {column, ascending}, or a list of them. */
export function sortSpecs(spec: unknown, grid: GridRange): SortSpec[] {
  const one = (s: unknown): SortSpec => {
    const { column, ascending } =
      typeof s === 'number'
        ? { column: s, ascending: true }
        : typeof s === 'object' && s !== null
          ? (s as { column?: unknown; ascending?: unknown })
          : { column: undefined, ascending: undefined };
    if (typeof column !== 'number' || !Number.isInteger(column))
      throw new Error('Exception: Invalid argument: sortSpecObj');
    if (column < grid.column || column >= grid.column + grid.numColumns)
      throw new Error(
        `Exception: The sort column ${column} is outside the range being sorted (columns ${grid.column} to ${grid.column + grid.numColumns - 1}).`,
      );
    return { column, ascending: ascending !== false };
  };
  return Array.isArray(spec) ? spec.map(one) : [one(spec)];
}

function rank(v: Computed): number {
  if (v === '') return 4;
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return 1;
  if (typeof v === 'boolean') return 2;
  return isErrorValue(v) ? 3 : 4;
}

function compare(a: Computed, b: Computed, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb; // empties last, whatever the order
  let d = ra - rb;
  if (d === 0) {
    if (typeof a === 'number' && typeof b === 'number') d = a - b;
    else if (typeof a === 'string' && typeof b === 'string')
      d = a.localeCompare(b, 'en', { sensitivity: 'base' });
    else if (typeof a === 'boolean' && typeof b === 'boolean') d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

/** Sorts the rows of `grid` on `sheet` by the specs, reading values through `valueAt`. */
export function sortRows(
  sheet: SheetModel,
  grid: GridRange,
  specs: readonly SortSpec[],
  valueAt: (row0: number, col0: number) => Computed,
): void {
  const rows = Array.from({ length: grid.numRows }, (_, i) => grid.row - 1 + i);
  const keys = new Map(rows.map((r0) => [r0, specs.map((s) => valueAt(r0, s.column - 1))]));
  const order = [...rows].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < specs.length; i++) {
      const d = compare(ka[i]!, kb[i]!, specs[i]!.ascending);
      if (d !== 0) return d;
    }
    return a - b;
  });
  if (order.every((r0, i) => r0 === rows[i])) return;

  const columns = Array.from({ length: grid.numColumns }, (_, i) => grid.column - 1 + i);
  // Take every moved cell out, then put it back in its new row.
  const taken = order.map((from) =>
    columns.map((c0) => {
      const key = cellKey(from, c0);
      const cell = {
        value: sheet.values[from]?.[c0] as Scalar | undefined,
        formula: sheet.formulas.get(key),
        keyed: CELL_PROPERTY_MAPS.map((name) => (sheet[name] as Map<number, unknown>).get(key)),
      };
      return cell;
    }),
  );
  rows.forEach((to, i) => {
    const from = order[i]!;
    columns.forEach((c0, j) => {
      const cell = taken[i]![j]!;
      const key = cellKey(to, c0);
      if (cell.value === undefined) {
        const line = sheet.values[to];
        if (line) line[c0] = undefined;
      } else {
        sheet.values[to] ??= [];
        sheet.values[to]![c0] = cell.value;
      }
      if (cell.formula === undefined) sheet.formulas.delete(key);
      else sheet.formulas.set(key, shiftFormula(cell.formula, to - from, 0));
      CELL_PROPERTY_MAPS.forEach((name, k) => {
        const map = sheet[name] as Map<number, unknown>;
        const v = cell.keyed[k];
        if (v === undefined) map.delete(key);
        else map.set(key, v);
      });
    });
  });
}
