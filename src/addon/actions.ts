/**
 * The actions, each read once → decide (pure plan-*.ts) → write once, holding the document lock.
 * Menu handlers and sidebar endpoints both call these; they return plain words for the coach.
 */
import { analyzeLog } from '../core/analyze';
import type { Analysis } from '../core/model';
import { isInvalid } from '../core/result';
import { readSeasonPlan } from '../core/season';
import { readTargets } from '../core/targets';
import type { CellValue } from '../core/values';
import { columnLetter } from './a1';
import type { Settings } from './api-types';
import { coachError, withDocumentLock } from './guard';
import { applyOn, highlightsOn, rangesOn, recolourOn, removeFrom } from './highlights';
import {
  checkboxMask,
  DASHBOARD_COLUMN_WIDTH,
  DASHBOARD_COLUMNS,
  DASHBOARD_FROZEN_ROWS,
  DASHBOARD_SHEET,
  type DashboardPlan,
  planDashboard,
} from './plan-dashboard';
import { logOptions } from './plan-log';
import { loadSettings } from './store';
import {
  type LogRead,
  logSheet,
  newDashboardSheet,
  readDashboardSources,
  readLogSheet,
  readRoster,
  readTargetRows,
  seasonRowsOf,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets gives a new sheet 1,000 rows. */
const NEW_SHEET_ROWS = 1000;

export function applyHighlights(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = readLogSheet(ss, settings);
    const outcome = applyOn(ss, log, settings);
    if (outcome.unchanged) return `Highlights are already on "${log.name}"; nothing changed.`;
    const targets = outcome.targetsCreated
      ? `A "${outcome.targetsName}" sheet now holds the default targets, and beside them an empty season plan for phases: edit them there and the highlights follow.`
      : `Edit targets and the season plan in the "${outcome.targetsName}" sheet.`;
    return `Highlights are on "${log.name}": a Status column (stale, slipping, target reached, new best) that updates as you log. ${targets}`;
  });
}

/**
 * New colours for highlights already on the log: our three rules are rebuilt with the new
 * backgrounds in the places they hold, every other rule is handed back as it was, and nothing else
 * (status formula, protection) is touched. Returns false when there are no highlights to recolour.
 * The caller holds the document lock (saving settings is one locked write).
 */
export function recolourHighlights(settings: Settings): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let found: ReturnType<typeof logSheet>;
  try {
    found = logSheet(ss, settings);
  } catch {
    // No log to find (a sheet chosen in settings was deleted): the colours are saved for next time.
    return false;
  }
  return recolourOn(found.sheet, settings);
}

/**
 * After a saved setting the Status formula depends on (unit, sessions before stale, 1RM formula,
 * bodyweight source, columns, log sheet): when highlights are on, the formula is written anew, so
 * the statuses follow at once rather than at the next Apply. The caller holds the lock.
 */
export function refreshStatusFormula(settings: Settings): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let log: LogRead;
  try {
    log = readLogSheet(ss, settings);
  } catch {
    return false;
  }
  if (!highlightsOn(log.sheet, log)) return false;
  return !applyOn(ss, log, settings).unchanged;
}

export function removeHighlights(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let log: LogRead | null = null;
    try {
      log = readLogSheet(ss, settings);
    } catch {
      // A log that no longer reads (its header changed): our rules and protection still go.
    }
    const { sheet, name } = log ?? logSheet(ss, settings);
    const removed = removeFrom(sheet, log);
    return removed
      ? `Highlights removed from "${name}": the Status column, its colours and its protection. Your own cells and rules are as they were.`
      : `There were no Strong Enough highlights on "${name}"; nothing changed.`;
  });
}

/** The log analysed with the Targets sheet, the roster and the audit thresholds from settings. */
export function analyse(
  ss: Spreadsheet,
  settings: Settings,
  log: Pick<LogRead, 'name' | 'values' | 'found'>,
  targetRows: CellValue[][] | null = readTargetRows(ss),
): Analysis {
  const targets = readTargets(targetRows).targets;
  const roster = readRoster(ss, settings);
  const timeZone = ss.getSpreadsheetTimeZone();
  // Bad plan rows are left out here; the status formula names the first one.
  const season = readSeasonPlan(seasonRowsOf(targetRows), timeZone).plan;
  const analysis = analyzeLog(log.values, {
    ...logOptions(settings, log.found, timeZone, roster),
    targets,
    sessionsBeforeStale: settings.sessionsBeforeStale,
    season,
    layoffWeeks: settings.layoffWeeks,
    keepShare: settings.keepShare,
    // The audit, and the "nothing to fix" note that names its window, follow the coach's thresholds.
    auditThresholds: settings.audit,
  });
  if (isInvalid(analysis))
    throw coachError(`The log "${log.name}" cannot be read: ${analysis.invalid}.`);
  return analysis;
}

/**
 * Builds the dashboard, or rebuilds it in place. Call budget (the emulator tests pin each case):
 * reads are the Spreadsheet, the log's name and values, the Targets rows, the time zone and the
 * dashboard lookup; the sheet is then written with one call each for values, checkboxes, bold and
 * number formats. A new sheet also gets its column widths and frozen header (2 calls); a rebuild
 * keeps the sheet, so those persist (and its place among the tabs), and costs a clear and a
 * getCharts instead. Each chart costs exactly one call: its old chart is updated in place
 * (updateChart), or a new one inserted; a rebuild with fewer charts removes the surplus.
 * Deleting and re-inserting the sheet would cost delete + insert + widths + frozen (4) against
 * clear + getCharts (2), and put the rebuild over 15.
 */
