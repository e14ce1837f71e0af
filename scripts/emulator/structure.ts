/**
 * Structural edits as Sheets makes them: inserting, deleting and moving rows or columns moves the
 * cells and everything that points at them — formula references on every sheet (cross-sheet ones
 * included), conditional-format rule ranges and their formulas, protected ranges, chart ranges,
 * developer metadata, column widths and frozen rows/columns. Renaming or deleting a sheet rewrites
 * references to it.
 *
 * The formula engine is rebuilt from the model afterwards (spreadsheet.ts), so the rewritten text is
 * what it evaluates. References are rewritten here rather than by HyperFormula's addRows/removeRows
 * because the model keeps formulas as typed, with Sheets' open-ended ranges ("Log!A2:H") that
 * HyperFormula cannot parse; test/emulator/structure.test.ts checks this rewriter against
 * HyperFormula's own on closed references.
 *
 * References:
 * - https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveRows(Range,Integer)
 * - https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#MoveDimensionRequest
 *   (destinationIndex is "based on the coordinates before the source data is removed from the grid")
 */
import type { GridRange } from './a1';
import type { Scalar } from './cells';
import {
  dropSheetReferences,
  type IndexMap,
  moveReferences,
  renameSheetInFormula,
} from './formula';
import {
  cellKey,
  KEYED_MAPS,
  type KeyedMapName,
  keyColumn,
  keyRow,
  moveMetadata,
  type SheetModel,
  type WorkbookModel,
} from './model';

export type Axis = 'ROW' | 'COLUMN';

const INF = Number.POSITIVE_INFINITY;

/** `count` new rows or columns whose first index is `at`. */
export function insertMap(at: number, count: number): IndexMap {
  const point = (i: number) => (i >= at ? i + count : i);
  return { point, span: (a, b) => [point(a), b === INF ? INF : point(b)] };
}

/** Rows or columns `start … start + count - 1` deleted. */
export function deleteMap(start: number, count: number): IndexMap {
  const end = start + count - 1;
  return {
    point: (i) => (i < start ? i : i > end ? i - count : null),
    span(a, b) {
      const a2 = a < start ? a : a > end ? a - count : start;
      const b2 = b === INF ? INF : b < start ? b : b > end ? b - count : start - 1;
      return b2 < a2 ? null : [a2, b2];
    },
  };
}

/**
 * Rows or columns `start … start + count - 1` moved before `destination` (an index before the
 * move, outside the moved block), as Sheet.moveRows / moveColumns do.
 */
export function moveMap(start: number, count: number, destination: number): IndexMap {
  const end = start + count - 1;
  const point = (i: number): number => {
    if (i >= start && i <= end)
      return destination > end ? i + (destination - 1 - end) : i - (start - destination);
    if (destination > end) return i > end && i < destination ? i - count : i;
    return i >= destination && i < start ? i + count : i;
  };
  return {
    point,
    // A span covers where its rows went: the hull of their new places. The map is monotone between
    // the block's and the destination's edges, so those and the span's ends are the candidates.
    span(a, b) {
      const candidates = [a, b, start, end, start - 1, end + 1, destination - 1, destination];
      let lo = INF;
      let hi = Number.NEGATIVE_INFINITY;
      for (const c of candidates) {
        if (c < a || c > b || c === INF) continue;
        const p = point(c);
        lo = Math.min(lo, p);
        hi = Math.max(hi, p);
      }
      return [lo, b === INF ? INF : hi];
    },
  };
}

/** A grid range along one axis through a map; null when all its rows or columns were deleted. */
export function moveGrid(grid: GridRange, axis: Axis, map: IndexMap): GridRange | null {
  if (axis === 'ROW') {
    const span = map.span(grid.row, grid.row + grid.numRows - 1);
    return span ? { ...grid, row: span[0], numRows: span[1] - span[0] + 1 } : null;
  }
  const span = map.span(grid.column, grid.column + grid.numColumns - 1);
  return span ? { ...grid, column: span[0], numColumns: span[1] - span[0] + 1 } : null;
}

