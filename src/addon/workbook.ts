/**
 * The reads every action starts from, each a fixed handful of Spreadsheet calls whatever the log's
 * size: the log sheet's values in one getValues, the Targets table, the bodyweight roster.
 */
import { literalCell } from '../core/literal';
import { SEASON_HEADER } from '../core/season';
import { defaultTargetRows } from '../core/targets';
import type { CellValue } from '../core/values';
import type { Settings, TargetRowJson } from './api-types';
import { coachError } from './guard';
import { DASHBOARD_SHEET } from './plan-dashboard';
import { SEASON_FIRST_COLUMN, TARGETS_SHEET } from './plan-highlights';
import { type FoundLog, findLog } from './plan-log';
import { lastLogSheet, rememberLogSheet } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TARGETS_HEADER = ['Exercise', 'Target (× bodyweight)'] as const;

export interface LogRead {
  readonly sheet: Sheet;
  readonly name: string;
  readonly values: CellValue[][];
  readonly found: FoundLog;
  /** The active sheet when it was looked at to find the log (our own sheet then): saves a lookup. */
  readonly active?: { readonly sheet: Sheet; readonly name: string };
}

/**
 * Every value up to the sheet's last row and column with content, in one call (-1 is Apps Script's
 * "through the last row/column with data"; getDataRange().getValues() would be two).
 */
export function sheetValues(sheet: Sheet): CellValue[][] {
  return sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
}

/** The sheet holding the log: the one chosen in settings, else the active sheet. */
export function logSheet(
  ss: Spreadsheet,
  settings: Settings,
): { sheet: Sheet; name: string; active?: { sheet: Sheet; name: string } } {
  if (settings.logSheet !== null) {
    const sheet = ss.getSheetByName(settings.logSheet);
    if (!sheet) {
      throw coachError(
        `There is no sheet named "${settings.logSheet}", which settings name as the log. Choose the log sheet again in the sidebar's settings.`,
      );
    }
    return { sheet, name: settings.logSheet };
  }
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (name === TARGETS_SHEET || name === DASHBOARD_SHEET) {
    // On our own sheet (just built or opened): the log is the one used last, if it still exists.
    const last = lastLogSheet();
    const lastSheet = last === null ? null : ss.getSheetByName(last);
    if (last !== null && lastSheet)
      return { sheet: lastSheet, name: last, active: { sheet, name } };
    throw coachError(
      `"${name}" is Strong Enough's own sheet, not a log. Open your log sheet and try again, or choose the log sheet in the sidebar's settings.`,
    );
  }
  return { sheet, name };
}

/** Reads the log in one getValues; throws the plain-words problem when it cannot be used. */
export function readLogSheet(ss: Spreadsheet, settings: Settings): LogRead {
  const { sheet, name, active } = logSheet(ss, settings);
  const values = sheetValues(sheet);
  const found = findLog(name, values, settings);
  if ('problem' in found) throw coachError(found.problem);
  rememberLogSheet(name);
  return active ? { sheet, name, values, found, active } : { sheet, name, values, found };
}

/** The Targets sheet's rows, or null when it does not exist yet (the defaults apply). */
export function readTargetRows(ss: Spreadsheet): CellValue[][] | null {
  const sheet = ss.getSheetByName(TARGETS_SHEET);
  return sheet ? sheetValues(sheet) : null;
}

export function defaultTargetTable(): (string | number)[][] {
  return [[...TARGETS_HEADER], ...defaultTargetRows().map((t) => [t.exercise, t.multiple])];
}

/** The table as setValues must get it: every exercise name literal text (a target named TRUE stays "TRUE"). */
function literalTable(table: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return table.map((row) => row.map(literalCell));
}

/**
 * Creates the Targets sheet with DESIGN.md's defaults when it is missing: one lookup, and on first
 * use one insertSheet and one write (with the range it needs). Sheets
 * makes a new sheet active, so the coach sees the targets; the log is still found afterwards (the
 * last log read is remembered).
 */
export function ensureTargetsSheet(ss: Spreadsheet): boolean {
  if (ss.getSheetByName(TARGETS_SHEET)) return false;
  // The targets in A:B and, after a blank column, the season plan's header in D:I (no phases yet).
  const width = SEASON_FIRST_COLUMN - 1 + SEASON_HEADER.length;
  const table = literalTable(defaultTargetTable()).map((row, i) => {
    const padded: (string | number)[] = [...row, ...Array<string>(width - row.length).fill('')];
    if (i === 0) padded.splice(SEASON_FIRST_COLUMN - 1, SEASON_HEADER.length, ...SEASON_HEADER);
    return padded;
  });
  ss.insertSheet(TARGETS_SHEET).getRange(1, 1, table.length, width).setValues(table);
  return true;
}

