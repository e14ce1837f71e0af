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
 * A string literal as the engine can parse it. Sheets writes a quote inside a string as "" (as in
 * `="O""Neil"`); HyperFormula's grammar has no such escape, so the literal becomes a concatenation
 * with CHAR(34): "O""Neil" → ("O"&CHAR(34)&"Neil").
 */
function engineString(literal: string): string {
  const inner = literal.slice(1, -1);
  if (!inner.includes('""')) return literal;
  return `(${inner
    .split('""')
    .map((part) => `"${part}"`)
    .join('&CHAR(34)&')})`;
}

/**
 * Spells out open-ended and whole-column ranges with the referenced sheet's last row, as Sheets
 * reads them: "Log!A2:H" → "Log!A2:H1000", "C:C" → "C$1:C$1000"; string literals holding ""
 * become what the engine parses (engineString).
 */
export function translateFormula(
  formula: string,
  workbook: WorkbookModel,
  sheet: SheetModel,
): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  if (parts.length > 1) {
    return parts
      .map((part, i) =>
        i % 2 === 1 ? engineString(part) : translateFormula(part, workbook, sheet),
      )
      .join('');
  }
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

/** An edit along one axis, as 1-based index maps (structure.ts builds them). */
export interface IndexMap {
  /** Where a row or column went; null when it was deleted. */
  point(index: number): number | null;
  /** Where a span of rows or columns went (end may be Infinity, open-ended); null when all gone. */
  span(start: number, end: number): readonly [number, number] | null;
}

const REFERENCE = new RegExp(
  String.raw`(?<![\w.$'!])${SHEET_PREFIX}(?:` +
    String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)?` + // area, C:C, A2:H
    String.raw`|(\$?)([A-Za-z]{1,3})(\$?)(\d+)` + // one cell
    String.raw`|(\$?)(\d+):(\$?)(\d+)` + // whole rows
    String.raw`)(?![\w(!.])`,
  'g',
);

interface Reference {
  /** The sheet named in the reference, or null (the formula's own sheet). */
  readonly sheetName: string | null;
  readonly prefix: string;
  /** Rebuilds the reference text from (possibly new) rows and columns; Infinity = open end. */
  rewrite(axis: 'ROW' | 'COLUMN', map: IndexMap): string;
}

function parseReference(groups: (string | undefined)[]): Reference {
  const [prefix = '', ...g] = groups;
  const sheetName = prefix ? splitSheet(`${prefix}A1`).sheetName : null;
  const fail = '#REF!';
  const letters = (n: number) => columnLetters(n);
  if (g[1] !== undefined) {
    // Area: c1 r1? : c2 r2?
    const [ca1, c1, ra1, r1, ca2, c2, ra2, r2] = g.slice(0, 8) as string[];
    return {
      sheetName,
      prefix,
      rewrite(axis, map) {
        let col1 = columnNumber(c1!);
        let col2 = columnNumber(c2!);
        let row1 = r1 === undefined ? null : Number(r1);
        let row2 = r2 === undefined ? null : Number(r2);
        if (axis === 'COLUMN') {
          const span = map.span(Math.min(col1, col2), Math.max(col1, col2));
          if (!span) return fail;
          [col1, col2] = span as [number, number];
        } else if (row1 !== null || row2 !== null) {
          const start = Math.min(row1 ?? 1, row2 ?? Number.POSITIVE_INFINITY);
          const end = row2 === null ? Number.POSITIVE_INFINITY : Math.max(row1 ?? 1, row2);
          const span = map.span(start, end);
          if (!span) return fail;
          row1 = r1 === undefined ? null : span[0];
          row2 = r2 === undefined ? null : span[1];
        }
        return `${prefix}${ca1}${letters(col1)}${row1 === null ? '' : `${ra1}${row1}`}:${ca2}${letters(col2)}${row2 === null ? '' : `${ra2}${row2}`}`;
      },
    };
  }
  if (g[9] !== undefined) {
    const [ca, c, ra, r] = g.slice(8, 12) as string[];
    return {
      sheetName,
      prefix,
      rewrite(axis, map) {
        const at = map.point(axis === 'COLUMN' ? columnNumber(c!) : Number(r));
        if (at === null) return fail;
        return axis === 'COLUMN'
          ? `${prefix}${ca}${letters(at)}${ra}${r}`
          : `${prefix}${ca}${c}${ra}${at}`;
      },
    };
  }
  const [ra1, r1, ra2, r2] = g.slice(12, 16) as string[];
  return {
    sheetName,
    prefix,
    rewrite(axis, map) {
      if (axis === 'COLUMN') return `${prefix}${ra1}${r1}:${ra2}${r2}`;
      const span = map.span(Math.min(Number(r1), Number(r2)), Math.max(Number(r1), Number(r2)));
      if (!span) return fail;
      return `${prefix}${ra1}${span[0]}:${ra2}${span[1]}`;
    },
  };
}

/** Applies fn to every cell, area, column or row reference outside string literals. */
function eachReference(formula: string, fn: (ref: Reference, whole: string) => string): string {
  return outsideStrings(formula, (code) =>
    code.replace(REFERENCE, (whole, ...rest: unknown[]) =>
      fn(parseReference(rest.slice(0, 17) as (string | undefined)[]), whole),
    ),
  );
}

/**
 * Rewrites a formula's references to rows or columns of one sheet after a structural edit there,
 * as Sheets does: references follow their cells, ranges grow and shrink with inserts and deletes
 * inside them, and a reference whose cells were all deleted becomes #REF!.
 * `host` is the sheet the formula sits on (its unprefixed references point there).
 */
export function moveReferences(
  formula: string,
  host: string,
  target: string,
  axis: 'ROW' | 'COLUMN',
  map: IndexMap,
): string {
  return eachReference(formula, (ref, whole) =>
    (ref.sheetName ?? host) === target ? ref.rewrite(axis, map) : whole,
  );
}

/** References to a deleted sheet become #REF!. */
export function dropSheetReferences(formula: string, name: string): string {
  return eachReference(formula, (ref, whole) => (ref.sheetName === name ? '#REF!' : whole));
}
