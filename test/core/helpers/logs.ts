/** Small builders for hand-made logs, so each test shows only the rows it is about. */

import { readLog } from '../../../src/core/log';
import type { LogOptions, ReadLog, RowStatus, StatusOptions } from '../../../src/core/model';
import { isInvalid } from '../../../src/core/result';
import { buildSeries, rowStatuses } from '../../../src/core/status';
import { defaultTargets } from '../../../src/core/targets';
import type { CellValue } from '../../../src/core/values';

export const LOG_OPTIONS: LogOptions = { unit: 'kg', timeZone: 'UTC', formula: 'epley' };

export const STATUS_OPTIONS: StatusOptions = {
  targets: defaultTargets(),
  sessionsBeforeStale: 3,
};

export const HEADER = ['Date', 'Athlete', 'Exercise', 'Load', 'Reps', 'Bodyweight'] as const;

/** [date, athlete, exercise, load, reps, bodyweight] */
export type Row = readonly [string, string, string, CellValue, CellValue, CellValue?];

export function table(rows: readonly Row[]): CellValue[][] {
  return [[...HEADER], ...rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5] ?? ''])];
}

export function read(
  values: readonly (readonly CellValue[])[],
  options: Partial<LogOptions> = {},
): ReadLog {
  const log = readLog(values, { ...LOG_OPTIONS, ...options });
  if (isInvalid(log)) throw new Error(`expected a readable log: ${log.invalid}`);
  return log;
}

/** Status texts of the table's rows in row order. */
export function statusesOf(rows: readonly Row[], options: Partial<StatusOptions> = {}): string[] {
  const log = read(table(rows));
  const series = buildSeries(log.entries, { ...STATUS_OPTIONS, ...options });
  return rowStatuses(log.entries, series).map((s: RowStatus) => s.text);
}

/** A day number as an ISO day, counting from 2026-01-01. */
export function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
}
