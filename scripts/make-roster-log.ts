/**
 * Writes examples/roster-40.csv: a 16-week season of a running club's gym log, forty runners,
 * good and bad programs mixed, for trying the add-on the way a coach with a full roster meets it
 * (Needs attention, collapsed cards, the per-athlete audit) and for the browser tests.
 *
 * The forty are ten kinds of program, four runners each, with their own bodyweights, start loads
 * and units. Deterministic: the same file every run (a seeded generator picks the variations).
 *
 *   npx tsx scripts/make-roster-log.ts
 *
 * | kind          | what the log shows                                             | attention  |
 * |---------------|----------------------------------------------------------------|------------|
 * | good          | front squat and trap bar progress, jumps and strides            | quiet      |
 * | reached       | a target met in the last two weeks                              | reached    |
 * | stuck         | the same trap bar and goblet squat for the last 4–10 sessions   | stale      |
 * | powerlifter   | back squat, deadlift, bench; deadlift chases past 1.5×          | mistake 2  |
 * | bodybuilder   | curls, flyes, raises (most sets), a little goblet and split squat| mistake 1  |
 * | bodyweight    | push-ups, planks, lunges without load                           | mistake 3  |
 * | unconnected   | heavy lower-body days without a jump or a stride                | mistake 5  |
 * | inactive      | stopped five to eight weeks before the end                      | inactive   |
 * | no-bodyweight | a good program, no bodyweight ever written (an imported athlete) | bodyweight |
 * | imported      | many exercise names, some stale, kettlebell and dumbbell work   | mixed      |
 *
 * Real-log noise on purpose: aliases ("Trap Bar DL", "Squat (Barbell)"), a few unusable rows, a
 * blank row and a repeated header.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { random } from './bench/synthetic-log';
import { bodyweightOnlySession, HEADER, type Row } from './make-sample-log';

export type RosterRow = Row;

export const ROSTER_WEEKS = 16;
/** Mondays from Monday 6 July 2026; each runner trains on two fixed weekdays. */
const FIRST_MONDAY = Date.UTC(2026, 6, 6);
const DAY_MS = 86_400_000;

export const KINDS = [
  'good',
  'reached',
  'stuck',
  'powerlifter',
  'bodybuilder',
  'bodyweight',
  'unconnected',
  'inactive',
  'no-bodyweight',
  'imported',
] as const;
export type Kind = (typeof KINDS)[number];

export const ROSTER_NAMES = [
  'Maya Okafor',
  'Jonas Lindqvist',
  'Priya Raman',
  'Tom Becker',
  'Sofia Marquez',
  'Daniel Osei',
  'Aisha Bello',
  'Lukas Meyer',
  'Hana Sato',
  'Mateo Rossi',
  'Ingrid Dahl',
  'Kwame Mensah',
  'Elena Petrova',
  'Noah Fischer',
  'Chloe Martin',
  'Ravi Iyer',
  'Freya Nilsen',
  'Omar Haddad',
  'Lucia Gomez',
  'Finn OBrien',
  'Zara Khan',
  'Pablo Ruiz',
  'Mei Chen',
  'Jakob Novak',
  'Amara Diallo',
  'Leo Kowalski',
  'Nina Berg',
  'Samuel Adeyemi',
  'Ella Virtanen',
  'Hugo Laurent',
  'Yara Santos',
  'Oskar Holm',
  'Lina Hassan',
  'Marco Bianchi',
  'Tessa de Vries',
  'Arjun Mehta',
  'Sara Lind',
  'Ben Carter',
  'Ivy Thompson',
  'Kenji Watanabe',
] as const;

/** A line of one session: exercise, sets, reps, load (with unit when the runner writes one), notes. */
type Line = [exercise: string, sets: string, reps: string, load: string, notes?: string];

