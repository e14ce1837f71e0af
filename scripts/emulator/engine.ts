/**
 * The formula engine: one HyperFormula instance mirroring the workbook, with the bundle's custom
 * functions registered so a cell formula calls the bundle's global the way Sheets does.
 *
 * Why the extra machinery around HyperFormula:
 * - Sheets' open-ended ranges ("Log!A1:H", "C:C") reach the sheet's last row; HyperFormula does not
 *   parse "A1:H", so formulas are translated with the end row spelled out (formula.ts).
 * - HyperFormula needs an array result's size before evaluating; a custom function's size is only
 *   known after it runs. Each formula's last result size is remembered and, when it changes, the
 *   formula is set again so the spill is re-planned (a bounded fix-point loop after each write).
 */
import {
  ArraySize,
  CellError,
  type DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { columnLetters } from './a1';
import { isDate, isDateFormat, type Scalar } from './cells';
import { translateFormula } from './formula';
import { type ImportOutcome, isImportError } from './importrange';
import { cellKey, keyColumn, keyRow, type SheetModel, type WorkbookModel } from './model';
import { dateToSerial, serialToMs } from './time';

/** A computed cell: a value, "" for empty, or an error as Sheets shows it. */
export type Computed = Scalar | CellErrorValue;

export interface CellErrorValue {
  readonly error: string;
  readonly message: string;
}

export const isErrorValue = (v: unknown): v is CellErrorValue =>
  typeof v === 'object' && v !== null && 'error' in v;

export interface EngineHost {
  readonly workbook: WorkbookModel;
  /** Names of the bundle's custom functions (upper case). */
  customFunctionNames(): readonly string[];
  /** Calls a custom function as Sheets does (read-only); throws what the function throws. */
  callCustomFunction(name: string, args: unknown[]): unknown;
  /** IMPORTRANGE's result (importrange.ts); absent: the function throws as not implemented. */
  importRange?(url: unknown, range: unknown): ImportOutcome;
}

export interface Engine {
  /** Mirrors a rectangle of the model (after the model changed) into the engine. */
  sync(sheet: SheetModel, row0: number, col0: number, numRows: number, numCols: number): void;
  addSheet(sheet: SheetModel): void;
  /**
   * Mirrors the whole workbook afresh after a structural edit (the model already moved its cells and
   * rewrote its formulas). Reuses the HyperFormula instance: building one costs far more.
   */
  reload(): void;
  value(sheet: SheetModel, row0: number, col0: number): Computed;
  /** Rows × columns a formula's array result takes (1 × 1 for scalars). */
  spillSize(sheet: SheetModel, row0: number, col0: number): { rows: number; columns: number };
  /** Evaluates a formula (already shifted for its cell) on a sheet, without storing it. */
  calculate(formula: string, sheet: SheetModel): Computed;
  readonly hf: HyperFormula;
  /** Recalculates every IMPORTRANGE formula (a source file changed, or access was allowed). */
  refreshImports(): void;
  /** The source's date format of a cell an IMPORTRANGE result spilled into, if any. */
  importedFormat(sheet: SheetModel, row0: number, col0: number): string | undefined;
}

const ERROR_MESSAGES: Record<string, string> = {
  CYCLE: 'Circular dependency detected.',
};

function addressKey(sheet: number, row: number, col: number): string {
  return `${sheet}:${row}:${col}`;
}

/** Values HyperFormula hands a function: plain values, rich numbers, errors, the empty marker. */
function rawOf(value: unknown): unknown {
  if (value === EmptyValue) return '';
  if (value instanceof CellError) return `#${value.type === 'ERROR' ? 'ERROR!' : value.type}`;
  if (typeof value === 'object' && value !== null && 'val' in value) {
    return (value as { val: unknown }).val;
  }
  return value;
}

const UNKNOWN = Symbol('unknown argument');

/** The size a script result takes in the grid (1 × 1 for scalars). */
function shapeOf(value: unknown): ArraySize {
  if (!Array.isArray(value) || value.length === 0) return ArraySize.scalar();
  const rows = value.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(...rows.map((r) => r.length));
  return width === 0 ? ArraySize.scalar() : new ArraySize(width, rows.length);
}

interface ArrayLookup {
  getArrayByCorner(
    address: Address,
  ): { getRange(): { width(): number; height(): number } } | undefined;
}

interface ImportSpill {
  readonly row0: number;
  readonly col0: number;
  readonly dates: ReadonlyMap<number, string>;
}

interface Address {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** Where a reference argument starts, so Date cells can be given to the function as Dates. */
function argumentOrigin(ast: unknown, formulaAddress: Address): Address | null {
  const node = ast as {
    type?: string;
    reference?: { toSimpleCellAddress(base: Address): Address };
    start?: { toSimpleCellAddress(base: Address): Address };
  };
  if (node.type === 'CELL_REFERENCE' && node.reference) {
    return node.reference.toSimpleCellAddress(formulaAddress);
  }
  if (node.type === 'CELL_RANGE' && node.start)
    return node.start.toSimpleCellAddress(formulaAddress);
  return null;
}

export function createEngine(host: EngineHost): Engine {
  const workbook = host.workbook;
  const sizes = new Map<string, ArraySize>();
  const pending = new Set<string>();
  let hf: HyperFormula;

  const sheetById = (hfSheet: number): SheetModel | undefined => {
    const name = hf.getSheetName(hfSheet);
    return workbook.sheets.find((s) => s.name === name);
  };
  const hfSheetOf = (sheet: SheetModel): number => {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Emulator: sheet "${sheet.name}" is not in the engine`);
    return id;
  };

  const toScript = (value: unknown, sheet: SheetModel | undefined, row0: number, col0: number) => {
    const raw = rawOf(value);
    if (
      typeof raw === 'number' &&
      sheet &&
      isDateFormat(sheet.formats.get(cellKey(row0, col0)) ?? importedFormat(sheet, row0, col0))
    ) {
      return new Date(serialToMs(raw, workbook.timeZone));
    }
    return raw;
  };

  /**
   * IMPORTRANGE results by the sheet (model id) they sit on: where each spills from and the source
   * cells' date formats, so an imported date reads as a Date as Sheets gives it.
   */
  const imports = new Map<number, Map<string, ImportSpill>>();
  const IMPORT_CALL = /\bIMPORTRANGE\s*\(/i;

  function importedFormat(sheet: SheetModel, row0: number, col0: number): string | undefined {
    const onSheet = imports.get(sheet.id);
    if (!onSheet) return undefined;
    for (const spill of onSheet.values()) {
      if (spill.dates.size === 0 || row0 < spill.row0 || col0 < spill.col0) continue;
      // Only while the formula is still there (a record outlives a cleared or overwritten cell).
      const formula = sheet.formulas.get(cellKey(spill.row0, spill.col0));
      if (formula === undefined || !IMPORT_CALL.test(formula)) continue;
      const format = spill.dates.get(cellKey(row0 - spill.row0, col0 - spill.col0));
      if (format !== undefined) return format;
    }
    return undefined;
  }

  /** IMPORTRANGE's outcome for literal (or stored-cell) arguments; null when not knowable yet. */
  const importOutcome = (args: unknown[], at: Address): ImportOutcome | null => {
    if (!host.importRange) return null;
    const values = args.map((arg) => literalArgument(arg, at));
    if (values.some((v) => v === UNKNOWN || Array.isArray(v))) return null;
    return host.importRange(values[0], values[1]);
  };

  /** A result taller than the sheet: Sheets asks for rows rather than growing the grid. */
  const rowsShort = (outcome: ImportOutcome, at: Address): number => {
    if (isImportError(outcome)) return 0;
    const sheet = sheetById(at.sheet);
    return sheet ? Math.max(0, at.row + outcome.values.length - sheet.maxRows) : 0;
  };

  const argument = (value: unknown, origin: Address | null): unknown => {
    const sheet = origin ? sheetById(origin.sheet) : undefined;
    if (value instanceof SimpleRangeValue) {
      return value.data.map((row, i) =>
        row.map((cell, j) => toScript(cell, sheet, (origin?.row ?? 0) + i, (origin?.col ?? 0) + j)),
      );
    }
    return toScript(value, sheet, origin?.row ?? 0, origin?.col ?? 0);
  };

  const cellResult = (value: unknown): unknown => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, 'Result is not finite.');
    }
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (isDate(value)) return dateToSerial(value.getTime(), workbook.timeZone);
    return String(value);
  };

  /** A script result as HyperFormula's value; records a size change for the fix-point loop. */
  const result = (value: unknown, at: Address): unknown => {
    const key = addressKey(at.sheet, at.row, at.col);
    const predicted = sizes.get(key) ?? ArraySize.scalar();
    let rows: unknown[][] | null = null;
    if (Array.isArray(value)) {
      rows = value.map((row) => (Array.isArray(row) ? row : [row]));
      if (rows.length === 0 || rows.every((r) => r.length === 0)) {
        return new CellError(ErrorType.NA, 'The custom function returned an empty array.');
      }
    }
    const actual = shapeOf(value);
    const { height, width } = actual;
    if (height !== predicted.height || width !== predicted.width) {
      sizes.set(key, actual);
      pending.add(key);
      return new CellError(ErrorType.ERROR, 'Emulator: re-planning the array result.');
    }
    if (!rows) return cellResult(value);
    if (height === 1 && width === 1) return cellResult(rows[0]?.[0]);
    const grid = rows.map((row) => {
      const out = row.map(cellResult);
      while (out.length < width) out.push('');
      return out;
    });
    for (const row of grid) {
      for (const cell of row) if (cell instanceof CellError) return cell;
    }
    return SimpleRangeValue.onlyValues(grid as never);
  };

  /**
   * HyperFormula asks for an array's size before evaluating. Re-planning a wrong guess makes it
   * tear down the range vertices of every argument (seconds for a 20,000-row log), so the guess is
   * made by calling the function once on the arguments as the model holds them (formula cells in
   * them read as blank). When the real result differs, the fix-point loop corrects it.
   */
  const predictSize = (name: string, args: unknown[], at: Address): ArraySize => {
    const key = addressKey(at.sheet, at.row, at.col);
    const known = sizes.get(key) ?? ArraySize.scalar();
    const values: unknown[] = [];
    for (const arg of args) {
      const value = literalArgument(arg, at);
      if (value === UNKNOWN) return known;
      values.push(value);
    }
    let value: unknown;
    try {
      value = host.callCustomFunction(name, values);
    } catch {
      return known;
    }
    const size = shapeOf(value);
    sizes.set(key, size);
    return size;
  };

  const storedArgument = (sheet: SheetModel | undefined, row0: number, col0: number): unknown => {
    const v = sheet?.values[row0]?.[col0];
    if (v === undefined) return '';
    return toScript(v, sheet, row0, col0);
  };

  const literalArgument = (ast: unknown, at: Address): unknown => {
    const node = ast as {
      type?: string;
      value?: unknown;
      end?: { toSimpleCellAddress(base: Address): Address };
    };
    if (node.type === 'NUMBER' || node.type === 'STRING') return node.value;
    if (node.type === 'EMPTY') return undefined;
    const origin = argumentOrigin(ast, at);
    if (!origin) return UNKNOWN;
    const sheet = sheetById(origin.sheet);
    if (node.type === 'CELL_REFERENCE') return storedArgument(sheet, origin.row, origin.col);
    const end = node.end?.toSimpleCellAddress(at);
    if (!end) return UNKNOWN;
    const out: unknown[][] = [];
    for (let r = origin.row; r <= end.row; r++) {
      const row: unknown[] = [];
      for (let c = origin.col; c <= end.col; c++) row.push(storedArgument(sheet, r, c));
      out.push(row);
    }
    return out;
  };

  const build = (): HyperFormula => {
    class SheetsFunctions extends FunctionPlugin {
      regexmatch(ast: never, state: never) {
        return this.runFunction(
          (ast as { args: never }).args,
          state,
          this.metadata('REGEXMATCH'),
          (text: string, pattern: string) => new RegExp(pattern).test(text),
        );
      }
      regexextract(ast: never, state: never) {
        return this.runFunction(
          (ast as { args: never }).args,
          state,
          this.metadata('REGEXEXTRACT'),
          (text: string, pattern: string) => {
            const m = new RegExp(pattern).exec(text);
            if (!m) return new CellError(ErrorType.NA, 'REGEXEXTRACT found no match.');
            return m[1] ?? m[0];
          },
        );
      }
    }
    const importrange = function (
      this: FunctionPlugin,
      ast: { args: unknown[] },
      state: { formulaAddress: Address },
    ) {
      const at = state.formulaAddress;
      return this.runFunction(
        ast.args as never,
        state as never,
        this.metadata('IMPORTRANGE'),
        (url: unknown, range: unknown) => {
          if (!host.importRange) {
            return new CellError(ErrorType.ERROR, 'Emulator: IMPORTRANGE is not implemented');
          }
          const outcome = host.importRange(url, range);
          const sheet = sheetById(at.sheet);
          const spills = sheet ? imports.get(sheet.id) : undefined;
          spills?.delete(addressKey(at.sheet, at.row, at.col));
          if (isImportError(outcome)) return new CellError(ErrorType.REF, outcome.message);
          const short = rowsShort(outcome, at);
          if (short > 0) {
            return new CellError(
              ErrorType.REF,
              `Result was not automatically expanded, please insert more rows (${short}).`,
            );
          }
          if (sheet) {
            const onSheet = imports.get(sheet.id) ?? new Map();
            onSheet.set(addressKey(at.sheet, at.row, at.col), {
              row0: at.row,
              col0: at.col,
              dates: outcome.dateFormats,
            });
            imports.set(sheet.id, onSheet);
          }
          return result(outcome.values, at) as never;
        },
      );
    };
    const importrangeSize = (ast: { args: unknown[] }, state: { formulaAddress: Address }) => {
      const at = state.formulaAddress;
      const key = addressKey(at.sheet, at.row, at.col);
      const outcome = importOutcome(ast.args, at);
      if (outcome === null) return sizes.get(key) ?? ArraySize.scalar();
      const size =
        isImportError(outcome) || rowsShort(outcome, at) > 0
          ? ArraySize.scalar()
          : shapeOf(outcome.values);
      sizes.set(key, size);
      return size;
    };
    const proto0 = SheetsFunctions.prototype as unknown as Record<string, unknown>;
    proto0.importrange = importrange;
    proto0.importrangeSize = importrangeSize;
    const implemented: Record<string, unknown> = {
      IMPORTRANGE: {
        method: 'importrange',
        sizeOfResultArrayMethod: 'importrangeSize',
        parameters: [
          { argumentType: FunctionArgumentType.STRING },
          { argumentType: FunctionArgumentType.STRING },
        ],
      },
      REGEXMATCH: {
        method: 'regexmatch',
        parameters: [
          { argumentType: FunctionArgumentType.STRING },
          { argumentType: FunctionArgumentType.STRING },
        ],
      },
      REGEXEXTRACT: {
        method: 'regexextract',
        parameters: [
          { argumentType: FunctionArgumentType.STRING },
          { argumentType: FunctionArgumentType.STRING },
        ],
      },
    };
    const proto = SheetsFunctions.prototype as unknown as Record<string, unknown>;
    for (const name of host.customFunctionNames()) {
      const method = `custom_${name}`;
      const sizeMethod = `size_${name}`;
      proto[method] = function (
        this: FunctionPlugin,
        ast: { args: unknown[] },
        state: { formulaAddress: Address },
      ) {
        const origins = ast.args.map((arg) => argumentOrigin(arg, state.formulaAddress));
        return this.runFunction(
          ast.args as never,
          state as never,
          this.metadata(name),
          (...args: unknown[]) => {
            let value: unknown;
            try {
              value = host.callCustomFunction(
                name,
                args.map((a, i) => argument(a, origins[i] ?? null)),
              );
            } catch (error) {
              const message =
                error instanceof Error || isErrorLike(error) ? error.message : String(error);
              return new CellError(ErrorType.ERROR, message);
            }
            return result(value, state.formulaAddress) as never;
          },
        );
      };
      proto[sizeMethod] = (ast: { args: unknown[] }, state: { formulaAddress: Address }) =>
        predictSize(name, ast.args, state.formulaAddress);
      implemented[name] = {
        method,
        sizeOfResultArrayMethod: sizeMethod,
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
      };
    }
    (SheetsFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions =
      implemented;
    const language = HyperFormula.getLanguage('enGB') as unknown as {
      functions: Record<string, string>;
    };
    for (const name of Object.keys(implemented)) language.functions[name] ??= name;
    return HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxRows: 10_000_000,
      maxColumns: 18_278,
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), SheetsFunctions as never],
      useArrayArithmetic: false,
      // Scripts see full double precision in Sheets; HyperFormula rounds results by default.
      smartRounding: false,
      // Sheets compares text case-insensitively and treats "" as blank in most functions.
      caseSensitive: false,
      dateFormats: ['YYYY-MM-DD'],
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
    });
  };

  const contentOf = (sheet: SheetModel, row0: number, col0: number): unknown => {
    const formula = sheet.formulas.size > 0 ? sheet.formulas.get(cellKey(row0, col0)) : undefined;
    if (formula !== undefined) return translateFormula(formula, workbook, sheet);
    const v = sheet.values[row0]?.[col0];
    if (v === undefined || v === '') return null;
    return typeof v === 'string' ? `'${v}` : v;
  };

  const settle = () => {
    for (let round = 0; round < 8 && pending.size > 0; round++) {
      const keys = [...pending];
      pending.clear();
      hf.batch(() => {
        for (const key of keys) {
          const [s, r, c] = key.split(':').map(Number) as [number, number, number];
          const sheet = sheetById(s);
          if (!sheet) continue;
          hf.setCellContents({ sheet: s, row: r, col: c }, [[contentOf(sheet, r, c) as never]]);
        }
      });
    }
  };

  /** HyperFormula keeps #SPILL! after the blocking cell is cleared; Sheets expands again. */
  const retryBlockedSpills = (
    id: number,
    row0: number,
    col0: number,
    numRows: number,
    numCols: number,
  ) => {
    for (const [key, size] of sizes) {
      if (size.width * size.height <= 1) continue;
      const [s, r, c] = key.split(':').map(Number) as [number, number, number];
      if (s !== id || r + size.height <= row0 || r >= row0 + numRows) continue;
      if (c + size.width <= col0 || c >= col0 + numCols) continue;
      const value = hf.getCellValue({ sheet: s, row: r, col: c });
      if (
        typeof value === 'object' &&
        value !== null &&
        (value as DetailedCellError).type === 'SPILL'
      ) {
        pending.add(key);
      }
    }
  };

  const mirrorSheet = (sheet: SheetModel) => {
    const name = hf.addSheet(sheet.name);
    const id = hf.getSheetId(name)!;
    let lastRow = sheet.values.length;
    let lastCol = 0;
    for (const row of sheet.values) if (row && row.length > lastCol) lastCol = row.length;
    for (const key of sheet.formulas.keys()) {
      lastRow = Math.max(lastRow, keyRow(key) + 1);
      lastCol = Math.max(lastCol, keyColumn(key) + 1);
    }
    if (lastRow === 0 || lastCol === 0) return;
    const grid: unknown[][] = [];
    for (let r = 0; r < lastRow; r++) {
      const out: unknown[] = new Array(lastCol);
      for (let c = 0; c < lastCol; c++) out[c] = contentOf(sheet, r, c);
      grid.push(out);
    }
    hf.setCellContents({ sheet: id, row: 0, col: 0 }, grid as never);
  };

  hf = build();
  hf.batch(() => {
    for (const sheet of workbook.sheets) mirrorSheet(sheet);
  });
  settle();

  return {
    get hf() {
      return hf;
    },
    addSheet(sheet) {
      mirrorSheet(sheet);
    },
    reload() {
      sizes.clear();
      pending.clear();
      imports.clear();
      // A fresh engine rather than removing every sheet from this one: HyperFormula's removeSheet
      // unlinks each formula's dependencies one by one, which took a quarter of the emulator
      // tests' time after structural edits; a new instance holds the same sheets and formulas.
      hf.destroy();
      hf = build();
      hf.batch(() => {
        for (const sheet of workbook.sheets) mirrorSheet(sheet);
      });
      settle();
    },
    sync(sheet, row0, col0, numRows, numCols) {
      const grid: unknown[][] = [];
      for (let r = 0; r < numRows; r++) {
        const out: unknown[] = new Array(numCols);
        for (let c = 0; c < numCols; c++) out[c] = contentOf(sheet, row0 + r, col0 + c);
        grid.push(out);
      }
      const id = hfSheetOf(sheet);
      hf.setCellContents({ sheet: id, row: row0, col: col0 }, grid as never);
      retryBlockedSpills(id, row0, col0, numRows, numCols);
      settle();
    },
    value(sheet, row0, col0) {
      return fromHf(
        hf.getCellValue({ sheet: hfSheetOf(sheet), row: row0, col: col0 }),
        sheet,
        row0,
        col0,
      );
    },
    spillSize(sheet, row0, col0) {
      const id = hfSheetOf(sheet);
      const size = sizes.get(addressKey(id, row0, col0));
      if (size) {
        if (size.width * size.height <= 1) return { rows: 1, columns: 1 };
        // A blocked spill (#REF! in Sheets) fills nothing but its own cell.
        const value = hf.getCellValue({ sheet: id, row: row0, col: col0 });
        const blocked =
          typeof value === 'object' &&
          value !== null &&
          (value as DetailedCellError).type === 'SPILL';
        return blocked ? { rows: 1, columns: 1 } : { rows: size.height, columns: size.width };
      }
      // Built-in array formulas (ARRAYFORMULA, FILTER, …): HyperFormula knows their spill. Its array
      // mapping is internal API (hyperformula 3.x), hence the guarded access.
      const graph = (hf as unknown as { dependencyGraph?: { arrayMapping?: ArrayLookup } })
        .dependencyGraph;
      const range = graph?.arrayMapping
        ?.getArrayByCorner({ sheet: id, row: row0, col: col0 })
        ?.getRange();
      return range ? { rows: range.height(), columns: range.width() } : { rows: 1, columns: 1 };
    },
    refreshImports() {
      for (const sheet of workbook.sheets) {
        if (sheet.formulas.size === 0) continue;
        const id = hf.getSheetId(sheet.name);
        if (id === undefined) continue;
        for (const [key, formula] of sheet.formulas) {
          if (IMPORT_CALL.test(formula)) pending.add(addressKey(id, keyRow(key), keyColumn(key)));
        }
      }
      settle();
    },
    importedFormat,
    calculate(formula, sheet) {
      const value = hf.calculateFormula(
        translateFormula(formula, workbook, sheet),
        hfSheetOf(sheet),
      );
      if (Array.isArray(value)) return fromHf(value[0]?.[0] ?? null, sheet, 0, 0);
      return fromHf(value, sheet, 0, 0);
    },
  };

  function fromHf(value: unknown, sheet: SheetModel, row0: number, col0: number): Computed {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
      const error = value as DetailedCellError;
      if (error.type === 'SPILL') {
        return { error: '#REF!', message: blockedSpillMessage(sheet, row0, col0) };
      }
      const code = error.type === 'CYCLE' ? '#REF!' : error.value;
      return { error: code, message: error.message || ERROR_MESSAGES[error.type] || '' };
    }
    return value as Scalar;
  }

  function blockedSpillMessage(sheet: SheetModel, row0: number, col0: number): string {
    const size = sizes.get(addressKey(hfSheetOf(sheet), row0, col0));
    if (size) {
      for (let r = row0; r < row0 + size.height; r++) {
        for (let c = col0; c < col0 + size.width; c++) {
          if (r === row0 && c === col0) continue;
          const v = sheet.values[r]?.[c];
          if ((v !== undefined && v !== '') || sheet.formulas.has(cellKey(r, c))) {
            return `Array result was not expanded because it would overwrite data in ${columnLetters(c + 1)}${r + 1}.`;
          }
        }
      }
    }
    return 'Array result was not expanded because it would overwrite data.';
  }
}

function isErrorLike(value: unknown): value is { message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
