/**
 * The actions, each read once → decide (pure plan-*.ts) → write once, holding the document lock.
 * Menu handlers and sidebar endpoints both call these; they return plain words for the coach.
 */
import { analyzeLog } from '../core/analyze';
import { needsAttention } from '../core/attention';
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
  DASHBOARD_FROZEN_ROWS,
  DASHBOARD_SHEET,
  DASHBOARD_WIDTHS,
  type DashboardPlan,
  planDashboard,
  WRAPPED_COLUMNS,
} from './plan-dashboard';
import { highlightLegend } from './plan-highlights';
import { logOptions } from './plan-log';
import { attentionOptions } from './sidebar-state';
import { loadSettings } from './store';
import {
  type LogRead,
  logSheet,
  newChartDataSheet,
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
    // Sheets makes a new sheet active: bring the coach back to the log, where the colours are.
    if (outcome.targetsCreated) log.sheet.activate();
    const legend = highlightLegend(settings.colors);
    if (outcome.unchanged)
      return `Highlights are already on "${log.name}"; nothing changed. ${legend}`;
    const targets = outcome.targetsCreated
      ? `A "${outcome.targetsName}" sheet now holds the default targets, and beside them an empty season plan for phases: edit them there and the highlights follow.`
      : `Edit targets and the season plan in the "${outcome.targetsName}" sheet.`;
    return `Highlights are on "${log.name}": a Status column (stale, slipping, target reached, new best) that updates as you log. ${legend} ${targets}`;
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
 * Builds the dashboard, or rebuilds it in place, with its chart data on our own data sheet. The
 * number of Spreadsheet calls is fixed whatever the roster's or the log's size (the emulator tests
 * pin each case), plus one per chart, and charts are at most MAX_CHARTS:
 * - reads: the Spreadsheet, the log's name and values, the Targets rows, the time zone, and the
 *   dashboard and data sheets' lookups;
 * - the data sheet: cleared (or inserted), grown when its rows run past a new sheet's 1,000, then
 *   one RangeList (its block and every chart's range), number formats and values;
 * - the dashboard: cleared and its old charts listed (or inserted with its column widths and
 *   frozen title row), grown when needed, then one RangeList and one call each for number formats,
 *   checkboxes, values, bold, status colours and the wrap of its text columns;
 * - each chart one call: its old chart updated in place (updateChart) or a new one inserted; a
 *   rebuild with fewer charts removes the surplus.
 */
export function buildDashboard(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { log, targetRows, dashboard, dashboardNameTaken, chartData, dashboardActive } =
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
      colors: settings.colors,
      attention: needsAttention(analysis, attentionOptions(settings)),
    });

    const height = plan.values.length;
    const width = plan.values[0]?.length ?? 1;
    let sheet: Sheet;
    let oldCharts: GoogleAppsScript.Spreadsheet.EmbeddedChart[] = [];
    if (dashboard) {
      sheet = dashboard;
      // Values, formats and checkboxes go; frozen rows and widths stay (the coach's, if changed).
      sheet.clear();
      oldCharts = sheet.getCharts();
      if (height > NEW_SHEET_ROWS) growTo(sheet, height, sheet.getMaxRows());
    } else {
      // Ours, under a free name: a coach's own "Strength dashboard" is never taken over.
      sheet = newDashboardSheet(ss, dashboardNameTaken);
      // Never more columns than a new sheet has: the layout is ten columns wide.
      if (height > NEW_SHEET_ROWS) growTo(sheet, height, NEW_SHEET_ROWS);
      for (const w of DASHBOARD_WIDTHS) sheet.setColumnWidths(w.first, w.count, w.width);
      sheet.setFrozenRows(DASHBOARD_FROZEN_ROWS);
    }

    // The data sheet goes right after the dashboard (a new sheet follows the active one).
    const dataHeight = plan.data.values.length;
    const dataWidth = plan.data.values[0]?.length ?? 1;
    let dataSheet: Sheet;
    if (chartData) {
      dataSheet = chartData;
      dataSheet.clear();
      if (dataHeight > NEW_SHEET_ROWS) growTo(dataSheet, dataHeight, dataSheet.getMaxRows());
    } else {
      // Ours, tagged, under a free name (a coach's sheet of that name is never taken over).
      dataSheet = newChartDataSheet(ss);
      if (dataHeight > NEW_SHEET_ROWS) growTo(dataSheet, dataHeight, NEW_SHEET_ROWS);
    }
    // The coach lands on the dashboard: a new data sheet, or a rebuild started on another sheet,
    // would leave another sheet active (Sheets makes a new sheet the active one).
    if (!chartData || (dashboard && !dashboardActive)) sheet.activate();

    const dataBlock = `A1:${columnLetter(dataWidth)}${dataHeight}`;
    const dataRange = rangesOn(dataSheet, [dataBlock, ...plan.charts.map((c) => c.range)]);
    dataRange(dataBlock).setNumberFormats(plan.data.formats);
    dataRange(dataBlock).setValues(plan.data.values);

    const block = `A1:${columnLetter(width)}${height}`;
    const wrapped = `${columnLetter(WRAPPED_COLUMNS[0])}1:${columnLetter(WRAPPED_COLUMNS[1])}${height}`;
    const rangeOf = rangesOn(sheet, [block, wrapped]);
    const blockRange = rangeOf(block);
    // Number formats first, so the dates written next are read as dates in yyyy-mm-dd.
    blockRange.setNumberFormats(plan.formats);
    // Checkbox rules as validations (one call for the block); unlike insertCheckboxes they leave the
    // values alone, so the reached flags written next stay.
    blockRange.setDataValidations(checkboxRules(plan));
    blockRange.setValues(plan.values);
    blockRange.setFontWeights(plan.weights);
    // Each lift row in its status's colour, as the log's highlights colour it (null: none).
    blockRange.setBackgrounds(plan.backgrounds);
    // The sentences (what needs attention, what to do, the audit) wrap in their own columns.
    rangeOf(wrapped).setWrap(true);
    plan.charts.forEach((chart, i) => {
      const old = oldCharts[i];
      let builder = (old ? old.modify().clearRanges() : sheet.newChart())
        .setChartType(Charts.ChartType.LINE)
        .addRange(dataRange(chart.range))
        .setPosition(chart.row, chart.column, 0, 0);
      for (const [key, value] of Object.entries(chart.options)) {
        builder = builder.setOption(key, value);
      }
      const built = builder.build();
      if (old) sheet.updateChart(built);
      else sheet.insertChart(built);
    });
    for (const surplus of oldCharts.slice(plan.charts.length)) sheet.removeChart(surplus);
    const athletes = analysis.athletes.length;
    const name = dashboard || dashboardNameTaken ? sheet.getName() : DASHBOARD_SHEET;
    return `The "${name}" sheet is rebuilt: ${athletes} athlete${athletes === 1 ? '' : 's'}, ${plan.charts.length} chart${plan.charts.length === 1 ? '' : 's'}. ${plan.chartsLine}`;
  });
}

/** Adds rows at the bottom (one call) so a block of `height` rows fits. */
function growTo(sheet: Sheet, height: number, rows: number): void {
  if (height > rows) sheet.insertRowsAfter(rows, height - rows);
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
