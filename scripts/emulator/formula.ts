/**
 * Formula text as Sheets writes it, made ready for the engine: open-ended ranges get their end row,
 * relative references shift for conditional-format rules, sheet renames follow through.
 * Everything works on the text outside string literals and quoted sheet names.
 */
import { columnLetters, columnNumber, quoteSheetName, splitSheet } from './a1';
import type { SheetModel, WorkbookModel } from './model';

/** Applies fn to the parts of a formula that are not inside "string literals". */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : fn(part))).join('');
}

const SHEET_PREFIX = String.raw`((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?`;
const RANGE = new RegExp(
  String.raw`(?<![\w.$'])${SHEET_PREFIX}(\$?[A-Za-z]{1,3})(\$?\d+)?:(\$?[A-Za-z]{1,3})(\$?\d+)?(?![\w(])`,
  'g',
);

/**
 * Spells out open-ended and whole-column ranges with the referenced sheet's last row, as Sheets
 * reads them: "Log!A2:H" → "Log!A2:H1000", "C:C" → "C$1:C$1000".
 */
export function translateFormula(
  formula: string,
  workbook: WorkbookModel,
  sheet: SheetModel,
): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      RANGE,
      (
        whole,
        prefix: string | undefined,
        c1: string,
        r1: string | undefined,
        c2: string,
        r2: string | undefined,
      ) => {
        if (r2 !== undefined) return whole;
        const target = prefix
          ? workbook.sheets.find((s) => s.name === splitSheet(`${prefix}A1`).sheetName)
          : sheet;
        const maxRows = target?.maxRows ?? sheet.maxRows;
        return `${prefix ?? ''}${c1}${r1 ?? '$1'}:${c2}$${maxRows}`;
      },
    ),
  );
}

const CELL_REF = new RegExp(
  String.raw`(?<![\w.$])${SHEET_PREFIX}(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])`,
  'g',
);

/** Moves relative references by (rows, columns), as Sheets does for a rule applied to other cells. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(
      CELL_REF,
      (
        _whole,
        prefix: string | undefined,
        colAbs: string,
        col: string,
        rowAbs: string,
        row: string,
      ) => {
        const c = colAbs ? columnNumber(col) : columnNumber(col) + columns;
        const r = rowAbs ? Number(row) : Number(row) + rows;
        if (c < 1 || r < 1) return '#REF!';
        return `${prefix ?? ''}${colAbs}${columnLetters(c)}${rowAbs}${r}`;
      },
    ),
  );
}

/** Rewrites references to a renamed sheet, as Sheets does when a tab is renamed. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return outsideStrings(formula, (code) =>
    code.replace(/((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*))!/g, (whole, prefix: string) => {
      const name = splitSheet(`${prefix}!A1`).sheetName;
      return name === from ? `${quoteSheetName(to)}!` : whole;
    }),
  );
}