interface Runner {
  readonly name: string;
  readonly kind: Kind;
  readonly unit: 'kg' | 'lb';
  /** Bodyweight in kg. */
  readonly bodyweight: number;
  /** A share of bodyweight the runner starts the big lifts at (0.45–0.65). */
  readonly start: number;
  /** The two weekdays (0 = Monday) they train on. */
  readonly days: readonly [number, number];
  /** A number 0–1 for small per-runner differences. */
  readonly flavour: number;
}

/** A load in the runner's unit, to a plate step (2.5 kg, 5 lb); written bare in kg, with "lb" else. */
function load(runner: Runner, kg: number, step = 2.5): string {
  if (runner.unit === 'kg') return String(Math.round(kg / step) * step);
  const lbStep = step === 2.5 ? 5 : 2.5;
  return `${Math.round(kg / 0.45359237 / lbStep) * lbStep} lb`;
}

/** Dumbbells and kettlebells come in fixed sizes: even kilograms (or 5-lb steps). */
const bell = (runner: Runner, kg: number): string => load(runner, Math.max(kg, 4), 2);

/** The runner's bodyweight (kg) in a week: a little drift around their weight. */
const bodyweightKg = (r: Runner, w: number): number =>
  r.bodyweight + Math.sin(w / 3 + r.flavour * 6) * 0.6;

/** Epley e1RM ÷ bodyweight of sets of five at a load as written (rounded to its plate step). */
const ratioOfFives = (r: Runner, kg: number, w: number): number => {
  const written = Number.parseFloat(load(r, kg));
  const asKg = r.unit === 'kg' ? written : written * 0.45359237;
  return (asKg * (1 + 5 / 30)) / bodyweightKg(r, w);
};

/**
 * A lift that climbs in sets of five from `from` toward `to` (kg) by week `by`, until the first
 * week its e1RM meets `target` × bodyweight; from then on the load stays and the prescription
 * changes each session (sets × reps around the same effort), as DESIGN.md asks once a target is
 * reached. Returns [sets, reps, kg].
 */
function climbThenVary(
  r: Runner,
  w: number,
  from: number,
  to: number,
  by: number,
  target: number,
  turn: number,
): [string, string, number] {
  const at = (week: number) => from + ((to - from) * Math.min(week, by)) / by;
  let reached = -1;
  for (let week = 0; week <= w && reached < 0; week++) {
    if (ratioOfFives(r, at(week), week) >= target) reached = week;
  }
  if (reached < 0 || w === reached) return ['3', '5', at(w)];
  const top = at(reached);
  const options: [string, string, number][] = [
    ['4', '3', top],
    ['5', '2', top * 1.02],
    ['3', '4', top * 0.97],
  ];
  return options[turn % options.length]!;
}

function goodSession(
  r: Runner,
  w: number,
  second: boolean,
  reachBy: number,
  /** 0 for a runner whose coach has no bodyweight: nobody knows a target is met, so they climb on. */
  targets = 1,
): Line[] {
  const bw = r.bodyweight;
  // Rise toward the target by week `reachBy`, then vary the work instead of chasing 1RM.
  const turn = w * 2 + (second ? 1 : 0);
  // Single-leg work: 2 kg more every other week, two reps more in between.
  const single = (base: number): [string, string] => [
    bell(r, base + 2 * Math.floor(w / 2)),
    String(6 + (w % 2) * 2),
  ];
  if (second) {
    const trap = climbThenVary(
      r,
      w,
      bw * r.start,
      (bw * 1.6) / (1 + 5 / 30),
      reachBy,
      1.5 / targets,
      turn,
    );
    const [splitLoad, splitReps] = single(bw * 0.12);
    return [
      ['Trap Bar DL', trap[0], trap[1], load(r, trap[2])],
      ['Vertical jump', '4', '3', ''],
      ['Split squat (dumbbell)', '3', splitReps, splitLoad],
      ['Split jump', '3', '4', ''],
      ['Strides', '6', '1', '', 'after lifting'],
    ];
  }
  const front = climbThenVary(
    r,
    w,
    bw * r.start * 0.7,
    (bw * 1.1) / (1 + 5 / 30),
    reachBy,
    1 / targets,
    turn,
  );
  const [rdlLoad, rdlReps] = single(bw * 0.15);
  return [
    ['Front squat', front[0], front[1], load(r, front[2])],
    ['Box jump', '4', '3', ''],
    ['Push-up', '3', String(8 + Math.floor(w / 3)), ''],
    ['Single-leg RDL', '3', rdlReps, rdlLoad],
    ['Strides', '6', '1', ''],
  ];
}

