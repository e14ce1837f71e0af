/**
 * The "Strength dashboard" sheet, laid out without touching Sheets: one block of values written in
 * one call, the checkbox range, and the line charts (each over a data block on the same sheet).
 */
import { literalCell } from '../core/literal';
import type { AthleteSummary, LiftSummary } from '../core/model';
import { phaseLine } from '../core/season';
import { columnLetter } from './a1';

export const DASHBOARD_SHEET = 'Strength dashboard';

export type DashboardCell = string | number | boolean;

export interface ChartSpec {
  /** A1 range of the chart's data block (dates down the first column, one lift per column). */
  readonly range: string;
  readonly title: string;
  /** 1-based anchor cell of the chart's top-left corner. */
  readonly row: number;
  readonly column: number;
}

export interface DashboardPlan {
  /** Rectangular: every row has the same length. */
  readonly values: DashboardCell[][];
  /** Same shape: each cell's number format (ratios 0.00, loads 0.0 with their unit, dates). */
  readonly formats: string[][];
  /** Same shape: titles and header rows bold, everything else normal. */
  readonly weights: ('bold' | 'normal')[][];
  /** A1 range of the "Reached" column's cells, or null when there are no lift rows. */
  readonly checkboxes: string | null;
  /** 1-based first and last row of those cells (column REACHED_COLUMN), or null. */
  readonly checkboxRows: readonly [number, number] | null;
  readonly charts: readonly ChartSpec[];
}

export const LIFT_HEADER = [
  'Athlete',
  'Lift',
  'Latest bodyweight',
  'Best e1RM',
  'Ratio (× bodyweight)',
  'Target (× bodyweight)',
  'Reached',
  'Last new best',
  'Sessions since',
  'Status',
] as const;

/**
 * The tables' columns (A to K) get one width, set in one call: wide enough for "Ratio (× bodyweight)"
 * and a mistake's title. The audit's sentences sit last in their row, so they read on in the empty
 * cells to their right (C to K, about 1,500 px) instead of being cut off.
 */
export const DASHBOARD_COLUMNS = LIFT_HEADER.length + 1;
export const DASHBOARD_COLUMN_WIDTH = 180;
/** Title, blank line and the lift table's header stay in view while the coach scrolls. */
export const DASHBOARD_FROZEN_ROWS = 3;

export const AUDIT_HEADER = ['Athlete', 'Mistake', 'What the log shows, then what to do'] as const;
export const RATIO_FORMAT = '0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
/** A load with one decimal and its unit, still a number (sortable, usable in formulas). */
export const loadFormat = (unit: string): string => `0.0" ${unit}"`;
/** Chart data sits to the right of the tables so the tables stay readable. */
const DATA_COLUMN = LIFT_HEADER.length + 2;
const CHART_ROWS = 18;
const REACHED_COLUMN = LIFT_HEADER.indexOf('Reached') + 1;

/**
 * Unloaded drills (jumps, sprints, planks, unloaded conditioning) get no status by design, so they
 * never have a new best: a tracked series' first session always is one.
 */
export const hasStatus = (lift: LiftSummary): boolean => lift.lastNewBest !== null;

export const NO_STATUS = '— (drill: no status)';

/**
 * The lifts worth a dashboard row: those with a target, or else the three most trained, lifts that
 * carry a status before drills (a drill's row says only that it gets none).
 */
export function keyLifts(athlete: AthleteSummary): LiftSummary[] {
  const withTarget = athlete.lifts.filter((l) => l.target !== null);
  if (withTarget.length > 0) return withTarget;
  const tracked = athlete.lifts.filter(hasStatus);
  return [...tracked, ...athlete.lifts.filter((l) => !hasStatus(l))].slice(0, 3);
}

export function liftStatus(lift: LiftSummary): string {
  if (!hasStatus(lift)) return NO_STATUS;
  if (lift.stale) return `Stale: no new best in ${lift.sessionsSinceBest} sessions`;
  if (lift.targetReached && lift.target !== null) return 'Target reached';
  if (lift.sessionsSinceBest === 0) return 'New best';
  return 'Progressing';
}

