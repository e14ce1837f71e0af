/**
 * Help → Check this spreadsheet: what the Status formula shows beside what the add-on computes from
 * the same cells through getValues, the spreadsheet's and the script's time zones, and the runtime
 * baseline. It only reads (and remembers the log sheet, as every action does).
 */
import { missingBuiltins } from '../core/runtime';
import { readSeasonPlan } from '../core/season';
import { statusColumn } from '../core/status';
import { readTargets } from '../core/targets';
import { columnNumber } from './a1';
import type { Settings } from './api-types';
import { plainMessage } from './guard';
import { findStatus } from './highlights';
import { asLogTab } from './logs';
import { type CheckInput, checkReport, compareStatuses, type StatusComparison } from './plan-check';
import { isStatusFormula, namesAnotherAthlete } from './plan-highlights';
import { logOptions } from './plan-log';
import { loadSettings } from './store';
import { type LogRead, readLogSheet, readRoster, readTargetRows, seasonRowsOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The log range's last column in our formula (=STRENGTH_STATUS(Log!A1:F,…) → 6), if it says. */
function formulaLogWidth(formula: string): number | null {
  const m = /^=STRENGTH_STATUS\(.*?!\$?[A-Z]+\$?\d+:\$?([A-Z]+)/i.exec(formula);
  return m?.[1] ? columnNumber(m[1]) : null;
}

/**
 * The statuses computed as the Status formula computes them, from the cells getValues read: the
 * same log range (header row down, the formula's columns), the same targets, season plan and
 * settings, through the core's statusColumn (what STRENGTH_STATUS calls), in the spreadsheet's
 * time zone (the zone custom functions are given, main.ts). One entry per row under the header.
 */
function computedStatuses(
  ss: Spreadsheet,
  settings: Settings,
  log: LogRead,
  width: number,
  timeZone: string,
): string[] {
  const headerRow = log.found.description.headerRow;
  const values = log.values.slice(headerRow - 1).map((row) => row.slice(0, width));
  const targetRows = readTargetRows(ss);
  const roster = readRoster(ss, settings);
  // A tab without an Athlete column is its athlete's, as its formula's last argument says.
  const options = logOptions(settings, log.found, timeZone, roster);
  const athlete = log.athlete ?? null;
  const column = statusColumn(
    values,
    athlete === null ? options : { ...options, defaultAthlete: athlete },
    {
      targets: readTargets(targetRows).targets,
      sessionsBeforeStale: settings.sessionsBeforeStale,
      season: readSeasonPlan(seasonRowsOf(targetRows), timeZone).plan,
      layoffWeeks: settings.layoffWeeks,
      keepShare: settings.keepShare,
    },
  );
  return column.slice(1).map((row) => String(row[0] ?? ''));
}

/**
 * Shown against computed, row by row (null when highlights are off: no formula of ours), and
 * whether the formula still names another athlete than the tab's (renamed after Apply).
 */
function compareOn(
  ss: Spreadsheet,
  settings: Settings,
  log: LogRead,
  timeZone: string,
): { comparison: StatusComparison | null; renamed: boolean } {
  const at = findStatus(log.sheet, log).at;
  if (!at || !isStatusFormula(at.formula)) return { comparison: null, renamed: false };
  const renamed = namesAnotherAthlete(at.formula, log.athlete ?? null);
  const headerRow = log.found.description.headerRow;
  const width = formulaLogWidth(at.formula ?? '') ?? at.column - 1;
  let computed: string[];
  try {
    computed = computedStatuses(ss, settings, log, width, timeZone);
  } catch (error) {
    // The log as a whole cannot be read: the formula then shows the same reason in its header.
    computed = [`⚠ ${plainMessage(error)}`];
  }
  const rows = Math.max(log.values.length - headerRow, computed.length, 1);
  // What the coach sees: the displayed texts, one read of the column under the header.
  const shown = log.sheet
    .getRange(headerRow + 1, at.column, rows, 1)
    .getDisplayValues()
    .map((row) => String(row[0] ?? ''));
  return { comparison: compareStatuses(shown, computed, headerRow + 1), renamed };
}

export function checkSpreadsheet(): string {
  const { settings } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheetTimeZone = ss.getSpreadsheetTimeZone();
  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
  const scriptTimeZone = Session.getScriptTimeZone();
  const base = { spreadsheetTimeZone, scriptTimeZone, missing: missingBuiltins() };
  let input: CheckInput;
  try {
    const read = readLogSheet(ss, settings);
    const log: LogRead = { ...read, athlete: asLogTab(read, settings).athlete };
    input = { ...base, logName: log.name, ...compareOn(ss, settings, log, spreadsheetTimeZone) };
  } catch (error) {
    input = { ...base, logName: '', comparison: null, logProblem: plainMessage(error) };
  }
  return checkReport(input);
}