/**
 * The season plan's rows: columns D to I of the Targets sheet (athlete, from, to, phase, goal race,
 * race date), read with the targets in the same call, so phases cost no Spreadsheet call of their
 * own. Null when there is no Targets sheet.
 */
export function seasonRowsOf(
  targetRows: readonly (readonly CellValue[])[] | null,
): CellValue[][] | null {
  if (targetRows === null) return null;
  const from = SEASON_FIRST_COLUMN - 1;
  return targetRows.map((row) => row.slice(from, from + SEASON_HEADER.length));
}

/** Replaces the Targets table (columns A:B only: the coach's notes beside it stay). */
export function writeTargetTable(ss: Spreadsheet, table: (string | number)[][]): void {
  const sheet = ss.getSheetByName(TARGETS_SHEET) ?? ss.insertSheet(TARGETS_SHEET);
  sheet.getRange('A1:B').clearContent();
  sheet.getRange(1, 1, table.length, 2).setValues(literalTable(table));
}

/** The roster's rows when settings say bodyweights come from a roster sheet. */
export function readRoster(ss: Spreadsheet, settings: Settings): CellValue[][] | null {
  const bw = settings.bodyweight;
  if (bw.kind !== 'roster') return null;
  const sheet = ss.getSheetByName(bw.sheet);
  if (!sheet) {
    throw coachError(
      `The bodyweight roster sheet "${bw.sheet}" does not exist. Create it (athlete, date, bodyweight) or choose another bodyweight source in the sidebar's settings.`,
    );
  }
  return sheetValues(sheet);
}

/** The Targets table as the sidebar shows it: the sheet's valid rows, else the defaults. */
export function targetRowsJson(rows: CellValue[][] | null): TargetRowJson[] {
  if (rows === null) return defaultTargetRows();
  return rows.flatMap((row, i) => {
    const [exercise, multiple] = row;
    if (typeof exercise !== 'string' || exercise.trim() === '') return [];
    if (typeof multiple !== 'number' || !Number.isFinite(multiple)) return [];
    return i === 0 && exercise === TARGETS_HEADER[0]
      ? []
      : [{ exercise: exercise.trim(), multiple }];
  });
}

/** What Build dashboard reads: the log, the Targets rows, and the dashboard sheet if it exists. */
export interface DashboardSources {
  readonly log: Omit<LogRead, 'sheet' | 'active'>;
  readonly targetRows: CellValue[][] | null;
  readonly dashboard: Sheet | null;
  /** Known without asking only when the active sheet was looked at (no log in settings). */
  readonly dashboardActive: boolean;
}

/**
 * The dashboard's reads in the fewest calls: the active sheet's name and values come straight from
 * the Spreadsheet (no Sheet fetched first); when the active sheet is Targets its values are the
 * targets (read once); a name known from settings or the last log is never asked for again.
 */
export function readDashboardSources(ss: Spreadsheet, settings: Settings): DashboardSources {
  let name: string;
  let values: CellValue[][];
  let targetRows: CellValue[][] | null | undefined;
  let dashboardActive = false;
  const everyValue = (read: (r: number, c: number, h: number, w: number) => unknown[][]) =>
    read(1, 1, -1, -1) as CellValue[][];
  if (settings.logSheet !== null) {
    name = settings.logSheet;
    values = sheetValues(logSheet(ss, settings).sheet);
  } else {
    const active = ss.getSheetName();
    dashboardActive = active === DASHBOARD_SHEET;
    if (active === TARGETS_SHEET || active === DASHBOARD_SHEET) {
      if (active === TARGETS_SHEET) targetRows = everyValue(ss.getSheetValues.bind(ss));
      const last = lastLogSheet();
      const lastSheet = last === null ? null : ss.getSheetByName(last);
      if (last === null || !lastSheet) {
        throw coachError(
          `"${active}" is Strong Enough's own sheet, not a log. Open your log sheet and try again, or choose the log sheet in the sidebar's settings.`,
        );
      }
      name = last;
      values = sheetValues(lastSheet);
    } else {
      name = active;
      values = everyValue(ss.getSheetValues.bind(ss));
    }
  }
  const found = findLog(name, values, settings);
  if ('problem' in found) throw coachError(found.problem);
  rememberLogSheet(name);
  return {
    log: { name, values, found },
    targetRows: targetRows === undefined ? readTargetRows(ss) : targetRows,
    dashboard: ss.getSheetByName(DASHBOARD_SHEET),
    dashboardActive,
  };
}
