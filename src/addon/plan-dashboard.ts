/**
 * The "Strength dashboard" sheet and its chart-data sheet, laid out without touching Sheets: what
 * needs attention first, then a bounded number of charts, then one row per athlete and key lift
 * (coloured as the log is), then the program audit. Every grid is built in loops (no spreading of
 * roster-sized arrays into calls), so 5,000 athletes cost the same number of Sheets calls as three.
 */

import type { Attention } from '../core/attention';
import { literalCell } from '../core/literal';
import type { AthleteSummary, LiftSummary } from '../core/model';
import { phaseLine } from '../core/season';
import { FIRST_SESSION_PREFIX, formatMultiple } from '../core/status';
import { columnLetter } from './a1';
import type { HighlightColors } from './api-types';

export const DASHBOARD_SHEET = 'Strength dashboard';
/** Chart data lives on its own sheet, so the dashboard's columns hold only what a coach reads. */
export const CHART_DATA_SHEET = 'Strength dashboard data';

export type DashboardCell = string | number | boolean;

export interface ChartSpec {
  /** A1 range on the chart-data sheet: days down the first column, then three series per lift. */
  readonly range: string;
  readonly athlete: string;
  readonly title: string;
  /** 1-based anchor cell on the dashboard of the chart's top-left corner. */
  readonly row: number;
  readonly column: number;
  /** Google Charts options set with setOption, one call-free builder step each. */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface DataBlock {
  /** Rectangular: every row has the same length (at most MAX_DATA_COLUMNS). */
  readonly values: DashboardCell[][];
  readonly formats: string[][];
}

export interface DashboardPlan {
  /** Rectangular: every row has the same length (DASHBOARD_COLUMNS). */
  readonly values: DashboardCell[][];
  /** Same shape: each cell's number format (ratios 0.00, loads 0.0 with their unit, dates). */
  readonly formats: string[][];
  /** Same shape: titles and header rows bold, everything else normal. */
  readonly weights: ('bold' | 'normal')[][];
  /** Same shape: a lift row's colour from its status, as the log's highlights colour it. */
  readonly backgrounds: (string | null)[][];
  /** 1-based first and last row of the "Reached" cells (column REACHED_COLUMN), or null. */
  readonly checkboxRows: readonly [number, number] | null;
  /** The chart-data sheet's block (written from A1). */
  readonly data: DataBlock;
  readonly charts: readonly ChartSpec[];
  /** The line saying whose charts are shown. */
  readonly chartsLine: string;
}

/** The lift table; Status third, in the one wide column, so its words are read with the lift. */
export const LIFT_HEADER = [
  'Athlete',
  'Lift',
  'Status',
  'Latest bodyweight',
  'Best e1RM',
  'Ratio (× bodyweight)',
  'Target (× bodyweight)',
  'Reached',
  'Last new best',
  'Sessions since',
] as const;

export const ATTENTION_HEADER = ['Athlete', 'Needs attention', 'What to do'] as const;
export const AUDIT_HEADER = ['Athlete', 'Mistake', 'What the log shows, then what to do'] as const;

/** The dashboard is exactly as wide as the lift table: a new sheet's 26 columns are never needed. */
export const DASHBOARD_COLUMNS = LIFT_HEADER.length;
/**
 * Column widths (px), set once on a new sheet: names, then the text column (statuses, what is
 * wrong, the audit's sentences) wide and wrapped, then the numbers. Charts sit under A:C and D:J.
 */
export const DASHBOARD_WIDTHS: readonly { first: number; count: number; width: number }[] = [
  { first: 1, count: 1, width: 170 },
  { first: 2, count: 1, width: 230 },
  { first: 3, count: 1, width: 400 },
  { first: 4, count: 7, width: 110 },
];
/** Columns B:C hold sentences; they wrap (one call for the block). */
export const WRAPPED_COLUMNS = [2, 3] as const;
/** The title row stays in view while the coach scrolls. */
export const DASHBOARD_FROZEN_ROWS = 1;

export const RATIO_FORMAT = '0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
/** A load with one decimal and its unit, still a number (sortable, usable in formulas). */
export const loadFormat = (unit: string): string => `0.0" ${unit}"`;
const REACHED_COLUMN = LIFT_HEADER.indexOf('Reached') + 1;

/** Charts are few and chosen: those needing attention first. Each is one Sheets call. */
export const MAX_CHARTS = 12;
/** Lifts per chart: three series each (sessions, best so far, target), 1 + 3 × 6 = 19 columns. */
export const MAX_CHART_LIFTS = 6;
/** A new sheet has 26 columns; the data block never needs more. */
export const MAX_DATA_COLUMNS = 1 + 3 * MAX_CHART_LIFTS;
/** Lines of the attention summary shown; the rest are counted in a closing line. */
export const MAX_ATTENTION_LINES = 25;
/** Chart size (px) and the rows one takes (default row height 21 px), two charts side by side. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 400;
const CHART_ROWS = 20;
const CHART_COLUMNS = [1, 4] as const;

/**
 * One colour per charted lift; its three series (session dots, best-so-far line, dashed target)
 * share it, so a target is read with its lift. Colour-blind-safe hues (Okabe–Ito).
 */
export const LIFT_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/**
 * Unloaded drills (jumps, sprints, planks, unloaded conditioning) get no status by design, so they
 * never have a new best: a tracked series' first session always is one.
 */
export const hasStatus = (lift: LiftSummary): boolean => lift.lastNewBest !== null;

export const NO_STATUS = '— (drill: no status)';

/**
 * The lifts worth a dashboard row: the athlete's key lifts (targets first, then loaded lower-body
 * lifts, never isolation work: the analysis marks them), or else the three most trained, lifts that
 * carry a status before drills (a drill's row says only that it gets none).
 */
export function keyLifts(athlete: AthleteSummary): LiftSummary[] {
  const key = athlete.lifts.filter((l) => l.key);
  if (key.length > 0) return key;
  const tracked = athlete.lifts.filter(hasStatus);
  return [...tracked, ...athlete.lifts.filter((l) => !hasStatus(l))].slice(0, 3);
}

export type LiftStatusKind = 'Stale' | 'Target reached' | 'New best' | '';

/**
 * A lift's status in the log's own words (Stale, Target reached, New best), judged on its latest
 * session with the log's priority. A first session is the baseline: it reads "New best: first
 * session" as in the log, and is not coloured. A lift whose last session brought nothing new has no
 * status, as its rows in the log have none.
 */
export function liftStatus(
  lift: LiftSummary,
  unit = '',
): { readonly kind: LiftStatusKind; readonly text: string } {
  if (!hasStatus(lift)) return { kind: '', text: NO_STATUS };
  if (lift.stale) {
    const since = lift.lastNewBest === null ? '' : ` since ${lift.lastNewBest}`;
    return {
      kind: 'Stale',
      text: `Stale: no new best in ${lift.sessionsSinceBest} sessions${since}`,
    };
  }
  if (lift.targetReached && lift.target !== null) {
    const ratio = lift.ratio === null ? '' : `${lift.ratio.toFixed(2)}× bodyweight `;
    return {
      kind: 'Target reached',
      text: `Target reached: ${ratio}(target ${formatMultiple(lift.target)})`,
    };
  }
  if (lift.sessionsSinceBest === 0) {
    if (lift.sessions <= 1) return { kind: '', text: `${FIRST_SESSION_PREFIX} (baseline)` };
    const e1rm =
      lift.bestE1rm === null ? '' : `: e1RM ${lift.bestE1rm.toFixed(1)} ${unit}`.trimEnd();
    return { kind: 'New best', text: `New best${e1rm}` };
  }
  return { kind: '', text: '' };
}

const colourOf = (kind: LiftStatusKind, colors: HighlightColors): string | null =>
  kind === 'Stale'
    ? colors.stale
    : kind === 'Target reached'
      ? colors.targetReached
      : kind === 'New best'
        ? colors.newBest
        : null;

const blank = (v: number | string | null): DashboardCell => (v === null ? '' : v);

function liftRow(athlete: AthleteSummary, lift: LiftSummary, status: string): DashboardCell[] {
  return [
    athlete.name,
    lift.exercise,
    status,
    blank(athlete.bodyweight),
    blank(lift.bestE1rm),
    blank(lift.ratio),
    blank(lift.target),
    // A lift without a target has nothing to reach: no box (an empty box would read "not yet").
    lift.target === null ? '' : lift.targetReached,
    blank(lift.lastNewBest),
    hasStatus(lift) ? lift.sessionsSinceBest : '',
  ];
}

/**
 * A line chart shows a trend, not every session: years of logs are thinned to evenly spaced days
 * (first and last kept), which also keeps the data sheet's size independent of the log's.
 */
export const MAX_CHART_POINTS = 200;

export function evenly<T>(items: readonly T[], max = MAX_CHART_POINTS): T[] {
  if (items.length <= max) return [...items];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}

/** The lifts an athlete's chart shows: those with a target and a ratio history, at most six. */
export function chartLifts(athlete: AthleteSummary): LiftSummary[] {
  return athlete.lifts
    .filter((l) => l.target !== null && l.history.length > 0)
    .slice(0, MAX_CHART_LIFTS);
}

/**
 * One chart's data: days down (every session day of any charted lift), then per lift three series:
 * the session's ratio (drawn as dots, blank on days without that lift), the best so far (a line
 * carried over untrained days; taken over every session before thinning, so no best is lost) and
 * the target (a flat dashed line).
 */
export function chartData(athlete: AthleteSummary): DashboardCell[][] | null {
  const lifts = chartLifts(athlete);
  if (lifts.length === 0) return null;
  const daySet = new Set<string>();
  for (const l of lifts) for (const p of l.history) daySet.add(p.day);
  const allDays = [...daySet].sort();
  const perLift = lifts.map((l) => {
    const byDay = new Map<string, number>();
    for (const p of l.history) {
      const seen = byDay.get(p.day);
      byDay.set(p.day, seen === undefined || p.ratio > seen ? p.ratio : seen);
    }
    const best = new Map<string, number>();
    let top: number | null = null;
    for (const day of allDays) {
      const ratio = byDay.get(day);
      if (ratio !== undefined && (top === null || ratio > top)) top = ratio;
      if (top !== null) best.set(day, top);
    }
    return { byDay, best };
  });
  const header: DashboardCell[] = [`${athlete.name}: day`];
  for (const l of lifts) {
    header.push(
      `${l.exercise}: sessions`,
      `${l.exercise}: best so far`,
      `${l.exercise}: target ${formatMultiple(l.target ?? 0)}`,
    );
  }
  const rows: DashboardCell[][] = [header];
  for (const day of evenly(allDays)) {
    const line: DashboardCell[] = [day];
    lifts.forEach((l, i) => {
      const { byDay, best } = perLift[i] as (typeof perLift)[number];
      line.push(byDay.get(day) ?? '', best.get(day) ?? '', l.target ?? '');
    });
    rows.push(line);
  }
  return rows;
}

/**
 * Round axis ticks (0.25, 0.5, 0.75 …) spanning the chart's values and targets: a step from a short
 * list of round steps giving at most 8 intervals, the ends rounded out to it.
 */
export function ratioTicks(values: readonly number[]): number[] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (low > high) return [0, 0.5, 1];
  if (high - low < 0.1) {
    low -= 0.05;
    high += 0.05;
  }
  const steps = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5];
  // A hair of slack so 0.95 / 0.05 (18.999…) counts as the 19th step it is.
  const down = (v: number, s: number) => Math.floor(v / s + 1e-9);
  const up = (v: number, s: number) => Math.ceil(v / s - 1e-9);
  const step = steps.find((s) => up(high, s) - down(low, s) <= 8) ?? 10;
  const first = Math.max(0, down(low, step));
  const last = up(high, step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(2)));
  return ticks;
}