const blank = (v: number | string | null): DashboardCell => (v === null ? '' : v);

function liftRow(athlete: AthleteSummary, lift: LiftSummary): DashboardCell[] {
  return [
    literalCell(athlete.name),
    literalCell(lift.exercise),
    blank(athlete.bodyweight),
    blank(lift.bestE1rm),
    blank(lift.ratio),
    blank(lift.target),
    // A lift without a target has nothing to reach: no box (an empty box would read "not yet").
    lift.target === null ? '' : lift.targetReached,
    blank(lift.lastNewBest),
    hasStatus(lift) ? lift.sessionsSinceBest : '',
    liftStatus(lift),
  ];
}

/**
 * A line chart shows a trend, not every session: years of logs are thinned to evenly spaced days
 * (first and last kept), which also keeps the dashboard's size independent of the log's.
 */
export const MAX_CHART_POINTS = 200;

export function evenly<T>(items: readonly T[], max = MAX_CHART_POINTS): T[] {
  if (items.length <= max) return [...items];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}

/**
 * One chart's data: days down (every session day of any charted lift), then per lift with a target
 * its best ratio so far (a running max: "best" reads as progress toward the target, where the
 * session's own ratio zigzags with light and heavy days) and the target as a flat line. The best
 * so far carries over days the lift was not trained, so only days before its first session are
 * blank. The running max is taken over every session before thinning, so no best is lost.
 */
export function chartData(athlete: AthleteSummary): DashboardCell[][] | null {
  const lifts = athlete.lifts.filter((l) => l.target !== null && l.history.length > 0);
  if (lifts.length === 0) return null;
  const allDays = [...new Set(lifts.flatMap((l) => l.history.map((p) => p.day)))].sort();
  const bestSoFar = lifts.map((l) => {
    const byDay = new Map<string, number>();
    for (const p of l.history) byDay.set(p.day, Math.max(byDay.get(p.day) ?? 0, p.ratio));
    const out = new Map<string, number>();
    let best: number | null = null;
    for (const day of allDays) {
      const ratio = byDay.get(day);
      if (ratio !== undefined) best = best === null ? ratio : Math.max(best, ratio);
      if (best !== null) out.set(day, best);
    }
    return out;
  });
  // Names are the coach's text: literal, so "=IMPORTXML(…)" or "TRUE" is shown, never run or read.
  const header: DashboardCell[] = [literalCell(`${athlete.name}: day`)];
  for (const l of lifts) {
    header.push(literalCell(`${l.exercise}: best so far`), literalCell(`${l.exercise}: target`));
  }
  const rows: DashboardCell[][] = [header];
  for (const day of evenly(allDays)) {
    const line: DashboardCell[] = [day];
    lifts.forEach((l, i) => {
      line.push(bestSoFar[i]?.get(day) ?? '', l.target ?? '');
    });
    rows.push(line);
  }
  return rows;
}

export interface DashboardInput {
  readonly athletes: readonly AthleteSummary[];
  readonly logSheet: string;
}

