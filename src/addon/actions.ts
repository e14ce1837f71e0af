/**
 * The actions, each read once → decide (pure plan-*.ts) → write once, holding the document lock.
 * Menu handlers and sidebar endpoints both call these; they return plain words for the coach.
 */
import { analyzeLogs, type LogSource } from '../core/analyze';
import { needsAttention } from '../core/attention';
import { HEADER_SEARCH_ROWS } from '../core/headers';
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
  asLogTab,
  chosenLogs,
  type FoundLogs,
  type LogTab,
  logProblem,
  readDashboardSources,
  readLogs,
} from './logs';
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
import { bodyweightSource } from './plan-log';
import { attentionOptions } from './sidebar-state';
import { loadSettings } from './store';
import {
  ensureTargetsSheet,
  type LogRead,
  logSheet,
  newChartDataSheet,
  newDashboardSheet,
  readRoster,
  readTargetRows,
  seasonRowsOf,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets gives a new sheet 1,000 rows. */
const NEW_SHEET_ROWS = 1000;

/** "Ana", "Ben" and 10 more: the tabs an action worked on, named for the coach. */
export function tabList(names: readonly string[]): string {
  const shown = names.slice(0, 6).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** The logs the coach chose (by tab name; every log when none is named), refused when none is one. */
function logsChosen(logs: readonly LogTab[], only: unknown): LogTab[] {
  const names = Array.isArray(only) ? only.filter((n): n is string => typeof n === 'string') : [];
  const chosen = chosenLogs(logs, names);
  if (chosen.length === 0) {
    throw coachError(
      `None of the tabs chosen (${tabList(names)}) is a log. Choose among: ${tabList(logs.map((l) => l.name))}.`,
    );
  }
  return chosen;
}

/**
 * Apply highlights on every log in the file, or on the ones the coach chose (tab names): each gets
 * its own Status column, rules and protection; the Targets sheet is made once for all.
 */
export function applyHighlights(only?: unknown): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { logs, ours } = readLogs(ss, settings);
    const chosen = logsChosen(logs, only);
    // Sheets makes a new sheet active: with several logs the coach is brought back to where they were.
    const back = ours.targets === null && chosen.length > 1 ? ss.getActiveSheet() : null;
    const targets = ensureTargetsSheet(ss, ours);
    const outcomes = chosen.map((log) => applyOn(ss, log, settings, targets));
    if (targets.created) (back ?? (chosen[0] as LogTab).sheet).activate();
    const legend = highlightLegend(settings.colors);
    const targetsLine = targets.created
      ? `A "${targets.name}" sheet now holds the default targets, and beside them an empty season plan for phases: edit them there and the highlights follow.`
      : `Edit targets and the season plan in the "${targets.name}" sheet.`;
    if (chosen.length === 1) {
      const log = chosen[0] as LogTab;
      if (outcomes[0]?.unchanged)
        return `Highlights are already on "${log.name}"; nothing changed. ${legend}`;
      return `Highlights are on "${log.name}": a Status column (stale, slipping, target reached, new best) that updates as you log. ${legend} ${targetsLine}`;
    }
    const changed = chosen.filter((_, i) => !outcomes[i]?.unchanged).map((l) => l.name);
    if (changed.length === 0) {
      return `Highlights are already on all ${chosen.length} logs; nothing changed. ${legend}`;
    }
    const already = chosen.length - changed.length;
    return `Highlights are on ${chosen.length} logs (${tabList(chosen.map((l) => l.name))}): each has its own Status column that updates as you log${already > 0 ? `; ${already} already had it` : ''}. ${legend} ${targetsLine}`;
  });
}

/**
 * The file's logs, or none when no log can be found (a sheet chosen in settings was deleted): a
 * saved setting then waits for the next Apply.
 */
function logsIfAny(ss: Spreadsheet, settings: Settings): readonly LogTab[] {
  try {
    return readLogs(ss, settings).logs;
  } catch {
    return [];
  }
}

/**
 * New colours for highlights already on the logs: our three rules are rebuilt with the new
 * backgrounds in the places they hold, every other rule is handed back as it was, and nothing else
 * (status formula, protection) is touched. Returns false when there are no highlights to recolour.
 * The caller holds the document lock (saving settings is one locked write).
 */
export function recolourHighlights(settings: Settings): boolean {
  const logs = logsIfAny(SpreadsheetApp.getActiveSpreadsheet(), settings);
  return logs.map((log) => recolourOn(log.sheet, settings)).some(Boolean);
}

/**
 * After a saved setting the Status formula depends on (unit, sessions before stale, 1RM formula,
 * bodyweight source, columns, log sheet, a tab's athlete): on every log with highlights on, the
 * formula is written anew, so the statuses follow at once rather than at the next Apply. The
 * caller holds the lock.
 */
export function refreshStatusFormula(settings: Settings): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const on = logsIfAny(ss, settings).filter((log) => highlightsOn(log.sheet, log));
  if (on.length === 0) return false;
  const targets = ensureTargetsSheet(ss);
  return on.map((log) => !applyOn(ss, log, settings, targets).unchanged).some(Boolean);
}

/**
 * Remove highlights from every log (or the ones chosen): exactly what Apply added on each. A sheet
 * that carries our Status column but no longer reads as a log (its header changed) loses ours too.
 */