/**
 * The chart's Google Charts options (https://developers.google.com/chart/interactive/docs/gallery/linechart#configuration-options,
 * set through EmbeddedChartBuilder.setOption:
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)).
 * Per lift i its series 3i (sessions: dots, `pointSize`, no line `lineWidth: 0`), 3i+1 (best so
 * far: a line) and 3i+2 (target: `lineDashStyle`, dashed, see
 * https://developers.google.com/chart/interactive/docs/lines#dashed) share the lift's `color`.
 * `vAxis.ticks` puts the gridlines on round ratios and `vAxis.viewWindow` keeps the axis to them;
 * the legend sits on top on up to three lines, where long lift names are not cut.
 */
export function chartOptions(title: string, data: DashboardCell[][]): Record<string, unknown> {
  const lifts = Math.floor(((data[0]?.length ?? 1) - 1) / 3);
  const series: Record<number, Record<string, unknown>> = {};
  for (let i = 0; i < lifts; i++) {
    const color = LIFT_COLOURS[i % LIFT_COLOURS.length] as string;
    series[3 * i] = { color, pointSize: 6, lineWidth: 0 };
    series[3 * i + 1] = { color, pointSize: 0, lineWidth: 2 };
    series[3 * i + 2] = { color, pointSize: 0, lineWidth: 2, lineDashStyle: [6, 4] };
  }
  const numbers: number[] = [];
  for (let r = 1; r < data.length; r++) {
    const line = data[r] as DashboardCell[];
    for (let c = 1; c < line.length; c++) {
      const v = line[c];
      if (typeof v === 'number') numbers.push(v);
    }
  }
  const ticks = ratioTicks(numbers);
  return {
    title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    // A lift not trained on a day draws no gap in its best-so-far line.
    interpolateNulls: true,
    legend: { position: 'top', maxLines: 3 },
    series,
    vAxis: {
      title: 'e1RM ÷ bodyweight',
      ticks,
      viewWindow: { min: ticks[0], max: ticks[ticks.length - 1] },
      format: '0.00',
    },
    hAxis: { format: 'MMM d' },
  };
}