export function planDashboard(input: DashboardInput): DashboardPlan {
  const grid: DashboardCell[][] = [];
  // Sparse like the grid: only cells that need a format or bold are set; the rest default.
  const formatAt = new Map<string, string>();
  const boldAt = new Set<string>();
  const put = (row: number, column: number, cells: readonly DashboardCell[], bold = false) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] as DashboardCell[];
    cells.forEach((cell, i) => {
      line[column - 1 + i] = cell;
      if (bold && cell !== '') boldAt.add(`${row},${column + i}`);
    });
  };
  const format = (row: number, column: number, pattern: string) =>
    formatAt.set(`${row},${column}`, pattern);

  put(1, 1, ['Strength dashboard'], true);
  put(1, 2, [`Built from the sheet "${input.logSheet}".`]);
  put(3, 1, LIFT_HEADER, true);
  let row = 4;
  for (const athlete of input.athletes) {
    for (const lift of keyLifts(athlete)) {
      put(row, 1, liftRow(athlete, lift));
      format(row, 3, loadFormat(athlete.unit));
      format(row, 4, loadFormat(athlete.unit));
      format(row, 5, RATIO_FORMAT);
      format(row, 6, RATIO_FORMAT);
      format(row, 8, DATE_FORMAT);
      row++;
    }
  }
  const liftRows = row - 4;
  const checkboxes =
    liftRows > 0
      ? `${columnLetter(REACHED_COLUMN)}4:${columnLetter(REACHED_COLUMN)}${3 + liftRows}`
      : null;

  row += 1;
  put(row++, 1, ['Program audit'], true);
  put(row++, 1, AUDIT_HEADER, true);
  // Each finding on two rows, its sentence last in the row so it reads on across the empty cells
  // to the right: what the log shows, then what to do (a wrap would cost a call the budget lacks).
  for (const athlete of input.athletes) {
    // With a season plan, the phase the audit judged them in leads their lines.
    if (athlete.phase !== null) {
      // The goal race's name is the coach's text: the line goes through the literal writer.
      put(row++, 1, [literalCell(athlete.name), '', literalCell(phaseLine(athlete.phase))]);
    }
    if (athlete.audit.length === 0) {
      put(row++, 1, [literalCell(athlete.name), '', athlete.auditNote]);
    }
    for (const f of athlete.audit) {
      // The title leads the sentence in the wide last column, where it can run on unclipped.
      const label = `${f.mistake > 5 ? 'Check' : 'Mistake'} ${f.mistake}`;
      put(row++, 1, [literalCell(athlete.name), label, `${f.title}: ${f.evidence}`]);
      put(row++, 1, [literalCell(athlete.name), '', `To do: ${f.advice}`]);
    }
  }

  const charts: ChartSpec[] = [];
  let dataRow = 3;
  let chartRow = row + 1;
  for (const athlete of input.athletes) {
    const data = chartData(athlete);
    if (data === null) continue;
    data.forEach((cells, i) => {
      put(dataRow + i, DATA_COLUMN, cells, i === 0);
      if (i === 0) return;
      format(dataRow + i, DATA_COLUMN, DATE_FORMAT);
      for (let c = 1; c < cells.length; c++) format(dataRow + i, DATA_COLUMN + c, RATIO_FORMAT);
    });
    const width = (data[0] ?? []).length;
    charts.push({
      range: `${columnLetter(DATA_COLUMN)}${dataRow}:${columnLetter(DATA_COLUMN + width - 1)}${dataRow + data.length - 1}`,
      title: `${athlete.name}: best e1RM so far ÷ bodyweight, with targets`,
      row: chartRow,
      column: 1,
    });
    dataRow += data.length + 1;
    chartRow += CHART_ROWS;
  }
  if (charts.length > 0) put(2, DATA_COLUMN, ['Chart data (best ratio so far, and target)'], true);

  const width = Math.max(...grid.map((r) => r.length));
  const cells = <T>(at: (row: number, column: number) => T): T[][] =>
    grid.map((_, r) => Array.from({ length: width }, (_, c) => at(r + 1, c + 1)));
  const values = cells((r, c) => grid[r - 1]?.[c - 1] ?? '');
  const formats = cells((r, c) => formatAt.get(`${r},${c}`) ?? 'General');
  const weights = cells((r, c) => (boldAt.has(`${r},${c}`) ? 'bold' : 'normal'));
  const checkboxRows: [number, number] | null = liftRows > 0 ? [4, 3 + liftRows] : null;
  return { values, formats, weights, checkboxes, checkboxRows, charts };
}

/** Same shape as the plan's values: true for each "Reached" cell that holds a checkbox. */
export function checkboxMask(plan: DashboardPlan): boolean[][] {
  const rows = plan.checkboxRows;
  return plan.values.map((line, r) =>
    line.map(
      (cell, c) =>
        rows !== null &&
        c + 1 === REACHED_COLUMN &&
        r + 1 >= rows[0] &&
        r + 1 <= rows[1] &&
        typeof cell === 'boolean',
    ),
  );
}