export function removeHighlights(only?: unknown): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let logs: LogTab[] = [];
    let all: FoundLogs | null = null;
    try {
      ({ logs, all } = readLogs(ss, settings));
    } catch {
      // No log reads (its header changed): our rules and protection still go from the log sheet.
    }
    if (logs.length === 0) {
      const { sheet, name } = logSheet(ss, settings);
      return removeFrom(sheet, null)
        ? `Highlights removed from "${name}": the Status column, its colours and its protection. Your own cells and rules are as they were.`
        : `There were no Strong Enough highlights on "${name}"; nothing changed.`;
    }
    const chosen = logsChosen(logs, only);
    const named = Array.isArray(only) && only.length > 0;
    const strays = named || all === null ? [] : strayStatusSheets(all);
    const removed = [
      ...chosen.filter((log) => removeFrom(log.sheet, log)).map((l) => l.name),
      ...strays.filter((s) => removeFrom(s.sheet, null)).map((s) => s.name),
    ];
    if (chosen.length === 1 && strays.length === 0) {
      const name = (chosen[0] as LogTab).name;
      return removed.length > 0
        ? `Highlights removed from "${name}": the Status column, its colours and its protection. Your own cells and rules are as they were.`
        : `There were no Strong Enough highlights on "${name}"; nothing changed.`;
    }
    return removed.length > 0
      ? `Highlights removed from ${removed.length} tab${removed.length === 1 ? '' : 's'} (${tabList(removed)}): each Status column, its colours and its protection. Your own cells and rules are as they were.`
      : `There were no Strong Enough highlights on ${chosen.length === logs.length ? `any of the ${logs.length} logs` : tabList(chosen.map((l) => l.name))}; nothing changed.`;
  });
}

/**
 * Sheets that show our Status column's header ("Status", our formula's first cell) but no longer
 * read as a log (the coach changed the header): Remove takes ours from them too. Found in the
 * values already read, so a file without such a sheet pays no call for it.
 */
function strayStatusSheets(all: FoundLogs): { sheet: Sheet; name: string }[] {
  const logs = new Set(all.logs.map((l) => l.name));
  return all.sheets.filter(
    (s) =>
      !logs.has(s.name) &&
      s.values.slice(0, HEADER_SEARCH_ROWS).some((row) => row.some((v) => v === 'Status')),
  );
}

/** How one log is read in a roster of several: its own columns and athlete. */
function logSource(log: LogTab, settings: Settings, count: number): LogSource {
  const problem = logProblem(log, settings);
  // One log reads as it always has: what stops it is said, as before.
  if (problem !== null && count === 1) throw coachError(problem);
  // Among several, a tab without a Bodyweight column (bodyweights from a column) is read without
  // bodyweights: its athlete shows, and Needs attention asks for their bodyweight.
  const noBodyweight =
    settings.bodyweight.kind === 'column' && log.found.columns.bodyweight === undefined;
  return {
    sheet: log.name,
    values: log.values,
    options: {
      columns: log.found.columns,
      ...(log.athlete === null ? {} : { defaultAthlete: log.athlete }),
      ...(noBodyweight ? { bodyweight: undefined } : {}),
    },
  };
}

/**
 * The logs analysed as one roster with the Targets sheet, the roster and the audit thresholds
 * from settings: an athlete on several tabs (or on a tab and in a shared log) is one athlete.
 */
export function analyseLogs(
  ss: Spreadsheet,
  settings: Settings,
  logs: readonly LogTab[],
  targetRows: CellValue[][] | null = readTargetRows(ss),
): Analysis {
  const sources = logs.map((log) => logSource(log, settings, logs.length));
  const targets = readTargets(targetRows).targets;
  const roster = readRoster(ss, settings);
  const timeZone = ss.getSpreadsheetTimeZone();
  // Bad plan rows are left out here; the status formula names the first one.
  const season = readSeasonPlan(seasonRowsOf(targetRows), timeZone).plan;
  const analysis = analyzeLogs(sources, {
    unit: settings.unit,
    timeZone,
    formula: settings.formula,
    bodyweight: bodyweightSource(settings, roster),
    targets,
    sessionsBeforeStale: settings.sessionsBeforeStale,
    season,
    layoffWeeks: settings.layoffWeeks,
    keepShare: settings.keepShare,
    // The audit, and the "nothing to fix" note that names its window, follow the coach's thresholds.
    auditThresholds: settings.audit,
  });
  if (isInvalid(analysis)) {
    const which = logs.length === 1 ? `The log "${logs[0]?.name}"` : 'The logs';
    throw coachError(`${which} cannot be read: ${analysis.invalid}.`);
  }
  return analysis;
}

/** One log analysed (the sheet chosen or found), as analyseLogs analyses a roster of one. */
export function analyse(
  ss: Spreadsheet,
  settings: Settings,
  log: LogRead,
  targetRows: CellValue[][] | null = readTargetRows(ss),
): Analysis {
  return analyseLogs(ss, settings, [asLogTab(log, settings)], targetRows);
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
    const { logs, targetRows, dashboard, dashboardNameTaken, chartData, dashboardActive } =
      readDashboardSources(ss, settings);
    const analysis = analyseLogs(ss, settings, logs, targetRows);
    const names = logs.map((l) => l.name);
    if (analysis.athletes.length === 0) {
      const where = names.length === 1 ? `"${names[0]}"` : `the ${names.length} logs`;
      throw coachError(
        `No usable rows in ${where} yet, so there is nothing for a dashboard. ${analysis.problems[0]?.message ?? ''}`.trim(),
      );
    }
    const plan = planDashboard({
      athletes: analysis.athletes,
      logSheet: names[0] ?? '',
      logSheets: names,
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
  const { logs, ours } = readLogs(ss, settings);
  const analysis = analyseLogs(ss, settings, logs, readTargetRows(ss, ours));
  if (analysis.athletes.length === 0) {
    const where = logs.length === 1 ? `"${logs[0]?.name}"` : `the ${logs.length} logs`;
    throw coachError(`No usable rows in ${where} yet, so there is nothing to audit.`);
  }
  return { text: auditText(analysis), analysis };
}
