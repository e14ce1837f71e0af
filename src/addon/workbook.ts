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
import { findOurSheets, freeSheetName, OUR_KEY, type OurSheets, tagSheet } from './ours';
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
  /** Whose log this is when it has no Athlete column (logs.ts): written into the status formula. */
  readonly athlete?: string | null;
}

/**
 * Every value up to the sheet's last row and column with content, in one call (-1 is Apps Script's
 * "through the last row/column with data"; getDataRange().getValues() would be two).
 */
export function sheetValues(sheet: Sheet): CellValue[][] {
  // A blank sheet has no last row: never read as 0 rows (or an error), but as one empty row, as
  // getDataRange() would give it.
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1) as CellValue[][];
    return values.length > 0 ? values : [['']];
  } catch {
    return [['']];
  }
}

/** Is this sheet one the add-on made (tagged as ours)? One call: the sheet's own metadata. */
function isOurSheet(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === OUR_KEY);
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
  if (isOurSheet(sheet)) return lastLog(ss, { sheet, name });
  return { sheet, name };
}

/** On our own sheet (just built or opened): the log is the one used last, if it still exists. */
function lastLog(
  ss: Spreadsheet,
  active: { sheet: Sheet; name: string },
): { sheet: Sheet; name: string; active: { sheet: Sheet; name: string } } {
  const last = lastLogSheet();
  const lastSheet = last === null ? null : ss.getSheetByName(last);
  if (last !== null && lastSheet) return { sheet: lastSheet, name: last, active };
  throw coachError(
    `"${active.name}" is Strong Enough's own sheet, not a log. Open your log sheet and try again, or choose the log sheet in the sidebar's settings.`,
  );
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

/**
 * Our Targets sheet: the one tagged as ours, else (a spreadsheet from before the tags) a sheet
 * named "Targets" that holds our table's header. A coach's own "Targets" sheet (race paces, say)
 * is not ours: null, and the defaults apply. The rows come along when they had to be read.
 */
export function targetsSheet(
  ss: Spreadsheet,
  ours: OurSheets = findOurSheets(ss),
): {
  sheet: Sheet | null;
  rows?: CellValue[][];
  tagged: boolean;
  /** Whether a sheet called "Targets" exists (ours or the coach's). */
  nameTaken: boolean;
} {
  if (ours.targets) return { sheet: ours.targets, tagged: true, nameTaken: true };
  const named = ss.getSheetByName(TARGETS_SHEET);
  if (!named) return { sheet: null, tagged: false, nameTaken: false };
  const rows = sheetValues(named);
  const legacy = isTargetsTable(rows[0] ?? []);
  return legacy
    ? { sheet: named, rows, tagged: false, nameTaken: true }
    : { sheet: null, tagged: false, nameTaken: true };
}

/**
 * A header that says "exercise, target as a multiple of bodyweight": ours ("Exercise", "Target (×
 * bodyweight)"), or a coach's own table for the add-on ("Lift", "Multiple"). A "Targets" sheet of
 * race paces ("Race", "Pace") is not one.
 */
function isTargetsTable(header: readonly CellValue[]): boolean {
  const [a, b] = header.map((v) =>
    String(v ?? '')
      .trim()
      .toLowerCase(),
  );
  return /^(exercise|lift)/.test(a ?? '') && /target|multiple|bodyweight|× ?bw|x ?bw/.test(b ?? '');
}

/** The Targets sheet's rows, or null when we have none (the defaults apply). */
export function readTargetRows(ss: Spreadsheet, ours?: OurSheets): CellValue[][] | null {
  const found = targetsSheet(ss, ours);
  if (!found.sheet) return null;
  return found.rows ?? sheetValues(found.sheet);
}

export function defaultTargetTable(): (string | number)[][] {
  return [[...TARGETS_HEADER], ...defaultTargetRows().map((t) => [t.exercise, t.multiple])];
}

/** The table as setValues must get it: every exercise name literal text (a target named TRUE stays "TRUE"). */
function literalTable(table: readonly (readonly (string | number)[])[]): (string | number)[][] {
  return table.map((row) => row.map(literalCell));
}

/** A new sheet of ours under a free name, tagged so it is found again whatever it is renamed. */
function newTargetsSheet(ss: Spreadsheet, nameTaken: boolean): Sheet {
  const sheet = ss.insertSheet(nameTaken ? freeSheetName(ss, 'targets') : TARGETS_SHEET);
  tagSheet(sheet, 'targets');
  return sheet;
}

export interface TargetsFound {
  readonly sheet: Sheet;
  readonly name: string;
  readonly created: boolean;
}

/**
 * Our Targets sheet, created with DESIGN.md's defaults when there is none (next to a coach's own
 * "Targets" it is called "Targets (Strong Enough)"). A legacy untagged one is tagged now. Sheets
 * makes a new sheet active, so the coach sees the targets; the log is still found afterwards (the
 * last log read is remembered).
 */
export function ensureTargetsSheet(ss: Spreadsheet, ours?: OurSheets): TargetsFound {
  const found = targetsSheet(ss, ours);
  if (found.sheet) {
    if (!found.tagged) tagSheet(found.sheet, 'targets');
    return { sheet: found.sheet, name: found.sheet.getName(), created: false };
  }
  // The targets in A:B and, after a blank column, the season plan's header in D:I (no phases yet).
  const width = SEASON_FIRST_COLUMN - 1 + SEASON_HEADER.length;
  const table = literalTable(defaultTargetTable()).map((row, i) => {
    const padded: (string | number)[] = [...row, ...Array<string>(width - row.length).fill('')];
    if (i === 0) padded.splice(SEASON_FIRST_COLUMN - 1, SEASON_HEADER.length, ...SEASON_HEADER);
    return padded;
  });
  const sheet = newTargetsSheet(ss, found.nameTaken);
  sheet.getRange(1, 1, table.length, width).setValues(table);
  return { sheet, name: sheet.getName(), created: true };
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
  const found = targetsSheet(ss);
  if (found.sheet && !found.tagged) tagSheet(found.sheet, 'targets');
  const sheet = found.sheet ?? newTargetsSheet(ss, found.nameTaken);
  sheet.getRange('A1:B').clearContent();
  sheet.getRange(1, 1, table.length, 2).setValues(literalTable(table));
}

/**
 * Our dashboard sheet: the one tagged as ours, else (from before the tags) a sheet named
 * "Strength dashboard" whose first cell is our title. A coach's own sheet of that name is not ours.
 */
export function dashboardSheet(
  ss: Spreadsheet,
  ours: OurSheets,
): { sheet: Sheet | null; nameTaken: boolean } {
  if (ours.dashboard) return { sheet: ours.dashboard, nameTaken: true };
  const named = ss.getSheetByName(DASHBOARD_SHEET);
  if (!named) return { sheet: null, nameTaken: false };
  return {
    sheet: named.getRange(1, 1).getValue() === DASHBOARD_SHEET ? named : null,
    nameTaken: true,
  };
}

/** Our chart-data sheet, new: under a free name (a coach's sheet of that name is not ours), tagged. */
export function newChartDataSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.insertSheet(freeSheetName(ss, 'chartData'));
  tagSheet(sheet, 'chartData');
  return sheet;
}

/** A new dashboard sheet, under a free name and tagged as ours. */
export function newDashboardSheet(ss: Spreadsheet, nameTaken: boolean): Sheet {
  const sheet = ss.insertSheet(nameTaken ? freeSheetName(ss, 'dashboard') : DASHBOARD_SHEET);
  tagSheet(sheet, 'dashboard');
  return sheet;
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
