/**
 * Floors for the custom-function benchmarks (issue 17): the least work each function cannot avoid,
 * written the cheapest way — each cell read once with primitive parsing (typeof checks, char codes,
 * no regular expressions, no objects per cell), one e1RM per row and, for the log functions, one
 * Map entry updated per row (the athlete's exercise's best e1RM). Nothing is allocated per row, so
 * a floor's time is reading the input and the arithmetic; a result is a checksum, so the work
 * cannot be optimised away.
 *
 * A floor is not a correct implementation: it knows the synthetic log's layout, skips time zones
 * (a Date's UTC day), catalogue names, fill-down and validation. It is the yardstick the real code
 * is measured against in the same run ("× floor"). `test/bench/floors.test.ts` checks that
 * it computes the same e1RMs as the code on a small log, so the yardstick measures the same job.
 *
 * Self-contained on purpose (no imports): the bench bundles this file with esbuild and evaluates it
 * in the same V8 context as dist/, so floor and code pay the same global look-ups.
 */

const KG_PER_LB = 0.45359237;
const MS_PER_DAY = 86_400_000;
const MAX_ESTIMATE_REPS = 12;

/** What a floor pass computed: enough to compare with the code and to keep the work alive. */
export interface FloorResult {
  /** Rows (or cells) read. */
  readonly rows: number;
  /** e1RMs computed (rows with a load and 1–12 reps). */
  readonly e1rms: number;
  /** Sum of the e1RMs in kg (or of the ratios, for STRENGTH_RATIO). */
  readonly sum: number;
  /** Distinct athlete/exercise entries in the Map (0 for per-cell floors). */
  readonly series: number;
  /** Sum of day numbers read, so the date cells are really read. */
  readonly days: number;
}

/** The first run of decimal digits from `start` (e.g. the 5 of "3x5"); NaN when there is none. */
function digitsFrom(text: string, start: number): number {
  let i = start;
  while (i < text.length && (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57)) i++;
  if (i === text.length) return Number.NaN;
  let n = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Load in kg: a number (kg), or text "100 kg" / "225 lb"; 0 for blank. */
export function loadKg(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string' || cell.length === 0) return 0;
  const value = Number.parseFloat(cell);
  if (!(value > 0)) return 0;
  // "… lb": the last letter is b.
  return cell.charCodeAt(cell.length - 1) === 98 ? value * KG_PER_LB : value;
}

/** Reps: a number, or "3x5" (the reps after the x); NaN for blank. */
export function reps(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string' || cell.length === 0) return Number.NaN;
  let x = -1;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 120 || c === 88 || c === 215 || c === 42) {
      x = i;
      break;
    }
  }
  return digitsFrom(cell, x + 1);
}

/** Epley, as the code's default formula; 0 when the load and reps give no estimate. */
export function e1rm(kg: number, repCount: number): number {
  if (!(kg > 0) || !(repCount >= 1 && repCount <= MAX_ESTIMATE_REPS)) return 0;
  return repCount === 1 ? kg : kg * (1 + repCount / 30);
}

/** A date cell's day number (UTC); 0 for anything else. */
function dayNumber(cell: unknown): number {
  return cell instanceof Date ? Math.floor(cell.getTime() / MS_PER_DAY) : 0;
}

/** Column indices of the log a floor reads (the synthetic log's layout). */
export interface FloorColumns {
  readonly date: number;
  readonly athlete: number;
  readonly exercise: number;
  readonly load: number;
  readonly reps: number;
}

/** One Map entry per athlete and exercise, updated once per row with the best e1RM. */
type Bests = Map<unknown, Map<unknown, number>>;

function update(bests: Bests, athlete: unknown, exercise: unknown, value: number): void {
  let byExercise = bests.get(athlete);
  if (byExercise === undefined) {
    byExercise = new Map();
    bests.set(athlete, byExercise);
  }
  const best = byExercise.get(exercise);
  if (best === undefined || value > best) byExercise.set(exercise, value);
}

function countSeries(bests: Bests): number {
  let n = 0;
  for (const byExercise of bests.values()) n += byExercise.size;
  return n;
}