/** Most needing attention first (the attention list's athlete order), then by name; charted only. */
export function chartedAthletes(
  athletes: readonly AthleteSummary[],
  attention: Attention,
): AthleteSummary[] {
  const rank = new Map<string, number>();
  attention.athletes.forEach((a, i) => {
    if (!rank.has(a.athlete)) rank.set(a.athlete, i);
  });
  const chartable = athletes.filter((a) => chartLifts(a).length > 0);
  const ranked = chartable
    .map((a, i) => ({ a, i, r: rank.get(a.name) ?? Number.POSITIVE_INFINITY }))
    .sort((x, y) => (x.r === y.r ? x.i - y.i : x.r - y.r));
  const out: AthleteSummary[] = [];
  for (const { a } of ranked) {
    if (out.length === MAX_CHARTS) break;
    out.push(a);
  }
  return out;
}

export function chartsLine(shown: readonly AthleteSummary[], chartable: number): string {
  if (chartable === 0) return 'No charts: no athlete has a lift with a target and a ratio yet.';
  const names = shown.map((a) => a.name).join(', ');
  if (shown.length === chartable) {
    return `Charts for ${chartable === 1 ? 'the one athlete' : `all ${chartable} athletes`} with a target lift: ${names}.`;
  }
  return `Charts for ${shown.length} of ${chartable} athletes with a target lift, those needing attention first: ${names}. The table below has everyone.`;
}

