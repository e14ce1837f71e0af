/**
 * Writes examples/runners-log.csv: 14 weeks of a running club's gym log, six runners, built so that
 * every status (stale, target reached, new best) and each of the audit's five mistakes shows at
 * least once, with one runner (Maya) who does it right. Deterministic: run it again, get the same
 * file. Real-log noise on purpose: aliases, mixed date text, a "3x5" reps cell, units in cells, a
 * blank row, a repeated header and one unusable row.
 *
 *   npx tsx scripts/make-sample-log.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** One row of our log layout, as written to the CSV. */
export type Row = [
  date: string,
  athlete: string,
  exercise: string,
  sets: string,
  reps: string,
  load: string,
  bodyweight: string,
  notes: string,
];

export const HEADER: Row = [
  'Date',
  'Athlete',
  'Exercise',
  'Sets',
  'Reps',
  'Load',
  'Bodyweight',
  'Notes',
];
const WEEKS = 14;
/** Mondays and Thursdays from Monday 17 August 2026. */
const FIRST_MONDAY = Date.UTC(2026, 7, 17);

function sessionDay(week: number, second: boolean): Date {
  return new Date(FIRST_MONDAY + (week * 7 + (second ? 3 : 0)) * 86_400_000);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** How some coaches type dates: "Sep 3, 2026". */
const spelled = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const kg = (n: number) => String(Math.round(n * 2) / 2);

interface Plan {
  name: string;
  bodyweight: (week: number) => string;
  date?: (d: Date) => string;
  /** Lines for one session: [exercise, sets, reps, load, notes]. */
  session: (week: number, second: boolean) => [string, string, string, string, string?][];
}

/** Bodyweight and abs only: sessions logged, no loaded squat, hinge or lunge (mistake 3). */
export function bodyweightOnlySession(
  w: number,
  second: boolean,
): [string, string, string, string, string?][] {
  return second
    ? [
        ['Walking lunge', '3', '12', ''],
        ['Plank', '3', '1', '', '45 s holds'],
        ['Crunch', '3', '20', ''],
      ]
    : [
        ['Push-up', '3', String(12 + Math.floor(w / 2)), ''],
        ['Sit-up', '3', '20', ''],
        ['Glute bridge', '3', '15', ''],
      ];
}

const plans: Plan[] = [
  {
    // Does it right: front squat and trap bar deadlift reach their targets, then the work changes
    // every session (speed, singles, tempo) instead of chasing 1RM; jumps and strides every time.
    name: 'Maya Okafor',
    bodyweight: (w) => kg(58 + (w % 3 === 0 ? 0.5 : 0)),
    session: (w, second) => {
      const reached = w >= 8;
      const frontSquat = reached
        ? [
            ['3', '5', '52.5'],
            ['4', '3', '55'],
            ['5', '2', '57.5'],
          ][(w * 2 + (second ? 1 : 0)) % 3]!
        : ['3', '5', kg(40 + w * 1.25)];
      const trapBar = reached
        ? [
            ['3', '3', '80'],
            ['4', '4', '75'],
            ['3', '5', '77.5'],
          ][(w * 2 + (second ? 1 : 0)) % 3]!
        : ['3', '5', kg(60 + w * 2.5)];
      return second
        ? [
            ['Trap Bar DL', trapBar[0]!, trapBar[1]!, trapBar[2]!],
            ['Vertical jump', '4', '3', ''],
            ['Split squat (dumbbell)', '3', '6', kg(12 + w)],
            ['Split jump', '3', '4', ''],
            ['Strides', '6', '1', '', 'after lifting, 80 m'],
          ]
        : [
            ['Front squat', frontSquat[0]!, frontSquat[1]!, frontSquat[2]!],
            ['Box jump', '4', '3', ''],
            ['Push-up', '3', '10', ''],
            ['Single-leg RDL', '3', '8', kg(10 + w * 0.5)],
            ['Strides', '6', '1', ''],
          ];
    },
  },
  {
    // Powerlifter: back squat, straight-bar deadlift and bench dominate, and the deadlift keeps
    // chasing a heavier 1RM long after passing 1.5× bodyweight. No jumps or sprints.
    name: 'Jonas Lindqvist',
    bodyweight: (w) => kg(72 + w * 0.1),
    session: (w, second) =>
      second
        ? [
            [
              'Deadlift (Barbell)',
              '3',
              '5',
              kg(80 + w * 2.5),
              w === 9 ? 'felt heavy, "grindy" last rep' : '',
            ],
            ['Bench Press (Barbell)', '5', '5', kg(60 + w * 1.25)],
            ['Barbell row', '3', '8', kg(50 + w)],
          ]
        : [
            ['Squat (Barbell)', '5', '5', kg(70 + w * 2.5)],
            ['Bench Press (Barbell)', '5', '5', kg(60 + w * 1.25)],
            ['Deadlift (Barbell)', '1', '3', kg(90 + w * 2.5)],
          ],
  },
  {
    // Bodybuilder: curls, raises, pushdowns and leg extensions in the pump range.
    name: 'Priya Raman',
    bodyweight: () => '61',
    date: spelled,
    session: (w, second) =>
      second
        ? [
            ['Bicep Curl (Dumbbell)', '4', '12', kg(8 + Math.floor(w / 4))],
            ['Lateral Raise (Dumbbell)', '4', '15', '5'],
            ['Triceps Pushdown', '4', '12', kg(15 + Math.floor(w / 3) * 2.5)],
            ['Goblet squat', '3', '10', kg(16 + Math.floor(w / 2) * 2)],
          ]
        : [
            ['Leg Extension (Machine)', '4', '15', kg(30 + w)],
            ['Hammer curl', '3', '12', '8'],
            ['Cable fly', '3', '15', '10'],
            ['Lat Pulldown (Cable)', '3', '10', kg(35 + w)],
          ],
  },
  {
    // Bodyweight and abs only: sessions logged, no loaded squat, hinge or lunge at all.
    name: 'Tom Becker',
    bodyweight: (w) => kg(80 - w * 0.2),
    session: bodyweightOnlySession,
  },
  {
    // Not progressing: the same trap bar deadlift and goblet squat for the last eight sessions
    // (jumps are there, so mistake 5 does not apply).
    name: 'Sofia Marquez',
    bodyweight: () => '55',
    session: (w, second) => {
      const load = Math.min(50 + w * 2.5, 60);
      return second
        ? [
            ['hex bar deadlift', '3', '5', kg(load)],
            ['Box jump', '3', '4', ''],
            ['Plank', '3', '1', ''],
          ]
        : [
            ['Goblet squat', '3', '10', kg(Math.min(12 + w * 2, 16))],
            ['Deadlift (Trap bar)', '3', '5', kg(load)],
            ['Pogo jumps', '3', '10', ''],
          ];
    },
  },
  {
    // Logs in pounds, progresses steadily (below target), but heavy lower-body days have no jumps or sprints.
    name: 'Daniel Osei',
    bodyweight: (w) => `${150 + (w > 6 ? 1 : 0)} lb`,
    session: (w, second) =>
      second
        ? [
            ['Trap bar deadlift', '4', '4', `${150 + w * 2.5} lb`],
            ['Bulgarian split squat', '3', '6', `${40 + w * 2.5} lb`],
            ['Pull-up', '3', '6', ''],
          ]
        : [
            ['Front squat', '4', '4', `${95 + w * 2.5} lb`],
            ['Step-up', '3', '8', `${30 + w * 2.5} lb`],
            ['Push-up', '3', '15', ''],
          ],
  },
];

export function sampleRows(): Row[] {
  const rows: Row[] = [HEADER];
  for (let week = 0; week < WEEKS; week++) {
    for (const second of [false, true]) {
      for (const plan of plans) {
        const day = sessionDay(week, second);
        const date = (plan.date ?? iso)(day);
        for (const [exercise, sets, reps, load, notes] of plan.session(week, second)) {
          rows.push([
            date,
            plan.name,
            exercise,
            sets,
            reps,
            load,
            plan.bodyweight(week),
            notes ?? '',
          ]);
        }
      }
      // Real-log noise, placed once each.
      if (week === 3 && second) rows.push(['', '', '', '', '', '', '', '']);
      if (week === 7 && !second) rows.push([...HEADER]);
      if (week === 5 && second) {
        rows.push([
          iso(sessionDay(week, second)),
          'Jonas Lindqvist',
          'Barbell row',
          '',
          'lots',
          '55',
          '72.5',
          'forgot to count',
        ]);
      }
    }
  }
  // A "3x5" reps cell with the sets column left blank, as coaches type it.
  const jonasSquat = rows.findIndex(
    (r) => r[1] === 'Jonas Lindqvist' && r[2] === 'Squat (Barbell)',
  );
  const row = rows[jonasSquat]!;
  rows[jonasSquat] = [row[0], row[1], row[2], '', '3x5', row[5], row[6], 'first session back'];
  return rows;
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', 'examples', 'runners-log.csv');
  writeFileSync(file, `${Papa.unparse(sampleRows(), { newline: '\n' })}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