/**
 * STRENGTH_STATUS's floor: a log table with its header row; every data row's date, athlete,
 * exercise, load and reps read once, one e1RM, one Map update. (Bodyweight is read by the
 * STRENGTH_RATIO floor; the status floor follows the definition.)
 */
export function statusFloor(
  values: readonly (readonly unknown[])[],
  columns: FloorColumns,
): FloorResult {
  const bests: Bests = new Map();
  let e1rms = 0;
  let sum = 0;
  let days = 0;
  for (let i = 1; i < values.length; i++) {
    const row = values[i] as readonly unknown[];
    days += dayNumber(row[columns.date]);
    const value = e1rm(loadKg(row[columns.load]), reps(row[columns.reps]));
    if (value > 0) {
      e1rms++;
      sum += value;
    }
    // Rows without an estimate still belong to their series (a bodyweight exercise's reps).
    update(bests, row[columns.athlete], row[columns.exercise], value);
  }
  return { rows: values.length - 1, e1rms, sum, series: countSeries(bests), days };
}

/** A one-column range as Sheets hands it: one one-cell row per row. */
export type FloorColumn = readonly (readonly unknown[])[];
type Column = FloorColumn;

/** STALE's floor: the same pass over five single-column ranges, as STALE takes them. */
export function staleFloor(
  athletes: Column,
  exercises: Column,
  dates: Column,
  loads: Column,
  repsColumn: Column,
): FloorResult {
  const bests: Bests = new Map();
  let e1rms = 0;
  let sum = 0;
  let days = 0;
  for (let i = 0; i < athletes.length; i++) {
    days += dayNumber((dates[i] as readonly unknown[])[0]);
    const value = e1rm(
      loadKg((loads[i] as readonly unknown[])[0]),
      reps((repsColumn[i] as readonly unknown[])[0]),
    );
    if (value > 0) {
      e1rms++;
      sum += value;
    }
    update(
      bests,
      (athletes[i] as readonly unknown[])[0],
      (exercises[i] as readonly unknown[])[0],
      value,
    );
  }
  return { rows: athletes.length, e1rms, sum, series: countSeries(bests), days };
}

/** E1RM's floor: one e1RM per cell of two single-column ranges. */
export function e1rmFloor(loads: Column, repsColumn: Column): FloorResult {
  let e1rms = 0;
  let sum = 0;
  for (let i = 0; i < loads.length; i++) {
    const value = e1rm(
      loadKg((loads[i] as readonly unknown[])[0]),
      reps((repsColumn[i] as readonly unknown[])[0]),
    );
    if (value > 0) {
      e1rms++;
      sum += value;
    }
  }
  return { rows: loads.length, e1rms, sum, series: 0, days: 0 };
}

/** STRENGTH_RATIO's floor: e1RM ÷ bodyweight per cell of three single-column ranges. */
export function ratioFloor(loads: Column, bodyweights: Column, repsColumn: Column): FloorResult {
  let e1rms = 0;
  let sum = 0;
  for (let i = 0; i < loads.length; i++) {
    const bodyweight = loadKg((bodyweights[i] as readonly unknown[])[0]);
    const value = e1rm(
      loadKg((loads[i] as readonly unknown[])[0]),
      reps((repsColumn[i] as readonly unknown[])[0]),
    );
    if (value > 0 && bodyweight > 0) {
      e1rms++;
      sum += value / bodyweight;
    }
  }
  return { rows: loads.length, e1rms, sum, series: 0, days: 0 };
}

/**
 * Not a floor but a reference line: the output column alone (one one-cell row per row, as every
 * function here must return), so a reader sees how much of a function's time and bytes the
 * required result takes.
 */
export function outputColumn(rows: number): unknown[][] {
  const out: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) out[i] = [''];
  return out;
}

/**
 * Not a floor either: the least output a function of a 100,000-row column can return, one
 * 100,000-slot array whose rows are all one shared row (Sheets reads values, not identities). Into
 * `into` (an array kept from before, its memory already mapped) or, without it, a fresh array.
 * floor.bench.ts times both to price this machine's page faults.
 */
export function leastOutput(rows: number, into?: unknown[][]): unknown[][] {
  const out: unknown[][] = into ?? new Array(rows);
  const shared = [''];
  for (let i = 0; i < rows; i++) out[i] = shared;
  return out;
}
