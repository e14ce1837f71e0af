/**
 * SpreadsheetApp over the workbook model: Spreadsheet, Sheet, Range and the builders an add-on uses,
 * with Sheets' own rules (1-based ranges, 2D arrays, "" for empty, Date cells, shape and bounds
 * errors, text starting with "=" is a formula).
 */
import { a1Notation, type GridRange, parseRef, splitSheet } from './a1';
import { type CellInput, displayValue, isDateFormat, parseInput, type Scalar } from './cells';
import { type Computed, isErrorValue } from './engine';
import { shiftFormula } from './formula';
import {
  createMetadata,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
} from './metadata';
import {
  type BooleanConditionType,
  type ChartModel,
  type ChartRange,
  type ConditionalRuleModel,
  cellKey,
  contentBounds,
  keyColumn,
  keyRow,
  newSheet,
  type ProtectionModel,
  type SheetModel,
  type ValidationModel,
  writeCell,
} from './model';
import { ensureEngine, enumOf, type Runtime, wrap } from './runtime';
import { sortRows, sortSpecs } from './sort';
import {
  applyStructuralEdit,
  deleteMap,
  dropSheet,
  insertMap,
  moveMap,
  renameSheetReferences,
} from './structure';
import { checkTimeZone, serialToMs } from './time';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ProtectionType = enumOf('RANGE', 'SHEET');
export const BooleanCriteria = enumOf(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'TEXT_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_LESS_THAN',
  'NUMBER_EQUAL_TO',
  'CUSTOM_FORMULA',
);
export const DataValidationCriteria = enumOf('CHECKBOX', 'VALUE_IN_LIST', 'CUSTOM_FORMULA');
export const ChartType = enumOf(
  'AREA',
  'BAR',
  'COLUMN',
  'COMBO',
  'HISTOGRAM',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
);

/** What a Range facade stands for; kept outside the facade so scripts cannot see it. */
interface RangeRef {
  readonly sheet: SheetModel;
  readonly grid: GridRange;
}

export interface SpreadsheetFacade {
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly spreadsheet: Spreadsheet;
  sheetFacade(sheet: SheetModel): Sheet;
  rangeFacade(sheet: SheetModel, grid: GridRange): Range;
  /** The computed value of a cell as a script sees it (Date for date cells, error codes as text). */
  cellValue(sheet: SheetModel, row0: number, col0: number): unknown;
  computed(sheet: SheetModel, row0: number, col0: number): Computed;
  /** A cell's number format (an imported cell's comes from its source). */
  formatOf(sheet: SheetModel, row0: number, col0: number): string | undefined;
  /** Last row and column with content, spilled array results included (Sheet.getLastRow). */
  bounds(sheet: SheetModel): { lastRow: number; lastColumn: number };
}

/** Other spreadsheets SpreadsheetApp.openByUrl / openById reach (importrange.ts's linked files). */
export interface OtherFiles {
  open(method: 'openByUrl' | 'openById', urlOrId: string): Spreadsheet;
}

