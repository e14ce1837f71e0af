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
import { columnLetter, openRows } from './a1';
import type { Settings } from './api-types';
import { coachError, withDocumentLock } from './guard';
import {
  checkboxMask,
  DASHBOARD_COLUMN_WIDTH,
  DASHBOARD_COLUMNS,
  DASHBOARD_FROZEN_ROWS,
  DASHBOARD_SHEET,
  type DashboardPlan,
  planDashboard,
} from './plan-dashboard';
import {
  highlightRules,
  isOurRuleFormula,
  isStatusFormula,
  normaliseFormula,
  PROTECTION_DESCRIPTION,
  planApply,
  type RuleSpec,
  type RuleView,
  rulesToKeep,
  statusCellOf,
} from './plan-highlights';
import { logOptions } from './plan-log';
import { deleteRecord, loadRecord, loadSettings, storeRecord } from './store';
import {
  ensureTargetsSheet,
  type LogRead,
  logSheet,
  readDashboardSources,
  readLogSheet,
  readRoster,
  readTargetRows,
  seasonRowsOf,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets gives a new sheet 1,000 rows. */
const NEW_SHEET_ROWS = 1000;

/** What a rule looks like to the planner; only our own rules are looked at closely. */
function ruleView(rule: Rule): RuleView {
  const condition = rule.getBooleanCondition();
  const values = condition ? condition.getCriteriaValues() : [];
  const formula =
    condition && String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' && values.length > 0
      ? String(values[0])
      : null;
  // Our rules are recognised by their tag; their formula anchors the column, so the range needs
  // no second look (each look is another service call).
  return {
    formula,
    background: isOurRuleFormula(formula) ? (condition?.getBackground() ?? null) : null,
  };
}

function ourProtections(sheet: Sheet): GoogleAppsScript.Spreadsheet.Protection[] {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === PROTECTION_DESCRIPTION);
}

function buildRules(specs: readonly RuleSpec[], rangeOf: (a1: string) => Range): Rule[] {
  return specs.map((spec) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges([rangeOf(spec.range)])
      .build(),
  );
}

/**
 * Every range an action writes to on one sheet, fetched in one getRangeList call (the RangeList
 * hands back Range objects without another round trip); looked up by the A1 text asked for.
 */
function rangesOn(sheet: Sheet, notations: readonly string[]): (a1: string) => Range {
  const unique = [...new Set(notations)];
  const ranges = unique.length > 0 ? sheet.getRangeList(unique).getRanges() : [];
  const byA1 = new Map(unique.map((a1, i) => [a1, ranges[i] as Range]));
  return (a1) => {
    const range = byA1.get(a1);
    if (!range) throw new Error(`range ${a1} was not fetched`);
    return range;
  };
}