export interface DashboardInput {
  readonly athletes: readonly AthleteSummary[];
  readonly logSheet: string;
  /** Every log the dashboard is built from, when there are several (a tab per athlete). */
  readonly logSheets?: readonly string[];
  readonly colors: HighlightColors;
  /** What needs attention, ranked (src/core/attention.ts): the sidebar's list too. */
  readonly attention: Attention;
}

/** A grid being laid out: sparse, so only the cells that need a format, bold or colour are set. */
class Grid {
  readonly rows: DashboardCell[][] = [];
  readonly formatAt = new Map<number, string>();
  readonly boldAt = new Set<number>();
  readonly colourAt = new Map<number, string>();
  width = 0;
  constructor(private readonly maxWidth: number) {}
  private key(row: number, column: number): number {
    return row * 64 + column;
  }
  /**
   * Every text goes through the one literal writer: names and findings carry the coach's words, and
   * "=IMPORTXML(…)" or "TRUE" must be shown, never run or read as something else.
   */
  put(row: number, column: number, cells: readonly DashboardCell[], bold = false): void {
    this.write(row, column, cells.map(literalCell), bold);
  }
  /** A day the add-on itself wrote ("2026-03-02"): setValues reads it as the date it is. */
  putDay(row: number, column: number, day: string): void {
    this.write(row, column, [day], false);
  }
  private write(row: number, column: number, cells: readonly DashboardCell[], bold: boolean): void {
    while (this.rows.length < row) this.rows.push([]);
    const line = this.rows[row - 1] as DashboardCell[];
    cells.forEach((cell, i) => {
      if (column + i > this.maxWidth) throw new Error(`column ${column + i} is past the sheet`);
      line[column - 1 + i] = cell;
      if (bold && cell !== '') this.boldAt.add(this.key(row, column + i));
    });
    if (column - 1 + cells.length > this.width) this.width = column - 1 + cells.length;
  }
  format(row: number, column: number, pattern: string): void {
    this.formatAt.set(this.key(row, column), pattern);
  }
  colour(row: number, first: number, count: number, colour: string | null): void {
    if (colour === null) return;
    for (let c = first; c < first + count; c++) this.colourAt.set(this.key(row, c), colour);
  }
  private cells<T>(width: number, at: (row: number, column: number, key: number) => T): T[][] {
    const out: T[][] = new Array(this.rows.length);
    for (let r = 0; r < this.rows.length; r++) {
      const line: T[] = new Array(width);
      for (let c = 0; c < width; c++) line[c] = at(r, c, this.key(r + 1, c + 1));
      out[r] = line;
    }
    return out;
  }
  values(width = this.width): DashboardCell[][] {
    return this.cells(width, (r, c) => this.rows[r]?.[c] ?? '');
  }
  formats(width = this.width): string[][] {
    return this.cells(width, (_, __, k) => this.formatAt.get(k) ?? 'General');
  }
  weights(width = this.width): ('bold' | 'normal')[][] {
    return this.cells(width, (_, __, k) => (this.boldAt.has(k) ? 'bold' : 'normal'));
  }
  backgrounds(width = this.width): (string | null)[][] {
    return this.cells(width, (_, __, k) => this.colourAt.get(k) ?? null);
  }
}

