/**
 * Bodyweight on a session day: from the log's own column, from a roster table, or one value for all.
 * Lookups never depend on the order of rows in the sheet, so statuses don't either.
 */
import { parseDay } from './dates';
import { headerKey, roleOfHeader } from './headers';
import { type Invalid, invalid, isInvalid } from './result';
import { parseUnit, toKg, type Unit } from './units';
import { type CellValue, cellText, isBlank, parseLoad } from './values';

/** A weigh-in: day number and bodyweight in kg. */
export interface WeighIn {
  readonly dayNumber: number;
  readonly kg: number;
}

/**
 * Weigh-ins in day order, one per day (several on one day are averaged, in sorted order so the
 * result does not depend on row order).
 */
export function timeline(weighIns: readonly WeighIn[]): WeighIn[] {
  const byDay = new Map<number, number[]>();
  for (const w of weighIns) addWeighIn(byDay, w.dayNumber, w.kg);
  return dailyLine(byDay);
}

function addWeighIn(byDay: Map<number, number[]>, dayNumber: number, kg: number): void {
  const list = byDay.get(dayNumber);
  if (list) list.push(kg);
  else byDay.set(dayNumber, [kg]);
}

function ascending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) {
    if ((values[i - 1] as number) > (values[i] as number)) return false;
  }
  return true;
}

/** The timeline of weigh-ins grouped by day. */
function dailyLine(byDay: Map<number, number[]>): WeighIn[] {
  return [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([dayNumber, kgs]) => {
      // Most days repeat one weigh-in on each set's row: already in order, nothing to sort.
      if (!ascending(kgs)) kgs.sort((a, b) => a - b);
      let sum = 0;
      for (let i = 0; i < kgs.length; i++) sum += kgs[i] as number;
      return { dayNumber, kg: sum / kgs.length };
    });
}

/** The latest weigh-in on or before the day; before the first one, the first (the nearest known). */
export function bodyweightOn(line: readonly WeighIn[], dayNumber: number): number | null {
  if (line.length === 0) return null;
  let lo = 0;
  let hi = line.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((line[mid] as WeighIn).dayNumber <= dayNumber) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return (line[Math.max(found, 0)] as WeighIn).kg;
}

export type BodyweightLookup = (athlete: string, dayNumber: number) => number | null;

export interface Roster {
  readonly lookup: BodyweightLookup;
  /** Plain-words problems with the roster's own row numbers; bad rows are left out. */
  readonly problems: readonly string[];
}

const ROSTER_WEIGHT_KEYS = new Set(['weight', 'weightkg', 'weightlbs', 'kg', 'lbs', 'mass']);

/** Athlete names meet case- and spacing-insensitively ("ann " = "Ann"). */
export const athleteKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a roster table (athlete, date, bodyweight[, unit]) with a header row. Rows without an
 * athlete name (or a roster without an athlete column) apply to every athlete of the log; a named
 * athlete's weigh-ins are that athlete's only. An athlete the roster does not list has no
 * bodyweight (never another athlete's): the sidebar and the dashboard say so.
 */
export function readRoster(
  rows: readonly (readonly CellValue[])[],
  unit: Unit,
  timeZone: string,
): Roster | Invalid {
  let headerRow = -1;
  let date: number | undefined;
  let athlete: number | undefined;
  let weight: number | undefined;
  let unitColumn: number | undefined;
  for (let r = 0; r < Math.min(rows.length, 20) && headerRow < 0; r++) {
    const row = rows[r] ?? [];
    date = athlete = weight = unitColumn = undefined;
    row.forEach((cell, c) => {
      const role = roleOfHeader(cell);
      if (role === 'date') date ??= c;
      else if (role === 'athlete') athlete ??= c;
      else if (role === 'unit') unitColumn ??= c;
      else if (role === 'bodyweight' || ROSTER_WEIGHT_KEYS.has(headerKey(cell))) weight ??= c;
    });
    if (date !== undefined && weight !== undefined) headerRow = r;
  }
  if (headerRow < 0 || date === undefined || weight === undefined) {
    return invalid(
      'Bodyweight roster has no header row with a "Date" and a "Bodyweight" column (and "Athlete" for several athletes)',
    );
  }
  const problems: string[] = [];
  const byAthlete = new Map<string, WeighIn[]>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlank)) continue;
    const where = `roster row ${r + 1}`;
    const day = parseDay(row[date], timeZone);
    if (day === null || isInvalid(day)) {
      problems.push(`${where}: ${day === null ? 'date is missing' : day.invalid}`);
      continue;
    }
    const load = parseLoad(row[weight], 'bodyweight');
    if (load === null || isInvalid(load) || load.value <= 0) {
      problems.push(
        `${where}: ${load === null || !isInvalid(load) ? 'bodyweight is missing' : load.invalid}`,
      );
      continue;
    }
    const written = unitColumn === undefined ? null : parseUnit(row[unitColumn]);
    if (isInvalid(written)) {
      problems.push(`${where}: ${written.invalid}`);
      continue;
    }
    const name = athlete === undefined ? '' : athleteKey(cellText(row[athlete]));
    const list = byAthlete.get(name) ?? [];
    list.push({ dayNumber: day.dayNumber, kg: toKg(load.value, load.unit ?? written ?? unit) });
    byAthlete.set(name, list);
  }
  const lines = new Map([...byAthlete].map(([name, list]) => [name, timeline(list)]));
  const everyone = lines.get('');
  return {
    problems,
    lookup: (name, dayNumber) => {
      const line = lines.get(athleteKey(name)) ?? everyone;
      return line ? bodyweightOn(line, dayNumber) : null;
    },
  };
}

/** A row whose bodyweight may be blank until filled. */
export interface WeighedRow {
  readonly athlete: string;
  readonly dayNumber: number;
  bodyweightKg: number | null;
}

/**
 * Fills blank bodyweight cells of a bodyweight column, in place: each row without one takes its
 * athlete's nearest earlier weigh-in from the column (before the first, the first).
 */
export function fillBodyweights(rows: readonly WeighedRow[]): void {
  // Each athlete's weigh-ins by day, as timeline groups them (a big log: no object per weigh-in).
  const weighIns = new Map<string, Map<number, number[]>>();
  let blanks = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as WeighedRow;
    if (row.bodyweightKg === null) {
      blanks++;
      continue;
    }
    let byDay = weighIns.get(row.athlete);
    if (!byDay) {
      byDay = new Map();
      weighIns.set(row.athlete, byDay);
    }
    addWeighIn(byDay, row.dayNumber, row.bodyweightKg);
  }
  if (blanks === 0) return;
  const lines = new Map<string, WeighIn[]>();
  for (const [name, byDay] of weighIns) lines.set(name, dailyLine(byDay));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as WeighedRow;
    if (row.bodyweightKg !== null) continue;
    const line = lines.get(row.athlete);
    if (line) row.bodyweightKg = bodyweightOn(line, row.dayNumber);
  }
}