function session(r: Runner, w: number, second: boolean): Line[] {
  const bw = r.bodyweight;
  switch (r.kind) {
    case 'good':
      return goodSession(r, w, second, 8 + Math.floor(r.flavour * 3));
    case 'no-bodyweight':
      return goodSession(r, w, second, ROSTER_WEEKS + 4, 0);
    case 'reached':
      // Climbs all season; the target falls in the last weeks.
      return goodSession(r, w, second, ROSTER_WEEKS);
    case 'stuck': {
      // Progress, then the same session for the last 2–5 weeks (4–10 sessions).
      const stall = ROSTER_WEEKS - 2 - Math.floor(r.flavour * 4);
      const wk = Math.min(w, stall);
      return second
        ? [
            ['Deadlift (Trap bar)', '3', '5', load(r, bw * r.start + wk * 2.5)],
            ['Box jump', '3', '4', ''],
            ['Plank', '3', '1', '', '40 s'],
          ]
        : [
            ['Goblet squat', '3', '10', bell(r, bw * 0.18 + wk)],
            ['Step-up', '3', '8', bell(r, bw * 0.1 + wk * 0.5)],
            ['Pogo jumps', '3', '10', ''],
          ];
    }
    case 'powerlifter':
      return second
        ? [
            ['Deadlift (Barbell)', '3', '5', load(r, bw * 1.1 + w * 2.5)],
            ['Bench Press (Barbell)', '5', '5', load(r, bw * 0.8 + w * 1.25)],
            ['Barbell row', '3', '8', load(r, bw * 0.7 + w)],
          ]
        : [
            ['Squat (Barbell)', '5', '5', load(r, bw * 0.95 + w * 2.5)],
            ['Bench Press (Barbell)', '5', '5', load(r, bw * 0.8 + w * 1.25)],
            ['Deadlift (Barbell)', '1', '3', load(r, bw * 1.3 + w * 2.5)],
          ];
    case 'bodybuilder':
      // Most sets are isolation in the pump range; a goblet squat and split squat now and then.
      return second
        ? [
            ['Bicep Curl (Dumbbell)', '4', '12', bell(r, 8 + w / 4)],
            ['Lateral Raise (Dumbbell)', '4', '15', bell(r, 5)],
            ['Triceps Pushdown', '4', '12', load(r, 15 + Math.floor(w / 3) * 2.5)],
            ...(w % 2 === 0 ? ([['Goblet squat', '3', '10', bell(r, 14 + w / 2)]] as Line[]) : []),
          ]
        : [
            ['Cable fly', '4', '15', load(r, 10)],
            ['Hammer curl', '3', '12', bell(r, 8)],
            ['Leg Extension (Machine)', '4', '15', load(r, 30 + w)],
            ...(w % 3 === 0 ? ([['Split squat', '3', '10', bell(r, 8 + w / 3)]] as Line[]) : []),
          ];
    case 'bodyweight':
      return bodyweightOnlySession(w, second);
    case 'unconnected':
      return second
        ? [
            ['Trap bar deadlift', '4', '4', load(r, bw * r.start * 1.2 + w * 2.5)],
            ['Bulgarian split squat', '3', '6', bell(r, bw * 0.15 + w)],
            ['Pull-up', '3', '6', ''],
          ]
        : [
            ['Front squat', '4', '4', load(r, bw * r.start + w * 1.25)],
            ['Step-up', '3', '8', bell(r, bw * 0.12 + w)],
            ['Push-up', '3', '15', ''],
          ];
    case 'inactive':
      return goodSession(r, w, second, 10);
    case 'imported': {
      // An app export's variety: many names, some moved on, some the same for weeks.
      const flat = Math.min(w, 5);
      return second
        ? [
            ['Kettlebell swing', '3', '15', bell(r, 16)],
            ['Romanian Deadlift (Dumbbell)', '3', '10', bell(r, bw * 0.2 + flat)],
            ['Lat Pulldown (Cable)', '3', '10', load(r, 35 + flat)],
            ['Seated Row (Cable)', '3', '12', load(r, 30)],
            ['Box jump', '3', '5', ''],
          ]
        : [
            ['Goblet Squat (Kettlebell)', '3', '10', bell(r, bw * 0.2 + w)],
            ['Lunge (Dumbbell)', '3', '8', bell(r, bw * 0.1 + flat / 2)],
            ['Shoulder Press (Dumbbell)', '3', '10', bell(r, 10)],
            ['Calf raise', '3', '15', load(r, 20)],
            ['Strides', '5', '1', ''],
          ];
    }
  }
}

