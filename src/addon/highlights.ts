/**
 * Live highlights on the log sheet: the Status column (our formula), our three colour rules and our
 * protection, found afresh on every action (ours.ts) and decided by plan-highlights.ts.
 */

import { columnLetter, columnNumber } from './a1';
import type { Settings } from './api-types';
import { findOurColumns, OUR_KEY, type OurColumnRole, type OurColumns, untag } from './ours';
import {
  highlightRules,
  isOurRuleFormula,
  isStatusFormula,
  PROTECTION_DESCRIPTION,
  placeRules,
  planApply,
  type RuleSpec,
  type RuleView,
  rulesToKeep,
  statusCellOf,
} from './plan-highlights';
import { columnsOn } from './plan-log';
import { DEFAULT_COLORS } from './settings';
import { ensureTargetsSheet, type LogRead, type TargetsFound } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** What a rule looks like to the planner: ours in detail (the last row of its range). */
function ruleView(rule: Rule, readLastRow: boolean): RuleView {
  const condition = rule.getBooleanCondition();
  const values = condition ? condition.getCriteriaValues() : [];
  const formula =
    condition && String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' && values.length > 0
      ? String(values[0])
      : null;
  if (!isOurRuleFormula(formula)) return { formula, background: null };
  return {
    formula,
    background: condition?.getBackground() ?? null,
    lastRow: readLastRow ? (rule.getRanges()[0]?.getLastRow() ?? null) : null,
  };
}

/** Our rules share one range: only the first of ours is asked how far it reaches (one call). */
function ruleViews(rules: readonly Rule[]): RuleView[] {
  let asked = false;
  return rules.map((rule) => {
    const view = ruleView(rule, !asked);
    if (isOurRuleFormula(view.formula)) asked = true;
    return view;
  });
}

function ourProtections(sheet: Sheet): Protection[] {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === PROTECTION_DESCRIPTION);
}

function buildRule(spec: RuleSpec, range: Range): Rule {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(spec.formula)
    .setBackground(spec.background)
    .setRanges([range])
    .build();
}

/** The rule list to set: the current rule objects where kept, ours built where placed. */
function ruleList(
  sheet: Sheet,
  current: readonly Rule[],
  placed: readonly (number | RuleSpec)[],
): Rule[] {
  const specs = placed.filter((r): r is RuleSpec => typeof r !== 'number');
  const rangeOf = rangesOn(
    sheet,
    specs.map((s) => s.range),
  );
  return placed.map((r) =>
    typeof r === 'number' ? (current[r] as Rule) : buildRule(r, rangeOf(r.range)),
  );
}

/** Where our Status column is on the log sheet (null when not found), and our column tags. */
export interface StatusFound {
  readonly at: { readonly column: number; readonly formula: string | null } | null;
  readonly columns: OurColumns;
}

/**
 * Our Status column, found afresh: by its tag, else by our formula in the header row, else by our
 * rules' formulas (spreadsheets from before the tags). One finder call, then one read of the header
 * row's formulas — skipped when there is no tag and no header cell shows "Status" (our formula's
 * header), so a first Apply pays nothing for it. A tagged column whose header cell the coach has
 * since typed into is theirs now.
 */
export function findStatus(
  sheet: Sheet,
  log: Pick<LogRead, 'values' | 'found'>,
  views?: readonly RuleView[],
): StatusFound {
  const columns = findOurColumns(sheet);
  const headerRow = log.found.description.headerRow;
  const header = log.values[headerRow - 1] ?? [];
  const byRules = views ? statusCellOf(views) : null;
  const showsStatus = header.some((v) => v === 'Status');
  if (columns.status === null && !showsStatus && byRules === null) return { at: null, columns };
  const width = Math.max(header.length, columns.status ?? 0, 1);
  const formulas = sheet.getRange(headerRow, 1, 1, width).getFormulas()[0] ?? [];
  const formulaAt = (c: number) => formulas[c - 1] || null;
  const isOurs = (c: number) => isStatusFormula(formulas[c - 1]);
  const isEmpty = (c: number) => {
    const v = header[c - 1];
    return (v === '' || v === null || v === undefined) && !formulas[c - 1];
  };
  const tagged = columns.status;
  if (tagged !== null && (isOurs(tagged) || isEmpty(tagged))) {
    return { at: { column: tagged, formula: formulaAt(tagged) }, columns };
  }
  const byFormula = formulas.findIndex((f) => isStatusFormula(f));
  if (byFormula >= 0) {
    return { at: { column: byFormula + 1, formula: formulaAt(byFormula + 1) }, columns };
  }
  if (byRules && byRules.headerRow === headerRow && isOurs(byRules.column)) {
    return { at: { column: byRules.column, formula: formulaAt(byRules.column) }, columns };
  }
  return { at: null, columns };
}

/** Highlights are on this log when our Status formula is found there. */
export function highlightsOn(sheet: Sheet, log: Pick<LogRead, 'values' | 'found'>): boolean {
  return isStatusFormula(findStatus(sheet, log).at?.formula);
}