/** Moves every stored cell of a sheet along an axis (0-based storage, 1-based map). */
function moveCells(sheet: SheetModel, axis: Axis, map: IndexMap): void {
  const to = (row0: number, col0: number): [number, number] | null => {
    if (axis === 'ROW') {
      const r = map.point(row0 + 1);
      return r === null ? null : [r - 1, col0];
    }
    const c = map.point(col0 + 1);
    return c === null ? null : [row0, c - 1];
  };
  const values: (Scalar | undefined)[][] = [];
  sheet.values.forEach((row, r0) => {
    if (!row) return;
    row.forEach((v, c0) => {
      if (v === undefined) return;
      const at = to(r0, c0);
      if (!at) return;
      values[at[0]] ??= [];
      values[at[0]]![at[1]] = v;
    });
  });
  sheet.values = values;
  for (const name of KEYED_MAPS) {
    const next = new Map<number, never>();
    for (const [key, value] of sheet[name] as Map<number, never>) {
      const at = to(keyRow(key), keyColumn(key));
      if (at) next.set(cellKey(at[0], at[1]), value);
    }
    (sheet as unknown as Record<KeyedMapName, Map<number, never>>)[name] = next;
  }
}

/**
 * Applies one structural edit along an axis of a sheet to the whole workbook. `size` is the sheet's
 * new number of rows or columns.
 */
export function applyStructuralEdit(
  workbook: WorkbookModel,
  sheet: SheetModel,
  axis: Axis,
  map: IndexMap,
  size: number,
): void {
  moveCells(sheet, axis, map);
  if (axis === 'ROW') sheet.maxRows = size;
  else sheet.maxColumns = size;

  for (const s of workbook.sheets) {
    for (const [key, formula] of s.formulas) {
      const next = moveReferences(formula, s.name, sheet.name, axis, map);
      if (next !== formula) s.formulas.set(key, next);
    }
  }

  // Conditional-format rules: ranges follow; a custom formula is written for the first range's
  // top-left cell, so its references move like a cell formula's on this sheet.
  sheet.rules = sheet.rules.flatMap((rule) => {
    const ranges = rule.ranges
      .map((g) => moveGrid(g, axis, map))
      .filter((g): g is GridRange => g !== null);
    if (ranges.length === 0) return [];
    const condition =
      rule.condition.type === 'CUSTOM_FORMULA'
        ? {
            ...rule.condition,
            values: rule.condition.values.map((v) =>
              typeof v === 'string' ? moveReferences(v, sheet.name, sheet.name, axis, map) : v,
            ),
          }
        : rule.condition;
    return [{ ...rule, ranges, condition }];
  });

  sheet.protections = sheet.protections.flatMap((p) => {
    if (!p.range) return [p];
    const range = moveGrid(p.range, axis, map);
    return range ? [{ ...p, range }] : [];
  });

  sheet.charts = sheet.charts.map((chart) => ({
    ...chart,
    ranges: chart.ranges.map((g) => moveGrid(g, axis, map)).filter((g): g is GridRange => !!g),
    position: {
      ...chart.position,
      ...(axis === 'ROW'
        ? { row: map.point(chart.position.row) ?? Math.min(chart.position.row, size) }
        : { column: map.point(chart.position.column) ?? Math.min(chart.position.column, size) }),
    },
  }));

  moveMetadata(workbook, sheet.id, axis, (i) => map.point(i));

  if (axis === 'COLUMN') {
    const widths = new Map<number, number>();
    for (const [column, width] of sheet.columnWidths) {
      const at = map.point(column);
      if (at !== null) widths.set(at, width);
    }
    sheet.columnWidths = widths;
  }

  // Frozen rows/columns end where the last frozen one went (rows inserted inside are frozen too).
  const frozen = axis === 'ROW' ? sheet.frozenRows : sheet.frozenColumns;
  if (frozen > 0) {
    const span = map.span(1, frozen);
    const next = span ? span[1] : 0;
    if (axis === 'ROW') sheet.frozenRows = Math.min(next, size - 1);
    else sheet.frozenColumns = Math.min(next, size - 1);
  }
}

/** Every formula (cells and rule conditions) of every sheet through fn. */
function eachFormula(workbook: WorkbookModel, fn: (formula: string) => string): void {
  for (const s of workbook.sheets) {
    for (const [key, formula] of s.formulas) {
      const next = fn(formula);
      if (next !== formula) s.formulas.set(key, next);
    }
    s.rules = s.rules.map((rule) =>
      rule.condition.type === 'CUSTOM_FORMULA'
        ? {
            ...rule,
            condition: {
              ...rule.condition,
              values: rule.condition.values.map((v) => (typeof v === 'string' ? fn(v) : v)),
            },
          }
        : rule,
    );
  }
}

/** Sheet renamed: references to it follow the new name (Sheets rewrites the formulas). */
export function renameSheetReferences(workbook: WorkbookModel, from: string, to: string): void {
  eachFormula(workbook, (f) => renameSheetInFormula(f, from, to));
}

/** Sheet deleted: references to it become #REF!. */
export function dropSheet(workbook: WorkbookModel, name: string): void {
  eachFormula(workbook, (f) => dropSheetReferences(f, name));
}