export function applyHighlights(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = readLogSheet(ss, settings);
    const sheet = log.sheet;
    const current = sheet.getConditionalFormatRules();
    const views = current.map(ruleView);
    // Our rules say where our status formula is; without them Apply has not run here.
    const existing = statusCellOf(views);
    const existingCellFormula = existing
      ? sheet.getRange(existing.headerRow, existing.column).getFormula()
      : null;
    const protections = existing ? ourProtections(sheet) : [];
    const headerRow = log.found.description.headerRow;
    const width = log.values[0]?.length ?? 0;
    const plan = planApply({
      sheet: log.name,
      headerRow,
      logWidth: width,
      dataWidth: width,
      settings,
      colors: settings.colors,
      existing,
      existingCellFormula,
      rules: views,
      protected: protections.length > 0,
    });
    // The formula reads the Targets sheet (targets and season plan): make sure it is there even
    // when nothing else changes.
    const createdTargets = ensureTargetsSheet(ss);
    if (plan.unchanged) return `Highlights are already on "${log.name}"; nothing changed.`;

    const { column } = plan.record;
    const formulaCell = `${columnLetter(column)}${headerRow}`;
    const protectedColumn = openRows(column, column, headerRow);
    const added = (plan.rules ?? []).filter((r): r is RuleSpec => typeof r !== 'number');
    const moved = existing !== null && existing.column !== column;
    const protect = plan.protect || moved;
    const rangeOf = rangesOn(sheet, [
      ...(plan.writeFormula !== null ? [formulaCell] : []),
      ...added.map((r) => r.range),
      ...(protect ? [protectedColumn] : []),
    ]);
    if (plan.writeFormula !== null) rangeOf(formulaCell).setFormula(plan.writeFormula);
    if (plan.rules !== null) {
      const built = buildRules(added, rangeOf);
      sheet.setConditionalFormatRules(
        plan.rules.map((r) =>
          typeof r === 'number' ? (current[r] as Rule) : (built.shift() as Rule),
        ),
      );
    }
    if (protect) {
      for (const p of protections) p.remove();
      rangeOf(protectedColumn)
        .protect()
        .setDescription(PROTECTION_DESCRIPTION)
        .setWarningOnly(true);
    }
    storeRecord(plan.record);
    const targets = createdTargets
      ? 'A "Targets" sheet now holds the default targets, and beside them an empty season plan for phases: edit them there and the highlights follow.'
      : 'Edit targets and the season plan in the "Targets" sheet.';
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
  const { colors } = settings;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let found: ReturnType<typeof logSheet>;
  try {
    found = logSheet(ss, settings);
  } catch {
    // No log to find (a sheet chosen in settings was deleted): the colours are saved for next time.
    return false;
  }
  const { sheet, name } = found;
  const current = sheet.getConditionalFormatRules();
  const views = current.map(ruleView);
  const at = statusCellOf(views);
  if (!at) return false;
  const wanted = highlightRules(at.headerRow, at.column, colors);
  const ours = views.flatMap((v, i) => (isOurRuleFormula(v.formula) ? [i] : []));
  // Each of ours matched to the rule we would make now; a tagged rule we no longer make stays.
  const specFor = (i: number): RuleSpec | null => {
    const formula = normaliseFormula(views[i]?.formula ?? '');
    return wanted.find((w) => normaliseFormula(w.formula) === formula) ?? null;
  };
  const changes = ours
    .map((i) => ({ i, spec: specFor(i) }))
    .filter(
      (c): c is { i: number; spec: RuleSpec } =>
        c.spec !== null &&
        (views[c.i]?.background ?? '').toLowerCase() !== c.spec.background.toLowerCase(),
    );
  if (changes.length > 0) {
    const rangeOf = rangesOn(sheet, [...new Set(changes.map((c) => c.spec.range))]);
    const built = new Map(changes.map((c) => [c.i, buildRules([c.spec], rangeOf)[0] as Rule]));
    sheet.setConditionalFormatRules(current.map((rule, i) => built.get(i) ?? rule));
  }
  const record = loadRecord(name);
  if (record) storeRecord({ ...record, rules: wanted });
  return changes.length > 0;
}

export function removeHighlights(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, name } = logSheet(ss, settings);
    const current = sheet.getConditionalFormatRules();
    const views = current.map(ruleView);
    const keep = rulesToKeep(views);
    const existing = statusCellOf(views);
    const protections = ourProtections(sheet);
    let removed = false;
    if (existing) {
      const cell = sheet.getRange(existing.headerRow, existing.column);
      // Only our formula: if the coach has since typed something there, it is theirs.
      if (isStatusFormula(cell.getFormula())) {
        cell.clearContent();
        removed = true;
      }
    }
    if (keep.length !== current.length) {
      sheet.setConditionalFormatRules(keep.map((i) => current[i] as Rule));
      removed = true;
    }
    for (const p of protections) p.remove();
    deleteRecord(name);
    return removed || protections.length > 0
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
    const { log, targetRows, dashboard, dashboardActive } = readDashboardSources(ss, settings);
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
      sheet = ss.insertSheet(DASHBOARD_SHEET);
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
    return `The "${DASHBOARD_SHEET}" sheet is rebuilt: ${athletes} athlete${athletes === 1 ? '' : 's'}, ${plan.charts.length} chart${plan.charts.length === 1 ? '' : 's'}.`;
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

/** The audit findings in plain text, per athlete (menu alert and sidebar message). */
export function auditText(analysis: Analysis): string {
  return analysis.athletes
    .map((a) => {
      const lines =
        a.audit.length === 0
          ? [a.auditNote]
          : a.audit.map((f) => `${f.mistake}. ${f.title}: ${f.evidence} ${f.advice}`);
      return `${a.name}\n${lines.map((l) => `• ${l}`).join('\n')}`;
    })
    .join('\n\n');
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