export interface ApplyOutcome {
  readonly unchanged: boolean;
  readonly targetsName: string;
  readonly targetsCreated: boolean;
}

/**
 * Apply (or re-apply after a settings change) on a log already read. The caller holds the lock.
 * Reads: rules, our tags, the header row's formulas, the sheet's size, our protection.
 */
export function applyOn(
  ss: Spreadsheet,
  log: LogRead,
  settings: Settings,
  /** Our Targets sheet when the caller already made sure of it (several logs: once for all). */
  targetsFound?: TargetsFound,
): ApplyOutcome {
  const sheet = log.sheet;
  const current = sheet.getConditionalFormatRules();
  const views = ruleViews(current);
  const found = findStatus(sheet, log, views);
  const existing = found.at;
  // Nothing of ours found: no protection of ours to look for either (it goes with its column).
  const hadAny = existing !== null || found.columns.status !== null || statusCellOf(views) !== null;
  const protections = hadAny ? ourProtections(sheet) : [];
  const protectedA1 = protections[0]?.getRange().getA1Notation() ?? null;
  const targets = targetsFound ?? ensureTargetsSheet(ss);
  const maxRows = sheet.getMaxRows();
  const headerRow = log.found.description.headerRow;
  const width = log.values[0]?.length ?? 0;
  const roleColumns = Object.values(log.found.columns) as number[];
  const plan = planApply({
    sheet: log.name,
    targetsSheet: targets.name,
    headerRow,
    logWidth: width,
    dataWidth: width,
    lastLogColumn: roleColumns.length === 0 ? 0 : Math.max(...roleColumns) + 1,
    lastRow: maxRows,
    // Only the column choices this sheet's header has go into its formula (one tab's "Kilos" is
    // not another's).
    settings: { ...settings, columns: columnsOn(settings.columns, log.found.header.labels) },
    colors: settings.colors,
    existing,
    rules: views,
    protection: protectedA1 === null ? null : columnAndLastRow(protectedA1),
    athlete: log.athlete ?? null,
  });
  const retag = found.columns.status !== plan.column;
  if (plan.unchanged && !retag) {
    return { unchanged: true, targetsName: targets.name, targetsCreated: targets.created };
  }
  const { column } = plan;
  // Room when it is needed: a trimmed sheet (or a CSV opened with File → Import) has no free
  // column beside the log; Sheets refuses a write past the grid, so the column is inserted.
  let inserted = false;
  if (column > width) {
    const maxColumns = sheet.getMaxColumns();
    if (column > maxColumns) {
      sheet.insertColumnsAfter(maxColumns, column - maxColumns);
      inserted = true;
    }
  }
  const letter = columnLetter(column);
  const cell = `${letter}${headerRow}`;
  const whole = `${letter}1:${letter}${maxRows}`;
  const tag = `${letter}:${letter}`;
  const specs = (plan.rules ?? []).filter((r): r is RuleSpec => typeof r !== 'number');
  // Every range written below in one getRangeList.
  const rangeOf = rangesOn(sheet, [
    ...(plan.movedFrom !== null ? [`${columnLetter(plan.movedFrom)}${headerRow}`] : []),
    ...(plan.writeFormula !== null ? [cell] : []),
    ...specs.map((r) => r.range),
    ...(plan.protect ? [whole] : []),
    ...(retag || inserted ? [tag] : []),
  ]);
  if (plan.movedFrom !== null)
    rangeOf(`${columnLetter(plan.movedFrom)}${headerRow}`).clearContent();
  if (plan.writeFormula !== null) rangeOf(cell).setFormula(plan.writeFormula);
  if (plan.rules !== null) {
    const rules = plan.rules;
    sheet.setConditionalFormatRules(
      rules.map((r) =>
        typeof r === 'number' ? (current[r] as Rule) : buildRule(r, rangeOf(r.range)),
      ),
    );
  }
  if (plan.protect) {
    for (const p of protections) p.remove();
    rangeOf(whole).protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
  }
  if (retag) {
    untag(found.columns.tags, 'status');
    rangeOf(tag).addDeveloperMetadata(OUR_KEY, 'status');
  }
  // Remove undoes exactly what Apply added, the room it made included.
  if (inserted) rangeOf(tag).addDeveloperMetadata(OUR_KEY, 'inserted');
  return { unchanged: false, targetsName: targets.name, targetsCreated: targets.created };
}

/** "G1:G1000" → its column and last row. */
function columnAndLastRow(a1: string): { column: number; lastRow: number } {
  const m = /([A-Z]+)\d*:?[A-Z]*(\d*)$/i.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  return { column: columnNumber(m?.[1] ?? 'A'), lastRow: Number(m?.[2] || 0) };
}

/**
 * Every range an action writes to on one sheet, fetched in one getRangeList call (the RangeList
 * hands back Range objects without another round trip); looked up by the A1 text asked for.
 */
export function rangesOn(sheet: Sheet, notations: readonly string[]): (a1: string) => Range {
  const unique = [...new Set(notations)];
  const ranges = unique.length > 0 ? sheet.getRangeList(unique).getRanges() : [];
  const byA1 = new Map(unique.map((a1, i) => [a1, ranges[i] as Range]));
  return (a1) => {
    const range = byA1.get(a1);
    if (!range) throw new Error(`range ${a1} was not fetched`);
    return range;
  };
}

