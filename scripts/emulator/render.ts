/**
 * What a person looking at a sheet sees: each cell's display text and its effective colours, with
 * conditional-format rules applied over the cell's own formatting (the first matching rule wins, as
 * in Sheets). Custom-formula rules are evaluated by the formula engine with their relative
 * references moved to each cell.
 */
import { columnLetters } from './a1';
import { displayValue } from './cells';
import { type Computed, isErrorValue } from './engine';
import { shiftFormula } from './formula';
import { type ConditionalRuleModel, cellKey, type SheetModel } from './model';
import { ensureEngine, type Runtime } from './runtime';

export interface RenderedCell {
  /** A1 address, e.g. "I2". */
  readonly address: string;
  readonly display: string;
  /** The formula typed in the cell, or "" (spilled cells have none). */
  readonly formula: string;
  /** Background after conditional formatting (#rrggbb). */
  readonly background: string;
  readonly fontColor: string;
  readonly bold: boolean;
  /** The cell wraps its text (setWrap). */
  readonly wrap: boolean;
  /** The id of the conditional-format rule that coloured the cell, if any. */
  readonly ruleId: number | null;
  /** For error cells: what Sheets shows when hovering (e.g. the message a custom function threw). */
  readonly error: string | null;
}

export interface RenderedSheet {
  readonly name: string;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** 1-based first row rendered. */
  readonly firstRow: number;
  readonly rows: RenderedCell[][];
}

export interface RenderOptions {
  /** 1-based first row (default 1). */
  readonly firstRow?: number;
  /** How many rows (default: through the last row with content, at least the frozen rows). */
  readonly numRows?: number;
  /** How many columns (default: through the last column with content). */
  readonly numColumns?: number;
}

const truthy = (v: Computed): boolean =>
  v === true ||
  (typeof v === 'number' && v !== 0) ||
  (typeof v === 'string' && v.toUpperCase() === 'TRUE');

export function renderSheet(
  runtime: Runtime,
  sheet: SheetModel,
  computed: (sheet: SheetModel, row0: number, col0: number) => Computed,
  bounds: { lastRow: number; lastColumn: number },
  options: RenderOptions = {},
): RenderedSheet {
  const firstRow = Math.max(1, options.firstRow ?? 1);
  const numRows = Math.min(
    sheet.maxRows - firstRow + 1,
    options.numRows ?? Math.max(bounds.lastRow, sheet.frozenRows, 1) - firstRow + 1,
  );
  const numColumns = Math.min(
    sheet.maxColumns,
    options.numColumns ?? Math.max(bounds.lastColumn, 1),
  );
  const formulaCache = new Map<string, boolean>();

  const matches = (
    rule: ConditionalRuleModel,
    row: number,
    column: number,
    text: string,
    value: Computed,
  ): boolean => {
    const { type, values } = rule.condition;
    const arg = String(values[0] ?? '').toLowerCase();
    const lower = text.toLowerCase();
    switch (type) {
      case 'TEXT_STARTS_WITH':
        return lower.startsWith(arg);
      case 'TEXT_ENDS_WITH':
        return lower.endsWith(arg);
      case 'TEXT_CONTAINS':
        return lower.includes(arg);
      case 'TEXT_DOES_NOT_CONTAIN':
        return !lower.includes(arg);
      case 'TEXT_EQUAL_TO':
        return lower === arg;
      case 'CELL_EMPTY':
        return text === '';
      case 'CELL_NOT_EMPTY':
        return text !== '';
      case 'NUMBER_GREATER_THAN':
        return typeof value === 'number' && value > Number(values[0]);
      case 'NUMBER_LESS_THAN':
        return typeof value === 'number' && value < Number(values[0]);
      case 'NUMBER_EQUAL_TO':
        return typeof value === 'number' && value === Number(values[0]);
      case 'CUSTOM_FORMULA': {
        const anchor = rule.ranges[0];
        if (!anchor) return false;
        const formula = shiftFormula(String(values[0]), row - anchor.row, column - anchor.column);
        let result = formulaCache.get(formula);
        if (result === undefined) {
          result = truthy(ensureEngine(runtime).calculate(formula, sheet));
          formulaCache.set(formula, result);
        }
        return result;
      }
    }
  };

  const ruleFor = (row: number, column: number, text: string, value: Computed) =>
    sheet.rules.find(
      (rule) =>
        rule.ranges.some(
          (g) =>
            row >= g.row &&
            row < g.row + g.numRows &&
            column >= g.column &&
            column < g.column + g.numColumns,
        ) && matches(rule, row, column, text, value),
    );

  const rows: RenderedCell[][] = [];
  for (let r = 0; r < numRows; r++) {
    const row = firstRow + r;
    const line: RenderedCell[] = [];
    for (let c = 0; c < numColumns; c++) {
      const column = c + 1;
      const key = cellKey(row - 1, c);
      const value = computed(sheet, row - 1, c);
      const error = isErrorValue(value) ? value : null;
      const display = isErrorValue(value)
        ? value.error
        : displayValue(
            value,
            sheet.formats.get(key) ?? runtime.engine?.importedFormat(sheet, row - 1, c),
          );
      const rule = sheet.rules.length > 0 ? ruleFor(row, column, display, value) : undefined;
      line.push({
        address: `${columnLetters(column)}${row}`,
        display,
        formula: sheet.formulas.get(key) ?? '',
        background: rule?.format.background ?? sheet.backgrounds.get(key) ?? '#ffffff',
        fontColor: rule?.format.fontColor ?? sheet.fontColors.get(key) ?? '#000000',
        bold: rule?.format.bold ?? sheet.fontWeights.get(key) === 'bold',
        wrap: sheet.wraps.get(key) === true,
        ruleId: rule?.id ?? null,
        error: error ? error.message : null,
      });
    }
    rows.push(line);
  }
  return {
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    firstRow,
    rows,
  };
}