export function createSpreadsheetApp(
  runtime: Runtime,
  ui: () => GoogleAppsScript.Base.Ui,
  others?: OtherFiles,
): SpreadsheetFacade {
  const workbook = runtime.workbook;
  const ranges = new WeakMap<object, RangeRef>();
  const rules = new WeakMap<object, ConditionalRuleModel>();
  const validations = new WeakMap<object, ValidationModel>();
  const charts = new WeakMap<object, ChartModel & { sheet: SheetModel | null }>();
  const sheetFacades = new Map<number, Sheet>();
  const nextId = () => workbook.nextId++;

  const live = (sheet: SheetModel): SheetModel => {
    if (!workbook.sheets.includes(sheet))
      throw new Error(`The sheet "${sheet.name}" has been deleted.`);
    return sheet;
  };

  const refOf = (range: unknown, what = 'range'): RangeRef => {
    const ref = typeof range === 'object' && range !== null ? ranges.get(range) : undefined;
    if (!ref)
      throw new Error(
        `Exception: The parameters (${typeof range}) don't match the method signature: ${what} must be a Range.`,
      );
    return ref;
  };

  // ---- reading ---------------------------------------------------------------------------------

  const computed = (sheet: SheetModel, row0: number, col0: number): Computed => {
    const stored = sheet.values[row0]?.[col0];
    if (stored !== undefined && stored !== '') return stored;
    if (runtime.engine && sheet.formulas.size > 0) return runtime.engine.value(sheet, row0, col0);
    return '';
  };

  /** A cell's number format: its own, else the source's for a cell an IMPORTRANGE spilled into. */
  const formatOf = (sheet: SheetModel, row0: number, col0: number): string | undefined =>
    (sheet.formats.size > 0 ? sheet.formats.get(cellKey(row0, col0)) : undefined) ??
    runtime.engine?.importedFormat(sheet, row0, col0);

  const cellValue = (sheet: SheetModel, row0: number, col0: number): unknown => {
    const v = computed(sheet, row0, col0);
    if (isErrorValue(v)) return v.error;
    if (typeof v === 'number' && isDateFormat(formatOf(sheet, row0, col0))) {
      return new Date(serialToMs(v, workbook.timeZone));
    }
    return v;
  };

  const grid2d = <T>(ref: RangeRef, cell: (row0: number, col0: number) => T): T[][] => {
    const { row, column, numRows, numColumns } = ref.grid;
    const out: T[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = cell(row - 1 + r, column - 1 + c);
      out[r] = line;
    }
    return out;
  };

  const keyed =
    <T>(map: Map<number, T>, fallback: T) =>
    (row0: number, col0: number) =>
      map.size === 0 ? fallback : (map.get(cellKey(row0, col0)) ?? fallback);

  // ---- writing ---------------------------------------------------------------------------------

  const checkShape = (ref: RangeRef, data: unknown): unknown[][] => {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw new Error(
        "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
      );
    }
    if (data.length !== ref.grid.numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${ref.grid.numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== ref.grid.numColumns) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${ref.grid.numColumns}.`,
        );
      }
    }
    return data as unknown[][];
  };

  /** Writes parsed inputs into the model, then mirrors them into the engine (one batch). */
  const writeInputs = (
    ref: RangeRef,
    input: (r: number, c: number, row0: number, col0: number) => CellInput,
  ) => {
    const sheet = live(ref.sheet);
    const { row, column, numRows, numColumns } = ref.grid;
    let formulas = false;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const cell = input(r, c, row - 1 + r, column - 1 + c);
        if (cell.kind === 'formula') formulas = true;
        writeCell(sheet, row - 1 + r, column - 1 + c, cell);
      }
    }
    if (runtime.engine) runtime.engine.sync(sheet, row - 1, column - 1, numRows, numColumns);
    else if (formulas) ensureEngine(runtime);
  };

  const setKeyed = <T>(
    ref: RangeRef,
    map: Map<number, T>,
    value: (r: number, c: number) => T | null,
  ) => {
    live(ref.sheet);
    const { row, column, numRows, numColumns } = ref.grid;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        const v = value(r, c);
        const key = cellKey(row - 1 + r, column - 1 + c);
        if (v === null || v === undefined) map.delete(key);
        else map.set(key, v);
      }
    }
  };

  const forEachKeyIn = (map: Map<number, unknown>, grid: GridRange, fn: (key: number) => void) => {
    for (const key of [...map.keys()]) {
      const r = keyRow(key) + 1;
      const c = keyColumn(key) + 1;
      if (
        r >= grid.row &&
        r < grid.row + grid.numRows &&
        c >= grid.column &&
        c < grid.column + grid.numColumns
      )
        fn(key);
    }
  };

  const clearRange = (
    ref: RangeRef,
    options: {
      contentsOnly?: boolean;
      formatOnly?: boolean;
      validationsOnly?: boolean;
      commentsOnly?: boolean;
    } = {},
  ) => {
    const sheet = live(ref.sheet);
    const all =
      !options.contentsOnly &&
      !options.formatOnly &&
      !options.validationsOnly &&
      !options.commentsOnly;
    if (all || options.formatOnly) {
      for (const map of [
        sheet.formats,
        sheet.backgrounds,
        sheet.fontWeights,
        sheet.fontColors,
        sheet.wraps,
      ] as Map<number, unknown>[]) {
        forEachKeyIn(map, ref.grid, (key) => map.delete(key));
      }
    }
    if (options.validationsOnly)
      forEachKeyIn(sheet.validations, ref.grid, (key) => sheet.validations.delete(key));
    if (options.commentsOnly) forEachKeyIn(sheet.notes, ref.grid, (key) => sheet.notes.delete(key));
    if (all || options.contentsOnly) writeInputs(ref, () => ({ kind: 'empty' }));
  };

  // ---- bounds ----------------------------------------------------------------------------------

  const checkBounds = (sheet: SheetModel, grid: GridRange): GridRange => {
    if (grid.row < 1) throw new Error('Exception: The starting row of the range is too small.');
    if (grid.column < 1)
      throw new Error('Exception: The starting column of the range is too small.');
    if (grid.numRows < 1)
      throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (grid.numColumns < 1)
      throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (
      grid.row + grid.numRows - 1 > sheet.maxRows ||
      grid.column + grid.numColumns - 1 > sheet.maxColumns
    ) {
      throw new Error(
        'Exception: The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    return grid;
  };

  const integer = (value: unknown, what: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(
        `Exception: The parameters (${typeof value}) don't match the method signature: ${what} must be a number.`,
      );
    }
    return Math.floor(value);
  };

  const rangeOn = (sheet: SheetModel, args: unknown[]): Range => {
    const [a, b, c, d] = args;
    if (typeof a === 'string') {
      const { sheetName, ref } = splitSheet(a);
      let target = sheet;
      if (sheetName !== null) {
        const named = workbook.sheets.find((s) => s.name === sheetName);
        if (!named) throw new Error('Exception: Range not found');
        target = named;
      }
      let grid: GridRange;
      try {
        grid = parseRef(ref, target.maxRows, target.maxColumns);
      } catch {
        throw new Error('Exception: Range not found');
      }
      return rangeFacade(target, checkBounds(target, grid));
    }
    const grid = {
      row: integer(a, 'row'),
      column: integer(b, 'column'),
      numRows: c === undefined ? 1 : integer(c, 'numRows'),
      numColumns: d === undefined ? 1 : integer(d, 'numColumns'),
    };
    return rangeFacade(sheet, checkBounds(sheet, grid));
  };

  // ---- sheets ----------------------------------------------------------------------------------

  const lastContent = (sheet: SheetModel) => {
    let { lastRow, lastColumn } = contentBounds(sheet);
    if (runtime.engine) {
      for (const key of sheet.formulas.keys()) {
        const size = runtime.engine.spillSize(sheet, keyRow(key), keyColumn(key));
        lastRow = Math.max(lastRow, keyRow(key) + size.rows);
        lastColumn = Math.max(lastColumn, keyColumn(key) + size.columns);
      }
    }
    return { lastRow, lastColumn };
  };

  /** Structural edits shift every cell, so the engine mirrors the model afresh. */
  const restructure = () => runtime.engine?.reload();

  const sheetName = (name: unknown): string => {
    const text = String(name ?? '').trim();
    if (!text) throw new Error('Exception: Invalid argument: sheetName');
    if (workbook.sheets.some((s) => s.name.toLowerCase() === text.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${text}" already exists. Please enter another name.`,
      );
    }
    return text;
  };

  const sheetOf = (sheet: unknown): SheetModel => {
    const target = workbook.sheets.find((s) => sheetFacades.get(s.id) === sheet);
    if (!target)
      throw new Error(
        "Exception: The parameters don't match the method signature: sheet must be a Sheet.",
      );
    return target;
  };

  const metadata = createMetadata({
    runtime,
    workbook,
    nextId,
    sheetFacade: (sheet) => sheetFacade(sheet),
    rangeFacade: (sheet, grid) => rangeFacade(sheet, grid),
    spreadsheet: () => spreadsheet,
    rangeOf: (range) => refOf(range),
    sheetOf,
  });

  const protectionFacade = (
    sheet: SheetModel,
    fetched: ProtectionModel,
  ): GoogleAppsScript.Spreadsheet.Protection => {
    // The handle reads and writes the protection as it is now: a structural edit replaces the
    // model (its range moved), as Sheets' Protection follows its range.
    const live = () => sheet.protections.find((p) => p.id === fetched.id) ?? fetched;
    const self = wrap<GoogleAppsScript.Spreadsheet.Protection>(runtime, 'Protection', {
      getProtectionType: () => live().type,
      getDescription: () => live().description,
      setDescription(text: string) {
        live().description = String(text);
        return self;
      },
      isWarningOnly: () => live().warningOnly,
      setWarningOnly(warningOnly: boolean) {
        live().warningOnly = Boolean(warningOnly);
        return self;
      },
      getRange: () =>
        rangeFacade(
          sheet,
          live().range ?? {
            row: 1,
            column: 1,
            numRows: sheet.maxRows,
            numColumns: sheet.maxColumns,
          },
        ),
      getEditors: () =>
        live().editors.map((email) => wrap(runtime, 'User', { getEmail: () => email })),
      addEditor(email: unknown) {
        live().editors.push(
          typeof email === 'string' ? email : String((email as { getEmail(): string }).getEmail()),
        );
        return self;
      },
      removeEditors(emails: unknown[]) {
        const gone = new Set(
          emails.map((e) => (typeof e === 'string' ? e : (e as { getEmail(): string }).getEmail())),
        );
        live().editors = live().editors.filter((e) => !gone.has(e));
        return self;
      },
      canEdit: () => true,
      canDomainEdit: () => true,
      remove() {
        // By id: a structural edit replaces the model (its range moved), and a handle fetched
        // before it (as Apply does before inserting a column) must still remove its protection.
        sheet.protections = sheet.protections.filter((p) => p.id !== live().id);
      },
    });
    return self;
  };

  const protect = (sheet: SheetModel, range: GridRange | null) => {
    const model: ProtectionModel = {
      id: nextId(),
      type: range ? 'RANGE' : 'SHEET',
      range,
      description: '',
      warningOnly: false,
      editors: [],
    };
    live(sheet).protections.push(model);
    return protectionFacade(sheet, model);
  };

  const ruleFacade = (
    model: ConditionalRuleModel,
    sheet: SheetModel | null,
  ): GoogleAppsScript.Spreadsheet.ConditionalFormatRule => {
    const self = wrap<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(
      runtime,
      'ConditionalFormatRule',
      {
        getRanges: () => (sheet ? model.ranges.map((g) => rangeFacade(sheet, g)) : []),
        getBooleanCondition: () =>
          wrap(runtime, 'BooleanCondition', {
            getCriteriaType: () => model.condition.type,
            getCriteriaValues: () => [...model.condition.values],
            getBackground: () => model.format.background,
            getFontColor: () => model.format.fontColor,
            getBold: () => model.format.bold,
            getItalic: () => model.format.italic,
          }),
        getGradientCondition: () => null,
        copy: () => ruleBuilder(model, sheet),
      },
    );
    rules.set(self, model);
    return self;
  };

  const ruleBuilder = (
    from: ConditionalRuleModel | null,
    fromSheet: SheetModel | null,
  ): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder => {
    let condition: ConditionalRuleModel['condition'] | null = from?.condition ?? null;
    const format = {
      background: null as string | null,
      fontColor: null as string | null,
      bold: null as boolean | null,
      italic: null as boolean | null,
      ...from?.format,
    };
    let sheet: SheetModel | null = fromSheet;
    let grids: GridRange[] = from ? [...from.ranges] : [];
    const when =
      (type: BooleanConditionType) =>
      (...values: unknown[]) => {
        condition = { type, values };
        return self;
      };
    const self: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder = wrap(
      runtime,
      'ConditionalFormatRuleBuilder',
      {
        whenTextStartsWith: when('TEXT_STARTS_WITH'),
        whenTextEndsWith: when('TEXT_ENDS_WITH'),
        whenTextContains: when('TEXT_CONTAINS'),
        whenTextDoesNotContain: when('TEXT_DOES_NOT_CONTAIN'),
        whenTextEqualTo: when('TEXT_EQUAL_TO'),
        whenCellEmpty: when('CELL_EMPTY'),
        whenCellNotEmpty: when('CELL_NOT_EMPTY'),
        whenNumberGreaterThan: when('NUMBER_GREATER_THAN'),
        whenNumberLessThan: when('NUMBER_LESS_THAN'),
        whenNumberEqualTo: when('NUMBER_EQUAL_TO'),
        whenFormulaSatisfied(formula: string) {
          if (typeof formula !== 'string' || !formula.startsWith('=')) {
            throw new Error('Exception: Invalid argument: formula must start with "="');
          }
          condition = { type: 'CUSTOM_FORMULA', values: [formula] };
          return self;
        },
        setBackground(color: string | null) {
          format.background = color;
          return self;
        },
        setFontColor(color: string | null) {
          format.fontColor = color;
          return self;
        },
        setBold(bold: boolean | null) {
          format.bold = bold;
          return self;
        },
        setItalic(italic: boolean | null) {
          format.italic = italic;
          return self;
        },
        setRanges(list: unknown[]) {
          const refs = list.map((r) => refOf(r));
          sheet = refs[0]?.sheet ?? null;
          if (refs.some((r) => r.sheet !== sheet))
            throw new Error('Exception: All ranges of a rule must be on one sheet.');
          grids = refs.map((r) => r.grid);
          return self;
        },
        getRanges: () => (sheet ? grids.map((g) => rangeFacade(sheet!, g)) : []),
        build() {
          if (!condition)
            throw new Error(
              'Exception: A conditional format rule needs a condition (whenTextStartsWith, whenFormulaSatisfied, …).',
            );
          if (grids.length === 0)
            throw new Error(
              'Exception: A conditional format rule needs at least one range (setRanges).',
            );
          return ruleFacade(
            { id: nextId(), ranges: grids, condition, format: { ...format } },
            sheet,
          );
        },
      },
    );
    return self;
  };

  const validationFacade = (
    model: ValidationModel,
  ): GoogleAppsScript.Spreadsheet.DataValidation => {
    const self = wrap<GoogleAppsScript.Spreadsheet.DataValidation>(runtime, 'DataValidation', {
      getCriteriaType: () => (model.kind === 'LIST' ? 'VALUE_IN_LIST' : model.kind),
      getCriteriaValues: () => [...model.values],
      getAllowInvalid: () => model.allowInvalid,
      getHelpText: () => model.helpText,
    });
    validations.set(self, model);
    return self;
  };

  const validationBuilder = (): GoogleAppsScript.Spreadsheet.DataValidationBuilder => {
    let kind: ValidationModel['kind'] | null = null;
    let values: unknown[] = [];
    let allowInvalid = true;
    let helpText: string | null = null;
    const self: GoogleAppsScript.Spreadsheet.DataValidationBuilder = wrap(
      runtime,
      'DataValidationBuilder',
      {
        requireCheckbox(...args: unknown[]) {
          kind = 'CHECKBOX';
          values = args;
          return self;
        },
        requireValueInList(list: unknown[], showDropdown?: boolean) {
          kind = 'LIST';
          values = [list, showDropdown ?? true];
          return self;
        },
        setAllowInvalid(allow: boolean) {
          allowInvalid = Boolean(allow);
          return self;
        },
        setHelpText(text: string) {
          helpText = String(text);
          return self;
        },
        build() {
          if (!kind)
            throw new Error(
              'Exception: A data validation rule needs a criterion (requireCheckbox, …).',
            );
          return validationFacade({ kind, values, allowInvalid, helpText });
        },
      },
    );
    return self;
  };

  /** A chart's ranges as Range objects on the sheets they are on (a deleted sheet's are dropped). */
  const chartRanges = (ranges: readonly ChartRange[]) =>
    ranges.flatMap((g) => {
      const on = workbook.sheets.find((s) => s.id === g.sheetId);
      return on ? [rangeFacade(on, g)] : [];
    });

  const chartFacade = (
    model: ChartModel,
    sheet: SheetModel | null,
  ): GoogleAppsScript.Spreadsheet.EmbeddedChart => {
    const self = wrap<GoogleAppsScript.Spreadsheet.EmbeddedChart>(runtime, 'EmbeddedChart', {
      getChartId: () => (sheet?.charts.some((c) => c.id === model.id) ? model.id : null),
      getId: () => String(model.id),
      getType: () => model.chartType,
      getRanges: () => chartRanges(model.ranges),
      getOptions: () =>
        wrap(runtime, 'ChartOptions', { get: (key: string) => model.options[key] ?? null }),
      getContainerInfo: () =>
        wrap(runtime, 'ContainerInfo', {
          getAnchorRow: () => model.position.row,
          getAnchorColumn: () => model.position.column,
          getOffsetX: () => model.position.offsetX,
          getOffsetY: () => model.position.offsetY,
        }),
      modify: () => chartBuilder(sheet, model),
    });
    charts.set(self, { ...model, sheet });
    return self;
  };

  const chartBuilder = (
    sheet: SheetModel | null,
    from: ChartModel | null,
  ): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder => {
    let chartType = from?.chartType ?? null;
    let grids: ChartRange[] = from ? [...from.ranges] : [];
    let position = from?.position ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 };
    const options: Record<string, unknown> = { ...from?.options };
    const self: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = wrap(
      runtime,
      'EmbeddedChartBuilder',
      {
        setChartType(type: string) {
          chartType = String(type);
          return self;
        },
        addRange(range: unknown) {
          const ref = refOf(range);
          grids.push({ ...ref.grid, sheetId: ref.sheet.id });
          return self;
        },
        removeRange(range: unknown) {
          const ref = refOf(range);
          grids = grids.filter(
            (x) => x.sheetId !== ref.sheet.id || a1Notation(x) !== a1Notation(ref.grid),
          );
          return self;
        },
        clearRanges() {
          grids = [];
          return self;
        },
        getRanges: () => chartRanges(grids),
        setPosition(row: number, column: number, offsetX: number, offsetY: number) {
          position = { row, column, offsetX, offsetY };
          return self;
        },
        setOption(key: string, value: unknown) {
          options[key] = value;
          return self;
        },
        getChartType: () => chartType,
        build() {
          if (!chartType) throw new Error('Exception: Chart type is not set (setChartType).');
          return chartFacade(
            {
              id: from?.id ?? nextId(),
              chartType,
              ranges: grids,
              position,
              options: { ...options },
            },
            sheet,
          );
        },
      },
    );
    return self;
  };

  const chartOf = (chart: unknown) => {
    const model = typeof chart === 'object' && chart !== null ? charts.get(chart) : undefined;
    if (!model)
      throw new Error(
        "Exception: The parameters don't match the method signature: chart must be an EmbeddedChart.",
      );
    const { sheet: _sheet, ...rest } = model;
    return rest as ChartModel;
  };

  /** Runs range methods on behalf of a RangeList: Sheets makes one call of it, not one per range. */
  const uncounted = <T>(fn: () => T): T => {
    const saved = new Map(runtime.calls);
    try {
      return fn();
    } finally {
      runtime.calls.clear();
      for (const [k, v] of saved) runtime.calls.set(k, v);
    }
  };

  /** Methods a RangeList applies to each of its ranges, in order (Apps Script's RangeList). */
  const RANGE_LIST_METHODS = [
    'activate',
    'check',
    'uncheck',
    'clear',
    'clearContent',
    'clearDataValidations',
    'clearFormat',
    'clearNote',
    'insertCheckboxes',
    'removeCheckboxes',
    'setBackground',
    'setFontColor',
    'setFontWeight',
    'setFormula',
    'setHorizontalAlignment',
    'setNote',
    'setNumberFormat',
    'setValue',
    'setVerticalAlignment',
    'setWrap',
  ] as const;

  const rangeListFacade = (list: readonly Range[]): GoogleAppsScript.Spreadsheet.RangeList => {
    const impl: Record<string, unknown> = {
      getRanges: () => [...list],
      toString: () => 'RangeList',
    };
    const self = wrap<GoogleAppsScript.Spreadsheet.RangeList>(runtime, 'RangeList', impl);
    for (const method of RANGE_LIST_METHODS) {
      impl[method] = (...args: unknown[]) => {
        uncounted(() => {
          for (const range of list) {
            (range as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
          }
        });
        return self;
      };
    }
    return self;
  };

  /** Sheet.getRangeList: A1 notations on this sheet (a sheet prefix must name this sheet). */
  const rangeListOn = (sheet: SheetModel, notations: unknown) => {
    if (!Array.isArray(notations) || notations.length === 0) {
      throw new Error(
        "Exception: The parameters don't match the method signature: a1Notations must be a non-empty array of A1 notations.",
      );
    }
    const list = notations.map((a1) => {
      if (typeof a1 !== 'string') throw new Error('Exception: Range not found');
      const { sheetName } = splitSheet(a1);
      if (sheetName !== null && sheetName !== sheet.name)
        throw new Error('Exception: Range not found');
      return rangeOn(sheet, [a1]);
    });
    return rangeListFacade(list);
  };

  /**
   * Sheet.getSheetValues: -1 rows or columns means through the last row or column with content
   * (Apps Script's documented shorthand), so `getSheetValues(1, 1, -1, -1)` reads the data range.
   * The count is computed as Sheets does, lastRow - startRow + 1, so on a blank sheet (last row 0)
   * it is 0 and the call throws "The number of rows in the range must be at least 1." — unlike
   * getDataRange(), which is always at least A1. Reasoned from the reference:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)
   */
  const sheetValues = (sheet: SheetModel, args: unknown[]) => {
    const [row, column, rows, columns] = args.map((a, i) =>
      integer(a, ['startRow', 'startColumn', 'numRows', 'numColumns'][i] as string),
    ) as [number, number, number, number];
    const { lastRow, lastColumn } = lastContent(sheet);
    const grid = {
      row,
      column,
      numRows: rows === -1 ? lastRow - row + 1 : rows,
      numColumns: columns === -1 ? lastColumn - column + 1 : columns,
    };
    const ref = { sheet, grid: checkBounds(sheet, grid) };
    return grid2d(ref, (r, c) => cellValue(sheet, r, c));
  };

  function sheetFacade(sheet: SheetModel): Sheet {
    const existing = sheetFacades.get(sheet.id);
    if (existing) return existing;
    const whole = (): RangeRef => ({
      sheet,
      grid: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns },
    });
    const grow = (kind: 'rows' | 'columns', before0: number, count: unknown) => {
      const n = integer(count, 'howMany');
      if (n < 1) throw new Error(`Exception: The number of ${kind} to insert must be at least 1.`);
      const limit = kind === 'rows' ? sheet.maxRows : sheet.maxColumns;
      if (before0 < 0 || before0 > limit)
        throw new Error(`Exception: Those ${kind} are out of bounds.`);
      const axis = kind === 'rows' ? 'ROW' : 'COLUMN';
      applyStructuralEdit(workbook, live(sheet), axis, insertMap(before0 + 1, n), limit + n);
      restructure();
      return self;
    };
    const shrink = (kind: 'rows' | 'columns', start: unknown, count: unknown) => {
      const s = integer(start, 'position');
      const n = count === undefined ? 1 : integer(count, 'howMany');
      const limit = kind === 'rows' ? sheet.maxRows : sheet.maxColumns;
      if (s < 1 || n < 1 || s + n - 1 > limit)
        throw new Error(`Exception: Those ${kind} are out of bounds.`);
      if (n === limit) throw new Error(`Exception: You can't delete all the ${kind} on the sheet.`);
      const axis = kind === 'rows' ? 'ROW' : 'COLUMN';
      applyStructuralEdit(workbook, live(sheet), axis, deleteMap(s, n), limit - n);
      restructure();
      return self;
    };
    /** Sheet.moveRows / moveColumns: the rows or columns a range spans go before `destination`. */
    const move = (kind: 'rows' | 'columns', spec: unknown, destination: unknown) => {
      const { grid } = refOf(spec, kind === 'rows' ? 'rowSpec' : 'columnSpec');
      if (refOf(spec).sheet !== live(sheet))
        throw new Error(`Exception: The ${kind} to move must be on this sheet.`);
      const d = integer(destination, 'destinationIndex');
      const start = kind === 'rows' ? grid.row : grid.column;
      const count = kind === 'rows' ? grid.numRows : grid.numColumns;
      const limit = kind === 'rows' ? sheet.maxRows : sheet.maxColumns;
      if (d < 1 || d > limit + 1 || (d > start && d <= start + count - 1))
        throw new Error(`Exception: Those ${kind} are out of bounds.`);
      if (d === start || d === start + count) return; // already there
      const axis = kind === 'rows' ? 'ROW' : 'COLUMN';
      applyStructuralEdit(workbook, sheet, axis, moveMap(start, count, d), limit);
      restructure();
    };
    const self: Sheet = wrap(runtime, 'Sheet', {
      getName: () => sheet.name,
      setName(name: string) {
        if (name === sheet.name) return self;
        const old = sheet.name;
        const next = sheetName(name);
        renameSheetReferences(workbook, old, next);
        sheet.name = next;
        restructure();
        return self;
      },
      getSheetId: () => sheet.id,
      getIndex: () => workbook.sheets.indexOf(sheet) + 1,
      getParent: () => spreadsheet,
      getType: () => 'GRID',
      getRange: (...args: unknown[]) => rangeOn(live(sheet), args),
      getRangeList: (notations: unknown) => rangeListOn(live(sheet), notations),
      getSheetValues: (...args: unknown[]) => sheetValues(live(sheet), args),
      getDataRange: () => {
        const { lastRow, lastColumn } = lastContent(sheet);
        return rangeFacade(sheet, {
          row: 1,
          column: 1,
          numRows: Math.max(1, lastRow),
          numColumns: Math.max(1, lastColumn),
        });
      },
      getLastRow: () => lastContent(sheet).lastRow,
      getLastColumn: () => lastContent(sheet).lastColumn,
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      insertRows: (before: unknown, n?: unknown) =>
        grow('rows', integer(before, 'rowIndex') - 1, n ?? 1),
      insertRowsBefore: (before: unknown, n: unknown) =>
        grow('rows', integer(before, 'beforePosition') - 1, n),
      insertRowsAfter: (after: unknown, n: unknown) =>
        grow('rows', integer(after, 'afterPosition'), n),
      insertRowBefore: (before: unknown) => grow('rows', integer(before, 'beforePosition') - 1, 1),
      insertRowAfter: (after: unknown) => grow('rows', integer(after, 'afterPosition'), 1),
      insertColumns: (before: unknown, n?: unknown) =>
        grow('columns', integer(before, 'columnIndex') - 1, n ?? 1),
      insertColumnsBefore: (before: unknown, n: unknown) =>
        grow('columns', integer(before, 'beforePosition') - 1, n),
      insertColumnsAfter: (after: unknown, n: unknown) =>
        grow('columns', integer(after, 'afterPosition'), n),
      insertColumnBefore: (before: unknown) =>
        grow('columns', integer(before, 'beforePosition') - 1, 1),
      insertColumnAfter: (after: unknown) => grow('columns', integer(after, 'afterPosition'), 1),
      deleteRows: (start: unknown, n: unknown) => shrink('rows', start, n),
      deleteRow: (row: unknown) => shrink('rows', row, 1),
      deleteColumns: (start: unknown, n: unknown) => shrink('columns', start, n),
      deleteColumn: (column: unknown) => shrink('columns', column, 1),
      moveRows: (rowSpec: unknown, destinationIndex: unknown) =>
        move('rows', rowSpec, destinationIndex),
      moveColumns: (columnSpec: unknown, destinationIndex: unknown) =>
        move('columns', columnSpec, destinationIndex),
      sort(columnPosition: unknown, ascending?: unknown) {
        // Sorts the rows below the frozen ones, through the last row with content.
        const first = sheet.frozenRows + 1;
        const { lastRow } = lastContent(live(sheet));
        if (lastRow >= first) {
          sortRows(
            sheet,
            { row: first, column: 1, numRows: lastRow - first + 1, numColumns: sheet.maxColumns },
            [{ column: integer(columnPosition, 'columnPosition'), ascending: ascending !== false }],
            (r0, c0) => computed(sheet, r0, c0),
          );
          restructure();
        }
        return self;
      },
      clear(options?: Record<string, boolean>) {
        clearRange(whole(), options);
        return self;
      },
      clearContents() {
        clearRange(whole(), { contentsOnly: true });
        return self;
      },
      clearFormats() {
        clearRange(whole(), { formatOnly: true });
        return self;
      },
      clearConditionalFormatRules() {
        sheet.rules = [];
      },
      getFrozenRows: () => sheet.frozenRows,
      setFrozenRows(n: unknown) {
        const rows = integer(n, 'rows');
        if (rows < 0 || rows >= sheet.maxRows) throw new Error('Exception: Invalid argument: rows');
        sheet.frozenRows = rows;
      },
      getFrozenColumns: () => sheet.frozenColumns,
      setFrozenColumns(n: unknown) {
        const columns = integer(n, 'columns');
        if (columns < 0 || columns >= sheet.maxColumns)
          throw new Error('Exception: Invalid argument: columns');
        sheet.frozenColumns = columns;
      },
      getColumnWidth: (column: number) => sheet.columnWidths.get(column) ?? 100,
      setColumnWidth(column: number, width: number) {
        sheet.columnWidths.set(column, width);
        return self;
      },
      setColumnWidths(start: number, count: number, width: number) {
        for (let c = start; c < start + count; c++) sheet.columnWidths.set(c, width);
        return self;
      },
      autoResizeColumns: () => self,
      autoResizeColumn: () => self,
      isSheetHidden: () => sheet.hidden,
      hideSheet() {
        sheet.hidden = true;
        return self;
      },
      showSheet() {
        sheet.hidden = false;
        return self;
      },
      activate() {
        workbook.activeSheetId = sheet.id;
        return self;
      },
      protect: () => protect(sheet, null),
      getProtections: (type: unknown) =>
        sheet.protections.filter((p) => p.type === type).map((p) => protectionFacade(sheet, p)),
      getConditionalFormatRules: () => sheet.rules.map((r) => ruleFacade(r, sheet)),
      setConditionalFormatRules(list: unknown[]) {
        if (!Array.isArray(list))
          throw new Error(
            "Exception: The parameters don't match the method signature: rules must be an array.",
          );
        sheet.rules = list.map((rule) => {
          const model = typeof rule === 'object' && rule !== null ? rules.get(rule) : undefined;
          if (!model)
            throw new Error(
              'Exception: Every item must be a ConditionalFormatRule (built with newConditionalFormatRule().build()).',
            );
          return model;
        });
      },
      newChart: () => chartBuilder(sheet, null),
      insertChart(chart: unknown) {
        const model = chartOf(chart);
        if (sheet.charts.some((c) => c.id === model.id))
          throw new Error('Exception: This chart is already on the sheet.');
        sheet.charts.push(model);
      },
      updateChart(chart: unknown) {
        const model = chartOf(chart);
        const at = sheet.charts.findIndex((c) => c.id === model.id);
        if (at < 0) throw new Error('Exception: The chart is not on this sheet.');
        sheet.charts[at] = model;
      },
      removeChart(chart: unknown) {
        const model = chartOf(chart);
        const before = sheet.charts.length;
        sheet.charts = sheet.charts.filter((c) => c.id !== model.id);
        if (sheet.charts.length === before)
          throw new Error('Exception: The chart is not on this sheet.');
      },
      getCharts: () => sheet.charts.map((c) => chartFacade(c, sheet)),
      addDeveloperMetadata(...args: unknown[]) {
        metadata.add({ type: 'SHEET', sheetId: live(sheet).id }, args);
        return self;
      },
      getDeveloperMetadata: () => metadata.at({ type: 'SHEET', sheetId: sheet.id }),
      createDeveloperMetadataFinder: () => metadata.finder({ kind: 'SHEET', sheet }),
      toString: () => 'Sheet',
    });
    sheetFacades.set(sheet.id, self);
    return self;
  }

  function rangeFacade(sheet: SheetModel, grid: GridRange): Range {
    const ref: RangeRef = { sheet, grid };
    const { row, column, numRows, numColumns } = grid;
    const first = <T>(read: () => T[][]): T => read()[0]![0]!;
    const topLeft: RangeRef = { sheet, grid: { row, column, numRows: 1, numColumns: 1 } };
    const setAll = (input: (row0: number, col0: number) => CellInput) =>
      writeInputs(ref, (_r, _c, r0, c0) => input(r0, c0));
    const setValue = (value: unknown) => {
      const tz = workbook.timeZone;
      setAll((r0, c0) => parseInput(value, tz, sheet.formats.get(cellKey(r0, c0))));
    };
    const self: Range = wrap(runtime, 'Range', {
      getA1Notation: () => a1Notation(grid),
      getRow: () => row,
      getColumn: () => column,
      getRowIndex: () => row,
      getNumRows: () => numRows,
      getNumColumns: () => numColumns,
      getLastRow: () => row + numRows - 1,
      getLastColumn: () => column + numColumns - 1,
      getSheet: () => sheetFacade(sheet),
      getGridId: () => sheet.id,
      getValues: () => grid2d(ref, (r, c) => cellValue(sheet, r, c)),
      getValue: () => cellValue(sheet, row - 1, column - 1),
      getDisplayValues: () => grid2d(ref, (r, c) => display(sheet, r, c)),
      getDisplayValue: () => display(sheet, row - 1, column - 1),
      setValues(data: unknown) {
        const rows = checkShape(ref, data);
        const tz = workbook.timeZone;
        writeInputs(ref, (r, c, r0, c0) =>
          parseInput(rows[r]![c], tz, sheet.formats.get(cellKey(r0, c0))),
        );
        return self;
      },
      setValue(value: unknown) {
        setValue(value);
        return self;
      },
      getFormulas: () => grid2d(ref, keyed(sheet.formulas, '')),
      getFormula: () => first(() => grid2d(topLeft, keyed(sheet.formulas, ''))),
      setFormula(formula: unknown) {
        const text = String(formula);
        if (!text.startsWith('=')) {
          setValue(text);
          return self;
        }
        setAll((r0, c0) => ({
          kind: 'formula',
          formula: shiftFormula(text, r0 - (row - 1), c0 - (column - 1)),
        }));
        return self;
      },
      setFormulas(data: unknown) {
        const rows = checkShape(ref, data);
        const tz = workbook.timeZone;
        writeInputs(ref, (r, c, r0, c0) => {
          const f = rows[r]![c];
          return typeof f === 'string' && f.startsWith('=')
            ? { kind: 'formula', formula: f }
            : parseInput(f, tz, sheet.formats.get(cellKey(r0, c0)));
        });
        return self;
      },
      getNumberFormats: () => grid2d(ref, keyed(sheet.formats, 'General')),
      getNumberFormat: () => keyed(sheet.formats, 'General')(row - 1, column - 1),
      setNumberFormat(format: unknown) {
        setKeyed(ref, sheet.formats, () => String(format));
        return self;
      },
      setNumberFormats(data: unknown) {
        const rows = checkShape(ref, data);
        setKeyed(ref, sheet.formats, (r, c) => String(rows[r]![c]));
        return self;
      },
      getBackgrounds: () => grid2d(ref, keyed(sheet.backgrounds, '#ffffff')),
      getBackground: () => keyed(sheet.backgrounds, '#ffffff')(row - 1, column - 1),
      setBackground(color: string | null) {
        setKeyed(ref, sheet.backgrounds, () => normalColor(color, '#ffffff'));
        return self;
      },
      setBackgrounds(data: unknown) {
        const rows = checkShape(ref, data);
        setKeyed(ref, sheet.backgrounds, (r, c) =>
          normalColor(rows[r]![c] as string | null, '#ffffff'),
        );
        return self;
      },
      getFontWeights: () => grid2d(ref, keyed(sheet.fontWeights, 'normal')),
      getFontWeight: () => keyed(sheet.fontWeights, 'normal')(row - 1, column - 1),
      setFontWeight(weight: string | null) {
        setKeyed(ref, sheet.fontWeights, () => (weight === 'bold' ? 'bold' : null));
        return self;
      },
      setFontWeights(data: unknown) {
        const rows = checkShape(ref, data);
        setKeyed(ref, sheet.fontWeights, (r, c) => (rows[r]![c] === 'bold' ? 'bold' : null));
        return self;
      },
      getFontColors: () => grid2d(ref, keyed(sheet.fontColors, '#000000')),
      getFontColor: () => keyed(sheet.fontColors, '#000000')(row - 1, column - 1),
      setFontColor(color: string | null) {
        setKeyed(ref, sheet.fontColors, () => normalColor(color, '#000000'));
        return self;
      },
      getNote: () => keyed(sheet.notes, '')(row - 1, column - 1),
      getNotes: () => grid2d(ref, keyed(sheet.notes, '')),
      setNote(note: string | null) {
        setKeyed(ref, sheet.notes, () => (note ? String(note) : null));
        return self;
      },
      setHorizontalAlignment: () => self,
      setVerticalAlignment: () => self,
      setWrap(wrap: unknown) {
        setKeyed(ref, sheet.wraps, () => (wrap === true ? true : null));
        return self;
      },
      getWrap: () => keyed(sheet.wraps, false as boolean)(row - 1, column - 1),
      isBlank: () =>
        grid2d(ref, (r, c) => computed(sheet, r, c)).every((line) => line.every((v) => v === '')),
      clear(options?: Record<string, boolean>) {
        clearRange(ref, options);
        return self;
      },
      clearContent() {
        clearRange(ref, { contentsOnly: true });
        return self;
      },
      clearFormat() {
        clearRange(ref, { formatOnly: true });
        return self;
      },
      clearDataValidations() {
        clearRange(ref, { validationsOnly: true });
        return self;
      },
      clearNote() {
        clearRange(ref, { commentsOnly: true });
        return self;
      },
      offset(rowOffset: number, columnOffset: number, rows?: number, columns?: number) {
        return rangeFacade(
          sheet,
          checkBounds(sheet, {
            row: row + rowOffset,
            column: column + columnOffset,
            numRows: rows ?? numRows,
            numColumns: columns ?? numColumns,
          }),
        );
      },
      getCell(r: number, c: number) {
        if (r < 1 || c < 1 || r > numRows || c > numColumns)
          throw new Error('Exception: Cell reference out of range');
        return rangeFacade(sheet, {
          row: row + r - 1,
          column: column + c - 1,
          numRows: 1,
          numColumns: 1,
        });
      },
      activate() {
        workbook.activeSheetId = sheet.id;
        return self;
      },
      protect: () => protect(sheet, grid),
      getDataValidation: () => {
        const v = sheet.validations.get(cellKey(row - 1, column - 1));
        return v ? validationFacade(v) : null;
      },
      getDataValidations: () =>
        grid2d(ref, (r, c) => {
          const v = sheet.validations.get(cellKey(r, c));
          return v ? validationFacade(v) : null;
        }),
      setDataValidation(rule: unknown) {
        const model =
          rule === null
            ? null
            : typeof rule === 'object'
              ? validations.get(rule as object)
              : undefined;
        if (model === undefined)
          throw new Error(
            "Exception: The parameters don't match the method signature: rule must be a DataValidation.",
          );
        setKeyed(ref, sheet.validations, () => model);
        return self;
      },
      setDataValidations(data: unknown) {
        const rows = checkShape(ref, data);
        const models = rows.map((line) =>
          line.map((rule) => {
            const model =
              rule === null
                ? null
                : typeof rule === 'object'
                  ? validations.get(rule as object)
                  : undefined;
            if (model === undefined)
              throw new Error(
                "Exception: The parameters don't match the method signature: rules must be DataValidation or null.",
              );
            return model;
          }),
        );
        setKeyed(ref, sheet.validations, (r, c) => models[r]![c]!);
        return self;
      },
      insertCheckboxes(...values: unknown[]) {
        const model: ValidationModel = {
          kind: 'CHECKBOX',
          values,
          allowInvalid: false,
          helpText: null,
        };
        setKeyed(ref, sheet.validations, () => model);
        const unchecked = values.length > 1 ? values[1] : false;
        writeInputs(ref, () => ({ kind: 'value', value: unchecked as Scalar }));
        return self;
      },
      removeCheckboxes() {
        forEachKeyIn(sheet.validations, grid, (key) => {
          if (sheet.validations.get(key)?.kind === 'CHECKBOX') sheet.validations.delete(key);
        });
        writeInputs(ref, () => ({ kind: 'empty' }));
        return self;
      },
      check() {
        writeInputs(ref, () => ({ kind: 'value', value: true }));
        return self;
      },
      uncheck() {
        writeInputs(ref, () => ({ kind: 'value', value: false }));
        return self;
      },
      isChecked() {
        const values = grid2d(ref, (r, c) => computed(sheet, r, c));
        const flat = values.flat();
        if (flat.every((v) => v === true)) return true;
        if (flat.every((v) => v === false)) return false;
        return null;
      },
      addDeveloperMetadata(...args: unknown[]) {
        metadata.add(metadata.rangeLocation(live(sheet), grid), args);
        return self;
      },
      getDeveloperMetadata: () => {
        let location: ReturnType<typeof metadata.rangeLocation> | null = null;
        try {
          location = metadata.rangeLocation(sheet, grid);
        } catch {
          // Not one whole row or column: no metadata can sit exactly here.
        }
        return metadata.at(location);
      },
      createDeveloperMetadataFinder: () => metadata.finder({ kind: 'RANGE', sheet, grid }),
      sort(sortSpecObj: unknown) {
        sortRows(live(sheet), grid, sortSpecs(sortSpecObj, grid), (r0, c0) =>
          computed(sheet, r0, c0),
        );
        restructure();
        return self;
      },
      toString: () => 'Range',
    });
    ranges.set(self, ref);
    return self;
  }

  const display = (sheet: SheetModel, row0: number, col0: number): string => {
    const v = computed(sheet, row0, col0);
    if (isErrorValue(v)) return v.error;
    return displayValue(
      v,
      sheet.formats.size > 0 ? sheet.formats.get(cellKey(row0, col0)) : undefined,
    );
  };

  const activeSheet = () =>
    workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? workbook.sheets[0]!;

  const spreadsheet: Spreadsheet = wrap(runtime, 'Spreadsheet', {
    getId: () => workbook.id,
    getName: () => workbook.name,
    rename(name: string) {
      workbook.name = String(name);
    },
    getUrl: () => `https://docs.google.com/spreadsheets/d/${workbook.id}/edit`,
    getSpreadsheetTimeZone: () => workbook.timeZone,
    setSpreadsheetTimeZone(timeZone: string) {
      workbook.timeZone = checkTimeZone(timeZone);
    },
    getSpreadsheetLocale: () => 'en_US',
    getSheets: () => workbook.sheets.map(sheetFacade),
    getNumSheets: () => workbook.sheets.length,
    getSheetByName: (name: string) => {
      const sheet = workbook.sheets.find((s) => s.name === name);
      return sheet ? sheetFacade(sheet) : null;
    },
    getSheetById: (id: number) => {
      const sheet = workbook.sheets.find((s) => s.id === id);
      return sheet ? sheetFacade(sheet) : null;
    },
    insertSheet(...args: unknown[]) {
      const name = typeof args[0] === 'string' ? sheetName(args[0]) : defaultSheetName();
      const index =
        typeof args[0] === 'number'
          ? args[0]
          : typeof args[1] === 'number'
            ? args[1]
            : workbook.sheets.indexOf(activeSheet()) + 1;
      const sheet = newSheet(nextId(), name);
      workbook.sheets.splice(Math.max(0, Math.min(index, workbook.sheets.length)), 0, sheet);
      workbook.activeSheetId = sheet.id;
      // Formulas that named this sheet before it existed now resolve (the engine rebuilds them).
      runtime.engine?.addSheet(sheet);
      return sheetFacade(sheet);
    },
    deleteSheet(sheet: unknown) {
      const target = workbook.sheets.find((s) => sheetFacades.get(s.id) === sheet);
      if (!target) throw new Error('Exception: The sheet to delete was not found.');
      if (workbook.sheets.length === 1)
        throw new Error("Exception: You can't remove all the sheets in a document.");
      workbook.sheets = workbook.sheets.filter((s) => s !== target);
      dropSheet(workbook, target.name);
      workbook.metadata = workbook.metadata.filter(
        (m) => !('sheetId' in m.location) || m.location.sheetId !== target.id,
      );
      if (workbook.activeSheetId === target.id) workbook.activeSheetId = workbook.sheets[0]!.id;
      restructure();
    },
    getActiveSheet: () => sheetFacade(activeSheet()),
    // Spreadsheet's shortcuts for the active sheet (documented as acting on it): one call each.
    getSheetName: () => activeSheet().name,
    getSheetValues: (...args: unknown[]) => sheetValues(live(activeSheet()), args),
    setActiveSheet(sheet: unknown) {
      const target = workbook.sheets.find((s) => sheetFacades.get(s.id) === sheet);
      if (!target) throw new Error('Exception: The sheet was not found.');
      workbook.activeSheetId = target.id;
      return sheet;
    },
    getRange: (a1: string) => rangeOn(activeSheet(), [a1]),
    getProtections: (type: unknown) =>
      workbook.sheets.flatMap((s) =>
        s.protections.filter((p) => p.type === type).map((p) => protectionFacade(s, p)),
      ),
    addDeveloperMetadata(...args: unknown[]) {
      metadata.add({ type: 'SPREADSHEET' }, args);
      return spreadsheet;
    },
    getDeveloperMetadata: () => metadata.at({ type: 'SPREADSHEET' }),
    createDeveloperMetadataFinder: () => metadata.finder({ kind: 'SPREADSHEET' }),
    toast(message: string, title?: string) {
      workbook.toasts.push({ message: String(message), title: title ?? '' });
    },
    getOwner: () => null,
    toString: () => 'Spreadsheet',
  });

  const defaultSheetName = () => {
    let n = workbook.sheets.length + 1;
    while (workbook.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    return `Sheet${n}`;
  };

  const requireDocument = (method: string) => {
    if (runtime.authMode === 'NONE') {
      throw new Error(
        `Exception: You do not have permission to call SpreadsheetApp.${method} in AuthMode.NONE (the add-on is not enabled in this document yet).`,
      );
    }
  };

  const openOther = (method: 'openByUrl' | 'openById', urlOrId: string): Spreadsheet => {
    if (!others) throw new Error(`Emulator: SpreadsheetApp.${method} is not implemented`);
    return others.open(method, String(urlOrId));
  };

  const app = wrap<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(runtime, 'SpreadsheetApp', {
    getActiveSpreadsheet: () => {
      requireDocument('getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive: () => {
      requireDocument('getActive');
      return spreadsheet;
    },
    getActiveSheet: () => {
      requireDocument('getActiveSheet');
      return sheetFacade(activeSheet());
    },
    getUi: () => ui(),
    openByUrl: (url: string) => openOther('openByUrl', url),
    openById: (id: string) => openOther('openById', id),
    newConditionalFormatRule: () => ruleBuilder(null, null),
    newDataValidation: () => validationBuilder(),
    flush: () => undefined,
    ProtectionType,
    BooleanCriteria,
    DataValidationCriteria,
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
  });

  return {
    app,
    spreadsheet,
    sheetFacade,
    rangeFacade,
    cellValue,
    computed,
    formatOf,
    bounds: lastContent,
  };
}

function normalColor(color: string | null | undefined, fallback: string): string | null {
  if (color === null || color === undefined || color === '') return null;
  const c = String(color).toLowerCase();
  return c === fallback ? null : c;
}