/**
 * After rows were added to the log (an import): our rules and protection reach the sheet's new
 * last row, in their places and colours. Nothing is written when highlights are off. Rules of ours
 * whose formula lost its cell (the coach deleted the log's first row: the formula reads #REF!) are
 * made anew on the Status column found by its tag, as Apply would.
 */
export function extendHighlights(
  sheet: Sheet,
  status: number,
  maxRows: number,
  headerRow: number,
): void {
  const current = sheet.getConditionalFormatRules();
  const views = ruleViews(current);
  const at =
    statusCellOf(views) ??
    (views.some((v) => isOurRuleFormula(v.formula)) ? { column: status, headerRow } : null);
  if (at === null) return;
  // Ours keep their colours: each spec takes the background its rule has now.
  const wanted = highlightRules(at.headerRow, status, DEFAULT_COLORS, maxRows).map((spec) => {
    const now = views.find(
      (v) => isOurRuleFormula(v.formula) && v.formula?.includes(`"${kindText(spec)}"`),
    );
    return now?.background ? { ...spec, background: now.background } : spec;
  });
  const placed = placeRules(views, wanted, maxRows);
  if (placed !== null) sheet.setConditionalFormatRules(ruleList(sheet, current, placed));
  const protection = ourProtections(sheet)[0];
  const range = protection?.getRange();
  if (protection && range && range.getLastRow() < maxRows) {
    // Made anew over the whole column (a protection's range is fixed to the rows it had).
    const column = range.getColumn();
    protection.remove();
    sheet
      .getRange(1, column, maxRows, 1)
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
}

const kindText = (spec: RuleSpec): string =>
  /"(Stale|Target reached|New best)"/.exec(spec.formula)?.[1] ?? '';

/** New colours for highlights already on the log: our rules rebuilt in their places. */
export function recolourOn(sheet: Sheet, settings: Settings): boolean {
  const current = sheet.getConditionalFormatRules();
  const views = ruleViews(current);
  const at = statusCellOf(views);
  if (!at) return false;
  const lastRow = views.find((v) => isOurRuleFormula(v.formula))?.lastRow ?? undefined;
  const wanted = highlightRules(at.headerRow, at.column, settings.colors, lastRow ?? undefined);
  const placed = placeRules(views, wanted, 0);
  if (placed === null) return false;
  sheet.setConditionalFormatRules(ruleList(sheet, current, placed));
  return true;
}

/** Remove: exactly what Apply added — our formula, rules, protection and tag. */
export function removeFrom(sheet: Sheet, log: Pick<LogRead, 'values' | 'found'> | null): boolean {
  const current = sheet.getConditionalFormatRules();
  const views = current.map((r) => ruleView(r, false));
  const keep = rulesToKeep(views);
  let removed = false;
  const found = log ? findStatus(sheet, log, views) : { at: null, columns: findOurColumns(sheet) };
  if (log && found?.at && isStatusFormula(found.at.formula)) {
    // Only our formula: if the coach has since typed something there, it is theirs.
    sheet.getRange(log.found.description.headerRow, found.at.column).clearContent();
    removed = true;
  } else if (!log && found.columns.status !== null) {
    // A sheet that no longer reads as a log (its header changed): our formula is found in our
    // tagged column, whatever row it is on (two calls, whatever the sheet's length).
    const column = found.columns.status;
    const formulas = sheet.getRange(1, column, sheet.getMaxRows(), 1).getFormulas();
    const row = formulas.findIndex((r) => isStatusFormula(r[0]));
    if (row >= 0) {
      sheet.getRange(row + 1, column).clearContent();
      removed = true;
    }
  }
  // The column Apply inserted for Status goes again while it is the sheet's last column and blank:
  // nothing of the coach's moves. One the coach has written in, or dragged elsewhere, stays theirs
  // and loses only our tag.
  const inserted = found?.columns.inserted ?? null;
  let deleteInserted = false;
  if (inserted !== null && inserted === sheet.getMaxColumns() && inserted > 1) {
    const cells = sheet.getRange(1, inserted, sheet.getMaxRows(), 1);
    deleteInserted =
      cells.getValues().every((r) => r[0] === '') && cells.getFormulas().every((r) => r[0] === '');
  }
  const roles: OurColumnRole[] = ['status', 'inserted'];
  if (found?.columns.tags.some((m) => roles.includes(m.getValue() as OurColumnRole))) {
    untag(found.columns.tags, ...roles);
    removed = true;
  }
  if (keep.length !== current.length) {
    sheet.setConditionalFormatRules(keep.map((i) => current[i] as Rule));
    removed = true;
  }
  const protections = ourProtections(sheet);
  for (const p of protections) p.remove();
  // Last, with our tags gone: the blank column Apply inserted.
  if (inserted !== null && deleteInserted) {
    sheet.deleteColumn(inserted);
    removed = true;
  }
  return removed || protections.length > 0;
}
