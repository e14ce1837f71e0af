/**
 * A deterministic synthetic training log for benchmarks: many athletes, many exercises (with
 * Strong/Hevy-style names and coach spellings), Date cells, some units and "3x5" in cells, a
 * bodyweight column with gaps. The same seed gives the same log, so runs compare like with like.
 */
import type { CellValue } from '../../src/core/values';

export interface SyntheticOptions {
  readonly rows: number;
  /** Defaults to one athlete per 1,000 rows (at least 5). */
  readonly athletes?: number;
  readonly seed?: number;
  /**
   * A bodyweight on every row (as issue 17 measured), instead of on a session's first set with
   * about 30 % of sessions left blank. The random sequence is the same either way.
   */
  readonly bodyweightEveryRow?: boolean;
}

export const SYNTHETIC_HEADER = [
  'Date',
  'Athlete',
  'Exercise',
  'Weight',
  'Reps',
  'Bodyweight',
  'Notes',
] as const;

/** Where the floors (floors.ts) find a row's date, athlete, exercise, load and reps: SYNTHETIC_HEADER's places. */
export const FLOOR_COLUMNS = { date: 0, athlete: 1, exercise: 2, load: 3, reps: 4 } as const;

/** [name as logged, starting load kg (0 = bodyweight work), load step kg] */
const EXERCISES: readonly (readonly [string, number, number])[] = [
  ['Squat (Barbell)', 60, 2.5],
  ['Front Squat (Barbell)', 40, 2.5],
  ['Deadlift (Trap bar)', 70, 5],
  ['Trap Bar DL', 70, 5],
  ['Deadlift (Barbell)', 80, 5],
  ['Bench Press (Barbell)', 40, 2.5],
  ['Goblet squat', 16, 2],
  ['Bulgarian Split Squat', 10, 2],
  ['Romanian Deadlift (Barbell)', 50, 5],
  ['Overhead Press (Barbell)', 30, 2.5],
  ['Bent Over Row (Barbell)', 40, 2.5],
  ['Pull Up', 0, 0],
  ['Push Up', 0, 0],
  ['Box Jump', 0, 0],
  ['Strides', 0, 0],
  ['Bicep Curl (Dumbbell)', 10, 1],
  ['Lateral Raise (Dumbbell)', 6, 1],
  ['Hip Thrust (Barbell)', 60, 5],
  ['Farmer carry', 24, 2],
  ['Step Up (Dumbbell)', 10, 2],
];

/** mulberry32: small, fast and good enough to shuffle a training log. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 6, 17, 30);

/** The log as Sheets hands it to a script: header row first, then `rows` data rows. */
export function syntheticLog(options: SyntheticOptions): CellValue[][] {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const athleteCount = options.athletes ?? Math.max(5, Math.round(options.rows / 1000));
  const athletes = Array.from({ length: athleteCount }, (_, i) => ({
    name: `Runner ${String(i + 1).padStart(3, '0')}`,
    bodyweight: 50 + Math.round(rand() * 40),
    lb: rand() < 0.1,
    exercises: Array.from({ length: 6 }, () => pick(EXERCISES)),
    // Sessions done per exercise, so loads climb (and sometimes stall) over time.
    done: new Map<string, number>(),
  }));
  const values: CellValue[][] = [[...SYNTHETIC_HEADER]];
  let session = 0;
  while (values.length <= options.rows) {
    const athlete = athletes[session % athleteCount] as (typeof athletes)[number];
    const date = new Date(START + Math.floor(session / athleteCount) * 2 * DAY_MS);
    const everyRow = options.bodyweightEveryRow === true;
    // A session without a weigh-in takes the athlete's usual weight when every row has one.
    const bodyweight =
      rand() < 0.3
        ? everyRow
          ? athlete.bodyweight
          : ''
        : athlete.bodyweight + Math.round(rand() * 4 - 2);
    const exercises = athlete.exercises.slice(0, 3 + Math.floor(rand() * 3));
    for (const [name, start, step] of exercises) {
      const done = athlete.done.get(name) ?? 0;
      athlete.done.set(name, done + 1);
      // Climb for a while, then stall: both new bests and stale runs appear.
      const load = start + step * Math.min(done, 12 + (done % 7));
      const sets = 2 + Math.floor(rand() * 3);
      const reps = start === 0 ? 5 + Math.floor(rand() * 8) : pick([1, 3, 5, 5, 8, 10, 12]);
      if (rand() < 0.1) {
        values.push([date, athlete.name, name, load || '', `${sets}x${reps}`, bodyweight, '']);
        if (values.length > options.rows) break;
        continue;
      }
      for (let s = 0; s < sets && values.length <= options.rows; s++) {
        let weight: CellValue = load === 0 ? '' : load;
        if (load > 0 && athlete.lb) weight = `${Math.round(load / 0.45359237)} lb`;
        else if (load > 0 && rand() < 0.05) weight = `${load} kg`;
        values.push([
          date,
          athlete.name,
          name,
          weight,
          reps,
          s === 0 || everyRow ? bodyweight : '',
          rand() < 0.02 ? 'felt heavy' : '',
        ]);
      }
      if (values.length > options.rows) break;
    }
    session++;
  }
  return values;
}