export function rosterRunners(): Runner[] {
  const next = random(40);
  return ROSTER_NAMES.map((name, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const female = i % 2 === 0;
    const bodyweight = Math.round((female ? 52 : 64) + next() * 18);
    const first = Math.floor(next() * 3);
    return {
      name,
      kind,
      unit: i % 7 === 5 ? 'lb' : 'kg',
      bodyweight,
      start: 0.45 + next() * 0.2,
      days: [first, first + 3] as const,
      flavour: next(),
    };
  });
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function rosterRows(): RosterRow[] {
  const runners = rosterRunners();
  const rows: RosterRow[] = [HEADER];
  for (let week = 0; week < ROSTER_WEEKS; week++) {
    for (const second of [false, true]) {
      for (const r of runners) {
        // Inactive runners stop 5–8 weeks before the end.
        if (r.kind === 'inactive' && week >= ROSTER_WEEKS - 5 - Math.floor(r.flavour * 4)) continue;
        const day = iso(FIRST_MONDAY + (week * 7 + r.days[second ? 1 : 0]) * DAY_MS);
        // Bodyweight drifts a little; written in the runner's unit, blank for the no-bodyweight kind.
        const bwKg = bodyweightKg(r, week);
        const bodyweight =
          r.kind === 'no-bodyweight'
            ? ''
            : r.unit === 'kg'
              ? String(Math.round(bwKg * 2) / 2)
              : `${Math.round(bwKg / 0.45359237)} lb`;
        for (const [exercise, sets, reps, weight, notes] of session(r, week, second)) {
          rows.push([day, r.name, exercise, sets, reps, weight, bodyweight, notes ?? '']);
        }
      }
      // Real-log noise, once each: a blank row, a repeated header, unusable rows.
      if (week === 4 && second) rows.push(['', '', '', '', '', '', '', '']);
      if (week === 9 && !second) rows.push([...HEADER]);
      if (week === 6 && second) {
        const day = iso(FIRST_MONDAY + (week * 7 + 4) * DAY_MS);
        rows.push([day, 'Mateo Rossi', 'Barbell row', '3', 'lots', '55', '70', 'forgot to count']);
        rows.push([day, 'Ella Virtanen', 'Goblet squat', '3', '10', 'heavy', '58', '']);
        rows.push(['someday', 'Leo Kowalski', 'Front squat', '3', '5', '50', '71', '']);
      }
    }
  }
  return rows;
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', 'examples', 'roster-40.csv');
  writeFileSync(file, `${Papa.unparse(rosterRows(), { newline: '\n' })}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${rosterRows().length - 1} rows)`);
}
