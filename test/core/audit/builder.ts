/**
 * Hand-made logs for the audit tests, read through the real readLog and buildSeries so the audit
 * sees what it sees in the add-on. A log is written as sessions of lines, then turned into the 2D
 * table a sheet would hold.
 */
import { auditAthlete } from '../../../src/core/audit';
import { readLog } from '../../../src/core/log';
import type {
  AuditThresholds,
  Finding,
  LogEntry,
  ReadLog,
  Series,
  StatusOptions,
} from '../../../src/core/model';
import { DEFAULT_AUDIT_THRESHOLDS } from '../../../src/core/model';
import { isInvalid } from '../../../src/core/result';
import { buildSeries } from '../../../src/core/status';
import { defaultTargets } from '../../../src/core/targets';
import type { CellValue } from '../../../src/core/values';

/** [exercise, sets, reps, load in kg ('' for bodyweight work)] */
export type Line = readonly [exercise: string, sets: number, reps: number, load: number | ''];

export interface Plan {
  readonly athlete?: string;
  readonly bodyweight?: number;
  /** Day offset (from 2026-03-02, a Monday) → that session's lines. */
  readonly sessions: Readonly<Record<number, readonly Line[]>>;
}

export const HEADER = ['Date', 'Athlete', 'Exercise', 'Sets', 'Reps', 'Load', 'Bodyweight'];

/** Day offset as an ISO day, counting from Monday 2026-03-02. */
export function day(n: number): string {
  return new Date(Date.UTC(2026, 2, 2 + n)).toISOString().slice(0, 10);
}

export function table(...plans: readonly Plan[]): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  for (const plan of plans) {
    const days = Object.keys(plan.sessions)
      .map(Number)
      .sort((a, b) => a - b);
    for (const d of days) {
      for (const [exercise, sets, reps, load] of plan.sessions[d] ?? []) {
        rows.push([
          day(d),
          plan.athlete ?? 'Ann',
          exercise,
          sets,
          reps,
          load,
          plan.bodyweight ?? 60,
        ]);
      }
    }
  }
  return rows;
}

export function read(values: readonly (readonly CellValue[])[]): ReadLog {
  const log = readLog(values, { unit: 'kg', timeZone: 'UTC', formula: 'epley' });
  if (isInvalid(log)) throw new Error(`expected a readable log: ${log.invalid}`);
  return log;
}

export const STATUS: StatusOptions = { targets: defaultTargets(), sessionsBeforeStale: 3 };

export interface Athlete {
  readonly entries: LogEntry[];
  readonly series: Series[];
}

/** One athlete's entries and series out of a read log, as analyzeLog hands them to the audit. */
export function athleteOf(log: ReadLog, athlete: string, status = STATUS): Athlete {
  const series = buildSeries(log.entries, status);
  return {
    entries: log.entries.filter((e) => e.athlete === athlete),
    series: series.filter((s) => s.athlete === athlete),
  };
}

/** The audit of one plan's athlete. */
export function auditPlan(
  plan: Plan,
  thresholds: Partial<AuditThresholds> = {},
  status: StatusOptions = STATUS,
): Finding[] {
  const athlete = plan.athlete ?? 'Ann';
  const { entries, series } = athleteOf(read(table(plan)), athlete, status);
  return auditAthlete(athlete, entries, series, { ...DEFAULT_AUDIT_THRESHOLDS, ...thresholds });
}

/** Mistake numbers found, in order. */
export const mistakes = (findings: readonly Finding[]): number[] => findings.map((f) => f.mistake);

export const finding = (findings: readonly Finding[], mistake: number): Finding | undefined =>
  findings.find((f) => f.mistake === mistake);

/** The same lines on each of the given days. */
export function repeat(days: readonly number[], lines: readonly Line[]): Record<number, Line[]> {
  return Object.fromEntries(days.map((d) => [d, [...lines]]));
}