/** "Built from the sheet "Log"." or, from several logs, their names (the first ten, then a count). */
export function builtFrom(sheets: readonly string[]): string {
  if (sheets.length <= 1) return `Built from the sheet "${sheets[0] ?? ''}".`;
  const shown = sheets.slice(0, 10).map((s) => `"${s}"`);
  const more = sheets.length - shown.length;
  return `Built from ${sheets.length} logs: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}

export function planDashboard(input: DashboardInput): DashboardPlan {
  const sheet = new Grid(DASHBOARD_COLUMNS);
  sheet.put(1, 1, ['Strength dashboard'], true);
  sheet.put(1, 2, [builtFrom(input.logSheets ?? [input.logSheet])]);

  // 1. What needs attention, ranked: one line per item, then the athletes with nothing to act on.
  let row = 3;
  sheet.put(row++, 1, ['Needs attention'], true);
  sheet.put(row++, 1, ATTENTION_HEADER, true);
  const lines: DashboardCell[][] = [];
  for (const item of input.attention.items) {
    lines.push([item.athlete ?? 'The log', item.problem, item.action]);
  }
  for (const a of input.attention.athletes)
    if (a.items.length === 0) lines.push([a.athlete, a.quiet, '']);
  const shown = lines.length > MAX_ATTENTION_LINES ? MAX_ATTENTION_LINES - 1 : lines.length;
  for (let i = 0; i < shown; i++) sheet.put(row++, 1, lines[i] as DashboardCell[]);
  if (shown < lines.length) {
    sheet.put(row++, 1, [
      '',
      `…and ${lines.length - shown} more lines`,
      'The lifts and the audit below list everyone; the sidebar has the whole list.',
    ]);
  }

  // 2. The charts: a bounded number, those needing attention first, with a line saying whose.
  row += 1;
  const charted = chartedAthletes(input.athletes, input.attention);
  let chartable = 0;
  for (const a of input.athletes) if (chartLifts(a).length > 0) chartable++;
  const line = chartsLine(charted, chartable);
  sheet.put(row++, 1, ['Charts'], true);
  sheet.put(row++, 1, ['', line]);
  const chartTop = row;
  const data = new Grid(MAX_DATA_COLUMNS);
  data.put(1, 1, ['Chart data for the "Strength dashboard" sheet, rebuilt with it.'], true);
  let dataRow = 3;
  const charts: ChartSpec[] = [];
  charted.forEach((athlete, i) => {
    const block = chartData(athlete) as DashboardCell[][];
    block.forEach((cells, r) => {
      data.put(dataRow + r, 1, cells, r === 0);
      if (r === 0) return;
      data.putDay(dataRow + r, 1, cells[0] as string);
      data.format(dataRow + r, 1, DATE_FORMAT);
      for (let c = 2; c <= cells.length; c++) data.format(dataRow + r, c, RATIO_FORMAT);
    });
    const width = (block[0] as DashboardCell[]).length;
    const title = `${athlete.name}: e1RM ÷ bodyweight per session, best so far and target`;
    charts.push({
      range: `A${dataRow}:${columnLetter(width)}${dataRow + block.length - 1}`,
      athlete: athlete.name,
      title,
      row: chartTop + Math.floor(i / 2) * CHART_ROWS,
      column: CHART_COLUMNS[i % 2] as number,
      options: chartOptions(title, block),
    });
    dataRow += block.length + 1;
  });
  row = chartTop + Math.ceil(charts.length / 2) * CHART_ROWS + 1;

  // 3. One row per athlete and key lift, coloured by its status as the log is.
  sheet.put(row++, 1, ['Lifts'], true);
  sheet.put(row++, 1, LIFT_HEADER, true);
  const firstLiftRow = row;
  for (const athlete of input.athletes) {
    for (const lift of keyLifts(athlete)) {
      const status = liftStatus(lift, athlete.unit);
      sheet.put(row, 1, liftRow(athlete, lift, status.text));
      if (lift.lastNewBest !== null) sheet.putDay(row, 9, lift.lastNewBest);
      sheet.colour(row, 1, DASHBOARD_COLUMNS, colourOf(status.kind, input.colors));
      sheet.format(row, 4, loadFormat(athlete.unit));
      sheet.format(row, 5, loadFormat(athlete.unit));
      sheet.format(row, 6, RATIO_FORMAT);
      sheet.format(row, 7, RATIO_FORMAT);
      sheet.format(row, 9, DATE_FORMAT);
      row++;
    }
  }
  const checkboxRows: [number, number] | null = row > firstLiftRow ? [firstLiftRow, row - 1] : null;

  // 4. The audit: each finding on two rows, its sentences in the wide wrapped column.
  row += 1;
  sheet.put(row++, 1, ['Program audit'], true);
  sheet.put(row++, 1, AUDIT_HEADER, true);
  for (const athlete of input.athletes) {
    // With a season plan, the phase the audit judged them in leads their lines (every cell goes
    // through the literal writer in put: the goal race's name is the coach's text).
    if (athlete.phase !== null) sheet.put(row++, 1, [athlete.name, '', phaseLine(athlete.phase)]);
    if (athlete.audit.length === 0) sheet.put(row++, 1, [athlete.name, '', athlete.auditNote]);
    for (const f of athlete.audit) {
      const label = `${f.mistake > 5 ? 'Check' : 'Mistake'} ${f.mistake}: ${f.title}`;
      sheet.put(row++, 1, [athlete.name, label, f.evidence]);
      sheet.put(row++, 1, [athlete.name, 'What to do', f.advice]);
    }
  }

  return {
    values: sheet.values(DASHBOARD_COLUMNS),
    formats: sheet.formats(DASHBOARD_COLUMNS),
    weights: sheet.weights(DASHBOARD_COLUMNS),
    backgrounds: sheet.backgrounds(DASHBOARD_COLUMNS),
    checkboxRows,
    data: { values: data.values(), formats: data.formats() },
    charts,
    chartsLine: line,
  };
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
