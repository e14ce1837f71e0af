/**
 * A deterministic Hevy-style export of any size, for the add-on's call-count test and benchmarks:
 * same options, same text, byte for byte. Workouts are listed newest first as Hevy writes them;
 * each has warm-ups, working sets of every Hevy set type, notes with commas and quotes, and now
 * and then a cardio row, so the file exercises the same paths as a real one.
 */

export interface SyntheticOptions {
  /** Working sets in the file (warm-ups and cardio rows come on top). Default 50,000. */
  readonly workingSets?: number;
  readonly unit?: 'kg' | 'lb';
  readonly seed?: number;
}

export interface SyntheticExport {
  readonly text: string;
  readonly workingSets: number;
  readonly warmUps: number;
  readonly cardio: number;
  readonly workouts: number;
  /** Data rows (header excluded). */
  readonly rows: number;
}

const EXERCISES = [
  'Squat (Barbell)',
  'Deadlift (Trap bar)',
  'Front Squat (Barbell)',
  'Bulgarian Split Squat',
  'Bench Press (Dumbbell)',
  'Pull Up',
  'Romanian Deadlift (Barbell)',
  'Box Jump',
  'Lat Pulldown (Cable)',
  'Hip Thrust (Barbell)',
] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Park–Miller minimal standard generator: tiny, deterministic, good enough for test data. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function hevyTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function syntheticHevyExport(options: SyntheticOptions = {}): SyntheticExport {
  const target = options.workingSets ?? 50_000;
  const unit = options.unit ?? 'kg';
  const next = random(options.seed ?? 20_260_408);
  const workouts: string[][] = [];
  let working = 0;
  let warmUps = 0;
  let cardio = 0;
  let start = Date.UTC(2012, 0, 2, 7, 30);
  while (working < target) {
    const rows: string[] = [];
    const begin = hevyTime(start);
    const end = hevyTime(start + 60 * 60_000);
    const title = quote(`Session ${workouts.length + 1}, "strength"`);
    const row = (
      exercise: string,
      notes: string,
      index: number,
      type: string,
      load: string,
      reps: string,
      km = '',
      seconds = '',
    ) =>
      rows.push(
        [
          title,
          quote(begin),
          quote(end),
          quote(''),
          quote(exercise),
          '',
          quote(notes),
          String(index),
          quote(type),
          load,
          reps,
          km,
          seconds,
          '',
        ].join(','),
      );
    for (let e = 0; e < 5 && working < target; e++) {
      const exercise = EXERCISES[Math.floor(next() * EXERCISES.length)] ?? EXERCISES[0];
      const base = Math.round((40 + next() * 100) / 2.5) * 2.5;
      const notes = next() < 0.2 ? `felt good, "solid" ${e}` : '';
      row(exercise, notes, 0, 'warmup', String(base / 2), '8');
      warmUps++;
      for (let s = 1; s <= 4 && working < target; s++) {
        const type = s === 4 && next() < 0.3 ? (next() < 0.5 ? 'dropset' : 'failure') : 'normal';
        row(exercise, notes, s, type, String(base + s * 2.5), String(3 + Math.floor(next() * 8)));
        working++;
      }
    }
    if (workouts.length % 10 === 9) {
      row('Treadmill', '', 0, 'normal', '', '', '2.5', '900');
      cardio++;
    }
    workouts.push(rows);
    start += (2 * 24 * 60 + Math.floor(next() * 120)) * 60_000;
  }
  const header = [
    'title',
    'start_time',
    'end_time',
    'description',
    'exercise_title',
    'superset_id',
    'exercise_notes',
    'set_index',
    'set_type',
    unit === 'kg' ? 'weight_kg' : 'weight_lbs',
    'reps',
    unit === 'kg' ? 'distance_km' : 'distance_miles',
    'duration_seconds',
    'rpe',
  ]
    .map(quote)
    .join(',');
  const body = workouts.reverse().flat();
  return {
    text: [header, ...body].join('\n'),
    workingSets: working,
    warmUps,
    cardio,
    workouts: workouts.length,
    rows: body.length,
  };
}
