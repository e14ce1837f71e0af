/**
 * Reading the arguments that are not broadcast cell by cell: whole tables (a log, a targets table,
 * a bodyweight roster) and single settings (sessions, formula, unit). A bad one is an Error for the
 * whole call, because no single cell is to blame.
 */
import { type FormulaName, parseFormula } from '../core/formulas';
import { COLUMN_ROLES, detectHeader, isColumnRole } from '../core/headers';
import type { BodyweightSource, LogColumns } from '../core/model';
import { type Invalid, invalid, isInvalid } from '../core/result';
import {
  DEFAULT_KEEP_SHARE,
  DEFAULT_LAYOFF_WEEKS,
  KEEP_SHARE_RANGE,
  LAYOFF_WEEKS_RANGE,
  readSeasonPlan,
  type SeasonPlan,
} from '../core/season';
import { readTargets, type Targets } from '../core/targets';
import { parseUnit, type Unit } from '../core/units';
import { type CellValue, isBlank, parseLoad, parseNumber } from '../core/values';
import { normalizeCell, toGrid } from './broadcast';

export const DEFAULT_SESSIONS_BEFORE_STALE = 3;

/** Reads a cell of a table: lists or objects (never sent by Sheets) become visible text. */
function tableCell(cell: unknown): CellValue {
  const normal = normalizeCell(cell);
  if (isInvalid(normal)) return `(${normal.invalid})`;
  return normal as CellValue;
}

const tableRows = (grid: unknown[][]): CellValue[][] => grid.map((row) => row.map(tableCell));

/** A 2D range as rows of cells; null when the argument was left out or is blank. */
export function readTable(arg: unknown, what: string): CellValue[][] | null {
  if (!Array.isArray(arg)) {
    if (isBlank(arg)) return null;
    throw new Error(`${what} must be a range, not a single value`);
  }
  return tableRows(toGrid(arg));
}

/** The single value of an argument that must not be a range (a 1×1 range is fine). */
export function singleValue(arg: unknown, what: string): unknown {
  if (!Array.isArray(arg)) return normalizeCell(arg);
  const grid = toGrid(arg);
  const cells = grid.flat();
  if (cells.length === 0) return '';
  if (cells.length > 1) throw new Error(`${what} must be a single value, not a range`);
  return normalizeCell(cells[0]);
}

function orThrow<T>(value: T | Invalid): T {
  if (isInvalid(value)) throw new Error(value.invalid);
  return value;
}

/** The coach's targets table over the defaults; a bad row is an Error naming the row. */
export function targetsArg(arg: unknown): Targets {
  const rows = readTable(arg, 'targets');
  if (rows === null) return readTargets(null).targets;
  if (rows.some((row) => row.length < 2)) {
    throw new Error('targets must be a two-column range (exercise, multiple of bodyweight)');
  }
  const { targets, problems } = readTargets(rows);
  if (problems.length > 0) throw new Error(`targets ${problems[0]}`);
  return targets;
}

/** N, the number of sessions without progress that makes a series stale. */
export function sessionsArg(arg: unknown): number {
  const cell = singleValue(arg, 'sessions');
  if (isBlank(cell)) return DEFAULT_SESSIONS_BEFORE_STALE;
  const n = orThrow(parseNumber(cell, 'sessions'));
  if (n === null || !Number.isInteger(n) || n < 1 || n > 1000) {
    throw new Error(`sessions ${n} must be a whole number from 1 to 1000`);
  }
  return n;
}

/** A formula name from a cell; numbers, dates and TRUE/FALSE are not names. */
export function formulaCell(cell: unknown): FormulaName | Invalid {
  if (typeof cell === 'number' || typeof cell === 'boolean' || cell instanceof Date) {
    return invalid('formula must be a name such as epley or brzycki');
  }
  return parseFormula(cell);
}

export function formulaArg(arg: unknown): FormulaName {
  return orThrow(formulaCell(singleValue(arg, 'formula')));
}

/** The unit of bare numbers; kg unless the sheet says otherwise. */
export function unitArg(arg: unknown): Unit {
  const cell = singleValue(arg, 'unit');
  if (cell instanceof Date || typeof cell === 'boolean') {
    throw new Error('unit must be kg or lb');
  }
  return orThrow(parseUnit(cell)) ?? 'kg';
}

/** An exercise name from a cell: text or a number written as a name, never a date or TRUE. */
export function exerciseText(cell: unknown, what = 'exercise'): string | Invalid {
  if (cell instanceof Date) return invalid(`${what} is a date, not an exercise name`);
  if (typeof cell === 'boolean')
    return invalid(`${what} is ${cell ? 'TRUE' : 'FALSE'}, not a name`);
  const text = String(cell).trim();
  return text === '' ? invalid(`${what} is blank`) : text;
}

