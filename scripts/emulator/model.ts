/**
 * The workbook as plain data: what the emulated services read and write. Cells are stored sparsely,
 * 0-based internally (the Apps Script facade converts from 1-based). Formulas are kept as typed;
 * their results live in the formula engine (engine.ts).
 */
import type { GridRange } from './a1';
import type { CellInput, Scalar } from './cells';

/** Map key of a 0-based cell: fits every row Sheets allows and its 18,278 columns. */
export const KEY_COLUMNS = 20_000;
export const cellKey = (row0: number, col0: number): number => row0 * KEY_COLUMNS + col0;
export const keyRow = (key: number): number => Math.floor(key / KEY_COLUMNS);
export const keyColumn = (key: number): number => key % KEY_COLUMNS;

export type BooleanConditionType =
  | 'TEXT_STARTS_WITH'
  | 'TEXT_ENDS_WITH'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_EQUAL_TO'
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_EQUAL_TO'
  | 'CUSTOM_FORMULA';

export interface ConditionalRuleModel {
  readonly id: number;
  /** Grid ranges on the rule's sheet; the first range's top-left anchors relative references. */
  readonly ranges: readonly GridRange[];
  readonly condition: { readonly type: BooleanConditionType; readonly values: readonly unknown[] };
  readonly format: {
    readonly background: string | null;
    readonly fontColor: string | null;
    readonly bold: boolean | null;
    readonly italic: boolean | null;
  };
}

export interface ProtectionModel {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  readonly range: GridRange | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ChartModel {
  readonly id: number;
  readonly chartType: string;
  readonly ranges: readonly GridRange[];
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * Where developer metadata sits. Rows and columns are single (Sheets' DimensionRange for metadata
 * "must represent a single row or column"), 1-based, and move with the row or column.
 */
export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheetId: number }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheetId: number; readonly index: number };

export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export interface ValidationModel {
  readonly kind: 'CHECKBOX' | 'LIST' | 'OTHER';
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

export interface SheetModel {
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Stored values by 0-based row then column; holes are empty cells. */
  values: (Scalar | undefined)[][];
  formulas: Map<number, string>;
  formats: Map<number, string>;
  backgrounds: Map<number, string>;
  fontWeights: Map<number, string>;
  fontColors: Map<number, string>;
  notes: Map<number, string>;
  validations: Map<number, ValidationModel>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  protections: ProtectionModel[];
  rules: ConditionalRuleModel[];
  charts: ChartModel[];
}

export interface WorkbookModel {
  readonly id: string;
  name: string;
  timeZone: string;
  sheets: SheetModel[];
  activeSheetId: number;
  metadata: MetadataModel[];
  toasts: { message: string; title: string }[];
  nextId: number;
}

/** A cell's keyed properties besides its formula: they move with it on inserts, moves and sorts. */
export const CELL_PROPERTY_MAPS = [
  'formats',
  'backgrounds',
  'fontWeights',
  'fontColors',
  'notes',
  'validations',
] as const;

/** Every per-cell map of a sheet, keyed by cellKey. */
export const KEYED_MAPS = ['formulas', ...CELL_PROPERTY_MAPS] as const;
export type KeyedMapName = (typeof KEYED_MAPS)[number];

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function newSheet(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  columns = DEFAULT_COLUMNS,
): SheetModel {
  return {
    id,
    name,
    maxRows: rows,
    maxColumns: columns,
    values: [],
    formulas: new Map(),
    formats: new Map(),
    backgrounds: new Map(),
    fontWeights: new Map(),
    fontColors: new Map(),
    notes: new Map(),
    validations: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    protections: [],
    rules: [],
    charts: [],
  };
}

export function newWorkbook(name: string, timeZone: string): WorkbookModel {
  return {
    id: 'emulated-spreadsheet',
    name,
    timeZone,
    sheets: [newSheet(0, 'Sheet1')],
    activeSheetId: 0,
    metadata: [],
    toasts: [],
    nextId: 1,
  };
}

export function storedValue(sheet: SheetModel, row0: number, col0: number): Scalar | undefined {
  return sheet.values[row0]?.[col0];
}

/** Writes one parsed input into the model (value, formula or empty); formats only when implied. */
export function writeCell(sheet: SheetModel, row0: number, col0: number, input: CellInput): void {
  const key = cellKey(row0, col0);
  if (input.kind === 'formula') {
    sheet.formulas.set(key, input.formula);
    const row = sheet.values[row0];
    if (row) row[col0] = undefined;
    return;
  }
  if (sheet.formulas.size > 0) sheet.formulas.delete(key);
  if (input.kind === 'empty') {
    const row = sheet.values[row0];
    if (row && col0 < row.length) row[col0] = undefined;
    return;
  }
  let row = sheet.values[row0];
  if (!row) {
    row = [];
    sheet.values[row0] = row;
  }
  row[col0] = input.value;
  if (input.format !== undefined) sheet.formats.set(key, input.format);
}

export function hasContent(sheet: SheetModel, row0: number, col0: number): boolean {
  const v = sheet.values[row0]?.[col0];
  return (v !== undefined && v !== '') || sheet.formulas.has(cellKey(row0, col0));
}

/** The last 1-based row and column holding a value or formula (0 when the sheet is empty). */
export function contentBounds(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= 0; c--) {
      const v = row[c];
      if (v !== undefined && v !== '') {
        if (lastRow === 0) lastRow = r + 1;
        if (c + 1 > lastColumn) lastColumn = c + 1;
        break;
      }
    }
  }
  for (const key of sheet.formulas.keys()) {
    lastRow = Math.max(lastRow, keyRow(key) + 1);
    lastColumn = Math.max(lastColumn, keyColumn(key) + 1);
  }
  return { lastRow, lastColumn };
}

/**
 * Moves row (or column) metadata on a sheet through a structural edit: `to` maps an old 1-based
 * index to its new one, or null when the row or column was deleted (its metadata goes with it).
 */
export function moveMetadata(
  workbook: WorkbookModel,
  sheetId: number,
  type: 'ROW' | 'COLUMN',
  to: (index: number) => number | null,
): void {
  const kept: MetadataModel[] = [];
  for (const m of workbook.metadata) {
    const at = m.location;
    if (at.type === type && at.sheetId === sheetId) {
      const index = to(at.index);
      if (index === null) continue;
      m.location = { type, sheetId, index };
    }
    kept.push(m);
  }
  workbook.metadata = kept;
}
