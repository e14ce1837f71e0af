/**
 * The "Strength dashboard" sheet, laid out without touching Sheets: one block of values written in
 * one call, the checkbox range, and the line charts (each over a data block on the same sheet).
 */
import type { AthleteSummary, LiftSummary } from '../core/model';
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

const AUDIT_HEADER = ['Athlete', 'Mistake', 'What the log shows', 'What to do'] as const;
/** Chart data sits to the right of the tables so the tables stay readable. */
const DATA_COLUMN = LIFT_HEADER.length + 2;
const CHART_ROWS = 18;
const REACHED_COLUMN = LIFT_HEADER.indexOf('Reached') + 1;

/** The lifts worth a dashboard row: those with a target, or the three most trained when none has. */
export function keyLifts(athlete: AthleteSummary): LiftSummary[] {
  const withTarget = athlete.lifts.filter((l) => l.target !== null);
  return withTarget.length > 0 ? withTarget : athlete.lifts.slice(0, 3);
}

export function liftStatus(lift: LiftSummary): string {
  if (lift.stale) return `Stale: no new best in ${lift.sessionsSinceBest} sessions`;
  if (lift.targetReached && lift.target !== null) return 'Target reached';
  if (lift.sessionsSinceBest === 0) return 'New best';
  return 'Progressing';
}

const blank = (v: number | string | null): DashboardCell => (v === null ? '' : v);

function liftRow(athlete: AthleteSummary, lift: LiftSummary): DashboardCell[] {
  return [
    athlete.name,
    lift.exercise,
    athlete.bodyweight === null ? '' : `${athlete.bodyweight} ${athlete.unit}`,
    lift.bestE1rm === null ? '' : `${lift.bestE1rm} ${athlete.unit}`,
    blank(lift.ratio),
    blank(lift.target),
    lift.targetReached && lift.target !== null,
    blank(lift.lastNewBest),
    lift.sessionsSinceBest,
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

/** One chart's data: days down, one column per lift with a target; blank where not trained. */
export function chartData(athlete: AthleteSummary): DashboardCell[][] | null {
  const lifts = athlete.lifts.filter((l) => l.target !== null && l.history.length > 0);
  if (lifts.length === 0) return null;
  const days = evenly([...new Set(lifts.flatMap((l) => l.history.map((p) => p.day)))].sort());
  const rows: DashboardCell[][] = [[`${athlete.name}: day`, ...lifts.map((l) => l.exercise)]];
  const byLift = lifts.map((l) => new Map(l.history.map((p) => [p.day, p.ratio])));
  for (const day of days) rows.push([day, ...byLift.map((m) => m.get(day) ?? '')]);
  return rows;
}

export interface DashboardInput {
  readonly athletes: readonly AthleteSummary[];
  readonly logSheet: string;
  /** Shown for an athlete without findings (the audit's own line). */
  readonly emptyAuditLine: (athlete: AthleteSummary) => string;
}

export function planDashboard(input: DashboardInput): DashboardPlan {
  const grid: DashboardCell[][] = [];
  const put = (row: number, column: number, cells: readonly DashboardCell[]) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] as DashboardCell[];
    cells.forEach((cell, i) => {
      line[column - 1 + i] = cell;
    });
  };

  put(1, 1, ['Strength dashboard', `Built from the sheet "${input.logSheet}".`]);
  put(3, 1, LIFT_HEADER);
  let row = 4;
  for (const athlete of input.athletes) {
    for (const lift of keyLifts(athlete)) put(row++, 1, liftRow(athlete, lift));
  }
  const liftRows = row - 4;
  const checkboxes =
    liftRows > 0
      ? `${columnLetter(REACHED_COLUMN)}4:${columnLetter(REACHED_COLUMN)}${3 + liftRows}`
      : null;

  row += 1;
  put(row++, 1, ['Program audit']);
  put(row++, 1, AUDIT_HEADER);
  for (const athlete of input.athletes) {
    if (athlete.audit.length === 0) {
      put(row++, 1, [athlete.name, '', input.emptyAuditLine(athlete), '']);
    }
    for (const f of athlete.audit) {
      put(row++, 1, [athlete.name, `${f.mistake}. ${f.title}`, f.evidence, f.advice]);
    }
  }

  const charts: ChartSpec[] = [];
  let dataRow = 3;
  let chartRow = row + 1;
  for (const athlete of input.athletes) {
    const data = chartData(athlete);
    if (data === null) continue;
    data.forEach((cells, i) => {
      put(dataRow + i, DATA_COLUMN, cells);
    });
    const width = (data[0] ?? []).length;
    charts.push({
      range: `${columnLetter(DATA_COLUMN)}${dataRow}:${columnLetter(DATA_COLUMN + width - 1)}${dataRow + data.length - 1}`,
      title: `${athlete.name}: best e1RM ÷ bodyweight`,
      row: chartRow,
      column: 1,
    });
    dataRow += data.length + 1;
    chartRow += CHART_ROWS;
  }
  if (charts.length > 0) put(2, DATA_COLUMN, ['Chart data (ratio per session)']);

  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const checkboxRows: [number, number] | null = liftRows > 0 ? [4, 3 + liftRows] : null;
  return { values, checkboxes, checkboxRows, charts };
}

/** Same shape as the plan's values: true for each "Reached" cell that holds a checkbox. */
export function checkboxMask(plan: DashboardPlan): boolean[][] {
  const rows = plan.checkboxRows;
  return plan.values.map((line, r) =>
    line.map(
      (_, c) => rows !== null && c + 1 === REACHED_COLUMN && r + 1 >= rows[0] && r + 1 <= rows[1],
    ),
  );
}