/** Header labels compare as the sidebar's settings do: case and runs of spaces ignored. */
const labelKey = (label: unknown) =>
  String(label ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * The coach's column choices, "exercise=Lift; load=Kg" (role=header label pairs), as 0-based
 * columns of the log's detected header row. Blank → none. A bad role, or a label that is not in the
 * header row, is an Error saying which. When no header row is found at all, the log itself reports it.
 */
export function columnsArg(
  arg: unknown,
  log: readonly (readonly CellValue[])[],
): LogColumns | undefined {
  const cell = singleValue(arg, 'columns');
  if (isBlank(cell)) return undefined;
  if (typeof cell !== 'string') {
    throw new Error('columns must be text like "exercise=Lift; load=Kg"');
  }
  const header = detectHeader(log);
  const columns: LogColumns = {};
  for (const part of cell.split(';')) {
    if (part.trim() === '') continue;
    const at = part.indexOf('=');
    if (at < 0) {
      throw new Error(`columns: "${part.trim()}" must be role=header label, e.g. exercise=Lift`);
    }
    const role = part.slice(0, at).trim().toLowerCase();
    const label = part.slice(at + 1).trim();
    if (!isColumnRole(role)) {
      throw new Error(`columns: "${role}" is not a column role (use ${COLUMN_ROLES.join(', ')})`);
    }
    if (label === '') throw new Error(`columns: no header label given for ${role}`);
    if (isInvalid(header)) return undefined;
    const index = header.labels.findIndex((l) => labelKey(l) === labelKey(label));
    if (index < 0) {
      throw new Error(
        `columns: there is no column "${label}" (for ${role}) in the log's header row (row ${header.row + 1})`,
      );
    }
    columns[role] = index;
  }
  return columns;
}

/**
 * Where bodyweights come from when the log has no column: a roster range, or one value for
 * everyone ("65", "143 lb"; a 1×1 range counts as one value). Null when blank.
 */
export function bodyweightsArg(arg: unknown): BodyweightSource | null {
  const grid = Array.isArray(arg) ? toGrid(arg) : null;
  if (grid !== null && grid.flat().length > 1) {
    return { kind: 'roster', rows: tableRows(grid) };
  }
  const load = parseLoad(singleValue(arg, 'bodyweights'), 'bodyweight');
  if (load === null) return null;
  if (isInvalid(load)) throw new Error(load.invalid);
  if (load.value <= 0) throw new Error('bodyweight must be more than 0');
  return load.unit === null
    ? { kind: 'value', value: load.value }
    : { kind: 'value', value: load.value, unit: load.unit };
}

/**
 * The coach's season plan (athlete, from, to, phase, goal race, race date); blank → no plan, and a
 * plan with only its header is an empty one. A bad row is an Error naming the row, as for targets.
 */
export function seasonArg(arg: unknown, timeZone: string): SeasonPlan | undefined {
  const rows = readTable(arg, 'season');
  if (rows === null) return undefined;
  const { plan, problems } = readSeasonPlan(rows, timeZone);
  if (problems.length > 0) throw new Error(`season plan ${problems[0]}`);
  return plan;
}

/** Weeks between two sessions that start a new block (a long layoff); default 8. */
export function layoffWeeksArg(arg: unknown): number {
  const cell = singleValue(arg, 'layoff_weeks');
  if (isBlank(cell)) return DEFAULT_LAYOFF_WEEKS;
  const n = orThrow(parseNumber(cell, 'layoff_weeks'));
  const { min, max } = LAYOFF_WEEKS_RANGE;
  if (n === null || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`layoff_weeks ${n} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** The share of the block's best that counts as kept in a maintenance phase: 0.9, 90 or "90%". */
export function keepShareArg(arg: unknown): number {
  const cell = singleValue(arg, 'keep_share');
  if (isBlank(cell)) return DEFAULT_KEEP_SHARE;
  const text = typeof cell === 'string' ? cell.trim().replace(/\s*%$/, '') : cell;
  let n = orThrow(parseNumber(text, 'keep_share'));
  if (n !== null && n > 1 && n <= 100) n /= 100;
  const { min, max } = KEEP_SHARE_RANGE;
  if (n === null || n < min || n > max) {
    throw new Error(`keep_share must be from ${min * 100}% to ${max * 100}%`);
  }
  return n;
}

/**
 * The athlete of a log without an Athlete column (a tab per athlete): one name, as text or a
 * number ("2026" stays a name); undefined when left out or blank, so the core's default applies.
 */
export function athleteArg(arg: unknown): string | undefined {
  const cell = singleValue(arg, 'athlete');
  if (isBlank(cell)) return undefined;
  if (typeof cell !== 'string' && typeof cell !== 'number') {
    throw new Error('athlete must be a name (text)');
  }
  const name = String(cell).trim().replace(/\s+/g, ' ');
  if (name.length > 100) throw new Error('athlete must be a name of at most 100 characters');
  return name;
}
