/**
 * Finding the log in what the shell read: the header and columns (detected by the core, overridden
 * by the coach's settings), the bodyweight source, and — when something essential is missing — a
 * message that says exactly what and how to fix it.
 */
import { detectHeader } from '../core/log';
import type {
  BodyweightSource,
  ColumnRole,
  LogColumns,
  LogHeader,
  LogOptions,
} from '../core/model';
import { isInvalid } from '../core/result';
import type { CellValue } from '../core/values';
import type { DetectedColumn, LogDescription, Settings } from './api-types';

export interface FoundLog {
  readonly header: LogHeader;
  /** Detected columns with the coach's overrides on top (0-based). */
  readonly columns: LogColumns;
  readonly description: LogDescription;
}

const norm = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');

/** Reads the log's header; returns the plain-words problem when it is not usable. */
export function findLog(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, 'columns' | 'bodyweight'>,
): FoundLog | { readonly problem: string } {
  const header = detectHeader(values);
  if (isInvalid(header)) {
    return {
      problem: `The sheet "${sheet}" does not look like a training log. ${header.invalid}, or choose the log sheet in the sidebar's settings.`,
    };
  }
  const columns: LogColumns = { ...header.columns };
  for (const [role, label] of Object.entries(settings.columns) as [ColumnRole, string][]) {
    const index = header.labels.findIndex((l) => norm(l) === norm(label));
    if (index < 0) {
      return {
        problem: `The column "${label}" chosen for ${role} in settings is not in the header of "${sheet}" (row ${header.row + 1}). Choose another column in the sidebar's settings.`,
      };
    }
    columns[role] = index;
  }
  for (const role of ['exercise', 'load'] as const) {
    if (columns[role] === undefined) {
      return {
        problem: `The sheet "${sheet}" has no ${role} column. Name a column "${role === 'load' ? 'Load' : 'Exercise'}" in row ${header.row + 1}, or choose it in the sidebar's settings.`,
      };
    }
  }
  if (settings.bodyweight.kind === 'column' && columns.bodyweight === undefined) {
    return {
      problem: `No bodyweights for "${sheet}": there is no "Bodyweight" column. Add one, or in the sidebar's settings choose a roster sheet (athlete, date, bodyweight) or one bodyweight for everyone.`,
    };
  }
  const detected: DetectedColumn[] = (Object.entries(columns) as [ColumnRole, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([role, index]) => ({ role, column: index + 1, label: header.labels[index] ?? '' }));
  const rows = values.length - header.row - 1;
  return {
    header,
    columns,
    description: {
      sheet,
      headerRow: header.row + 1,
      columns: detected,
      labels: header.labels,
      rows: Math.max(0, rows),
    },
  };
}

/**
 * Is this sheet a training log? Recognised by its headers alone: a header row (core detectHeader)
 * with an exercise and a load column, the coach's column choices applied where this sheet has the
 * label chosen (a choice made for another tab's header does not make this one unreadable). The
 * bodyweight source is not asked: a log is a log whether its bodyweights come from a column, a
 * roster or one value. Null for every other sheet (a roster, race paces, notes).
 */
export function recogniseLog(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, 'columns'>,
): FoundLog | null {
  const header = detectHeader(values);
  if (isInvalid(header)) return null;
  const columns = columnsOn(settings.columns, header.labels);
  const found = findLog(sheet, values, { columns, bodyweight: { kind: 'value', value: 70 } });
  return 'problem' in found ? null : found;
}

/**
 * The coach's column choices that this sheet's header has (a choice made for another tab's label
 * is not this tab's): what recognising it and its status formula use.
 */
export function columnsOn(
  columns: Settings['columns'],
  labels: readonly string[],
): Settings['columns'] {
  const here = new Set(labels.map(norm));
  return Object.fromEntries(
    Object.entries(columns).filter(
      ([, label]) => typeof label === 'string' && here.has(norm(label)),
    ),
  );
}

/**
 * The athlete a log without an Athlete column belongs to: the coach's name for the tab in settings
 * (athleteNames, keyed by the tab's name), else the tab's name itself ("Maya" → Maya).
 */
export function tabAthlete(sheet: string, settings: Pick<Settings, 'athleteNames'>): string {
  const chosen = settings.athleteNames[sheet];
  return typeof chosen === 'string' && chosen.trim() !== '' ? chosen.trim() : sheet.trim();
}

/** The core's bodyweight source from settings (the roster's rows read by the shell). */
export function bodyweightSource(
  settings: Pick<Settings, 'bodyweight' | 'unit'>,
  rosterRows: readonly (readonly CellValue[])[] | null,
): BodyweightSource {
  const bw = settings.bodyweight;
  if (bw.kind === 'roster') return { kind: 'roster', rows: rosterRows ?? [] };
  if (bw.kind === 'value') return { kind: 'value', value: bw.value, unit: settings.unit };
  return { kind: 'column' };
}

export function logOptions(
  settings: Settings,
  found: FoundLog,
  timeZone: string,
  rosterRows: readonly (readonly CellValue[])[] | null,
): LogOptions {
  return {
    unit: settings.unit,
    timeZone,
    formula: settings.formula,
    bodyweight: bodyweightSource(settings, rosterRows),
    columns: found.columns,
  };
}