export function buildDashboard(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { log, targetRows, dashboard, dashboardNameTaken, dashboardActive } =
      readDashboardSources(ss, settings);
    const analysis = analyse(ss, settings, log, targetRows);
    if (analysis.athletes.length === 0) {
      throw coachError(
        `No usable rows in "${log.name}" yet, so there is nothing for a dashboard. ${analysis.problems[0]?.message ?? ''}`.trim(),
      );
    }
    const plan = planDashboard({
      athletes: analysis.athletes,
      logSheet: log.name,
    });
    const height = plan.values.length;
    const width = plan.values[0]?.length ?? 1;
    let sheet: Sheet;
    let oldCharts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] = [];
    if (dashboard) {
      sheet = dashboard;
      // The coach lands on the dashboard, as on a first build (a new sheet is made active).
      if (!dashboardActive) sheet.activate();
      // Values, formats and checkboxes go; frozen rows and widths stay (the coach's, if changed).
      sheet.clear();
      oldCharts = sheet.getCharts();
      // Only a dashboard past a new sheet's 1,000 rows (five or more charted athletes) asks.
      if (height > NEW_SHEET_ROWS) {
        const rows = sheet.getMaxRows();
        if (height > rows) sheet.insertRowsAfter(rows, height - rows);
      }
    } else {
      // Ours, under a free name: a coach's own "Strength dashboard" is never taken over.
      sheet = newDashboardSheet(ss, dashboardNameTaken);
      // Never more columns than a new sheet has: the layout is narrow.
      if (height > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, height - NEW_SHEET_ROWS);
      sheet.setColumnWidths(1, DASHBOARD_COLUMNS, DASHBOARD_COLUMN_WIDTH);
      sheet.setFrozenRows(DASHBOARD_FROZEN_ROWS);
    }
    // The whole block and every chart's data range in one getRangeList.
    const block = `A1:${columnLetter(width)}${height}`;
    const rangeOf = rangesOn(sheet, [block, ...plan.charts.map((c) => c.range)]);
    const blockRange = rangeOf(block);
    // Number formats first, so the dates written next are read as dates in yyyy-mm-dd.
    blockRange.setNumberFormats(plan.formats);
    // Checkbox rules as validations (one call for the block); unlike insertCheckboxes they leave the
    // values alone, so the reached flags written next stay.
    blockRange.setDataValidations(checkboxRules(plan));
    blockRange.setValues(plan.values);
    blockRange.setFontWeights(plan.weights);
    plan.charts.forEach((chart, i) => {
      const old = oldCharts[i];
      const built = (old ? old.modify().clearRanges() : sheet.newChart())
        .setChartType(Charts.ChartType.LINE)
        .addRange(rangeOf(chart.range))
        .setPosition(chart.row, chart.column, 0, 0)
        .setOption('title', chart.title)
        // Google Charts' line option: a lift not trained yet on a day draws no dot or gap.
        .setOption('interpolateNulls', true)
        .build();
      if (old) sheet.updateChart(built);
      else sheet.insertChart(built);
    });
    for (const surplus of oldCharts.slice(plan.charts.length)) sheet.removeChart(surplus);
    const athletes = analysis.athletes.length;
    const name = dashboard || dashboardNameTaken ? sheet.getName() : DASHBOARD_SHEET;
    return `The "${name}" sheet is rebuilt: ${athletes} athlete${athletes === 1 ? '' : 's'}, ${plan.charts.length} chart${plan.charts.length === 1 ? '' : 's'}.`;
  });
}

/** The block's validation grid: a checkbox in each "Reached" cell, nothing elsewhere. */
function checkboxRules(
  plan: DashboardPlan,
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const checkbox = SpreadsheetApp.newDataValidation()
    .requireCheckbox()
    .setAllowInvalid(false)
    .build();
  const mask = checkboxMask(plan);
  return mask.map((row) => row.map((isBox) => (isBox ? checkbox : null)));
}

/**
 * An audit run in one line (the sidebar's result line). The findings themselves are listed per
 * athlete in the sidebar's Program audit view, which the menu's Audit program opens too: forty
 * athletes' findings in one message would be unreadable.
 */
export function auditText(analysis: Analysis): string {
  const athletes = analysis.athletes.length;
  const flagged = analysis.athletes.filter((a) => a.audit.length > 0);
  const findings = flagged.reduce((n, a) => n + a.audit.length, 0);
  const who = `${athletes} athlete${athletes === 1 ? '' : 's'}`;
  return flagged.length === 0
    ? `Audit of ${who}: none of the five gym mistakes shows. Each athlete's line is under Program audit.`
    : `Audit of ${who}: ${findings} finding${findings === 1 ? '' : 's'} for ${flagged.length} of them, listed athlete by athlete under Program audit.`;
}

export function runAudit(): { text: string; analysis: Analysis } {
  const { settings } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const log = readLogSheet(ss, settings);
  const analysis = analyse(ss, settings, log);
  if (analysis.athletes.length === 0) {
    throw coachError(`No usable rows in "${log.name}" yet, so there is nothing to audit.`);
  }
  return { text: auditText(analysis), analysis };
}
