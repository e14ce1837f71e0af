/**
 * The actions, each read once → decide (pure plan-*.ts) → write once, holding the document lock.
 * Menu handlers and sidebar endpoints both call these; they return plain words for the coach.
 */
import { analyzeLog } from '../core/analyze';
import { auditAthlete, emptyAuditLine, sessionsInAuditWindow } from '../core/audit';
import type { Analysis } from '../core/model';
import { isInvalid } from '../core/result';
import { readTargets } from '../core/targets';
import type { CellValue } from '../core/values';
import { openRows } from './a1';
import type { Settings } from './api-types';
import { coachError, withDocumentLock } from './guard';
import { DASHBOARD_SHEET, planDashboard } from './plan-dashboard';
import {
  isOurRuleFormula,
  isStatusFormula,
  PROTECTION_DESCRIPTION,
  planApply,
  type RuleSpec,
  type RuleView,
  rulesToKeep,
  statusCellOf,
} from './plan-highlights';
import { logOptions } from './plan-log';
import { deleteRecord, loadSettings, storeRecord } from './store';
import {
  ensureTargetsSheet,
  type LogRead,
  logSheet,
  readLogSheet,
  readRoster,
  readTargetRows,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

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

function buildRules(sheet: Sheet, specs: readonly RuleSpec[]): Rule[] {
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  return specs.map((spec) => {
    let range = ranges.get(spec.range);
    if (!range) {
      range = sheet.getRange(spec.range);
      ranges.set(spec.range, range);
    }
    return SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges([range])
      .build();
  });
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
    // The formula reads the Targets sheet: make sure it is there even when nothing else changes.
    const createdTargets = ensureTargetsSheet(ss);
    if (plan.unchanged) return `Highlights are already on "${log.name}"; nothing changed.`;

    const { column } = plan.record;
    if (plan.writeFormula !== null) {
      sheet.getRange(headerRow, column).setFormula(plan.writeFormula);
    }
    if (plan.rules !== null) {
      const added = buildRules(
        sheet,
        plan.rules.filter((r): r is RuleSpec => typeof r !== 'number'),
      );
      sheet.setConditionalFormatRules(
        plan.rules.map((r) =>
          typeof r === 'number' ? (current[r] as Rule) : (added.shift() as Rule),
        ),
      );
    }
    const moved = existing !== null && existing.column !== column;
    if (plan.protect || moved) {
      for (const p of protections) p.remove();
      sheet
        .getRange(openRows(column, column, headerRow))
        .protect()
        .setDescription(PROTECTION_DESCRIPTION)
        .setWarningOnly(true);
    }
    storeRecord(plan.record);
    const targets = createdTargets
      ? 'A "Targets" sheet now holds the default targets: edit them there and the highlights follow.'
      : 'Edit targets in the "Targets" sheet.';
    return `Highlights are on "${log.name}": a Status column (stale, target reached, new best) that updates as you log. ${targets}`;
  });
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
  log: LogRead,
  targetRows: CellValue[][] | null = readTargetRows(ss),
): { analysis: Analysis; emptyAudit: Map<string, string> } {
  const targets = readTargets(targetRows).targets;
  const roster = readRoster(ss, settings);
  const timeZone = ss.getSpreadsheetTimeZone();
  const emptyAudit = new Map<string, string>();
  const analysis = analyzeLog(log.values, {
    ...logOptions(settings, log.found, timeZone, roster),
    targets,
    sessionsBeforeStale: settings.sessionsBeforeStale,
    audit: (athlete, entries, series) => {
      const findings = auditAthlete(athlete, entries, series, settings.audit);
      if (findings.length === 0) {
        emptyAudit.set(
          athlete,
          emptyAuditLine(sessionsInAuditWindow(athlete, entries, settings.audit), settings.audit),
        );
      }
      return findings;
    },
  });
  if (isInvalid(analysis))
    throw coachError(`The log "${log.name}" cannot be read: ${analysis.invalid}.`);
  return { analysis, emptyAudit };
}

export function buildDashboard(): string {
  return withDocumentLock(() => {
    const { settings } = loadSettings();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = readLogSheet(ss, settings);
    const { analysis, emptyAudit } = analyse(ss, settings, log);
    if (analysis.athletes.length === 0) {
      throw coachError(
        `No usable rows in "${log.name}" yet, so there is nothing for a dashboard. ${analysis.problems[0]?.message ?? ''}`.trim(),
      );
    }
    const plan = planDashboard({
      athletes: analysis.athletes,
      logSheet: log.name,
      emptyAuditLine: (a) => emptyAudit.get(a.name) ?? '',
    });
    // Rebuilding replaces only this sheet: delete ours (charts go with it) and start clean.
    // Rebuilding replaces only this sheet, in its place among the tabs.
    const old = ss.getSheetByName(DASHBOARD_SHEET);
    let sheet: Sheet;
    if (old) {
      const index = old.getIndex() - 1;
      ss.deleteSheet(old);
      sheet = ss.insertSheet(DASHBOARD_SHEET, index);
    } else {
      sheet = ss.insertSheet(DASHBOARD_SHEET);
    }
    // Checkboxes first: inserting them resets their cells to unchecked.
    if (plan.checkboxes) sheet.getRange(plan.checkboxes).insertCheckboxes();
    const width = plan.values[0]?.length ?? 1;
    // Many athletes can need more rows than a new sheet has (never more columns: the layout is narrow).
    const rows = NEW_SHEET_ROWS;
    if (plan.values.length > rows) sheet.insertRowsAfter(rows, plan.values.length - rows);
    sheet.getRange(1, 1, plan.values.length, width).setValues(plan.values);
    for (const chart of plan.charts) {
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(sheet.getRange(chart.range))
          .setPosition(chart.row, chart.column, 0, 0)
          .setOption('title', chart.title)
          .build(),
      );
    }
    const athletes = analysis.athletes.length;
    return `The "${DASHBOARD_SHEET}" sheet is rebuilt: ${athletes} athlete${athletes === 1 ? '' : 's'}, ${plan.charts.length} chart${plan.charts.length === 1 ? '' : 's'}.`;
  });
}

/** The audit findings in plain text, per athlete (menu alert and sidebar message). */
export function auditText(analysis: Analysis, emptyAudit: Map<string, string>): string {
  return analysis.athletes
    .map((a) => {
      const lines =
        a.audit.length === 0
          ? [emptyAudit.get(a.name) ?? '']
          : a.audit.map((f) => `${f.mistake}. ${f.title}: ${f.evidence} ${f.advice}`);
      return `${a.name}\n${lines.map((l) => `• ${l}`).join('\n')}`;
    })
    .join('\n\n');
}

export function runAudit(): { text: string; analysis: Analysis } {
  const { settings } = loadSettings();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const log = readLogSheet(ss, settings);
  const { analysis, emptyAudit } = analyse(ss, settings, log);
  if (analysis.athletes.length === 0) {
    throw coachError(`No usable rows in "${log.name}" yet, so there is nothing to audit.`);
  }
  return { text: auditText(analysis, emptyAudit), analysis };
}
