/**
 * Property tests through dist/: whatever Sheets (or a coach) throws at the nine functions — numbers,
 * numeric and garbage text, units, Dates, booleans, blanks, ragged and nested ranges, huge and
 * negative values — a call returns cells of the right shape with no NaN, ±Infinity, null or
 * undefined anywhere, or throws an Error (never anything else).
 */
import fc from 'fast-check';
import { loadSheet } from './harness';

const sheet = loadSheet('America/New_York');
const RUNS = 10_000;

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 300 }),
  fc.constantFrom(0, 1, 5, 12, 13, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  number.map(String),
  fc
    .tuple(
      fc.integer({ min: -5, max: 400 }),
      fc.constantFrom('kg', ' lb', 'lbs', ' KG', 'stone', '#'),
    )
    .map(([n, u]) => `${n}${u}`),
  fc.constantFrom(
    '3x5',
    '3 x 5',
    '0x5',
    '102,5 kg',
    '1,000',
    'BW',
    'epley',
    'Brzycki',
    'none',
    '1.5×',
  ),
  fc.constantFrom(
    'Front squat',
    'Trap Bar DL',
    'Squat (Barbell)',
    'Deadlift',
    'Bench press',
    'Curl',
  ),
  fc.constantFrom(
    '2026-10-02',
    'Aug 28, 2017 2:32 PM',
    '8 Apr 2026, 16:50',
    '31/02/2026',
    'Ann',
    'Bo',
  ),
);
const date = fc
  .oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.constant(Number.NaN))
  .chain((ms) => fc.constantFrom(sheet.date(ms), new Date(ms)));
const blank = fc.constantFrom('', '  ', null, undefined);
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: blank },
  { weight: 1, arbitrary: fc.array(number, { maxLength: 2 }) }, // a list inside a cell
);
const row = fc.array(cell, { minLength: 0, maxLength: 4 });
const range = fc.oneof(
  fc.array(row, { minLength: 0, maxLength: 6 }),
  fc.array(cell, { maxLength: 4 }), // a 1D list: not what Sheets sends, read generously
);
const arg = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: range });

/** How the broadcast reads an argument's shape: null for one value. */
function shapeOf(value: unknown): [number, number] | null {
  if (!Array.isArray(value)) return null;
  const grid = value.map((r) => (Array.isArray(r) ? r : [r]));
  const cols = Math.max(0, ...grid.map((r) => r.length));
  if (grid.length === 0 || cols === 0 || (grid.length === 1 && cols === 1)) return null;
  return [grid.length, cols];
}

function broadcastShape(args: readonly unknown[]): [number, number] | null {
  const shapes = args.map(shapeOf).filter((s): s is [number, number] => s !== null);
  if (shapes.length === 0) return null;
  return [Math.max(...shapes.map((s) => s[0])), Math.max(...shapes.map((s) => s[1]))];
}

const isCellValue = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** Calls and checks: an Error, or an output of the expected shape with only allowed values. */
const outcomes = new Map<string, { returned: number; threw: number }>();

function tally(name: string, returned: boolean): void {
  const t = outcomes.get(name) ?? { returned: 0, threw: 0 };
  if (returned) t.returned++;
  else t.threw++;
  outcomes.set(name, t);
}

function check(name: string, args: unknown[], shape: [number, number] | null): void {
  let out: unknown;
  try {
    out = sheet.call(name, ...args);
    tally(name, true);
  } catch (error) {
    tally(name, false);
    if (Object.prototype.toString.call(error) !== '[object Error]') {
      throw new Error(`${name} threw a non-Error: ${String(error)}`);
    }
    if (typeof (error as Error).message !== 'string' || (error as Error).message === '') {
      throw new Error(`${name} threw an Error without a message`);
    }
    return;
  }
  if (shape === null) {
    if (!isCellValue(out)) throw new Error(`${name} returned ${String(out)} for single values`);
    return;
  }
  if (!Array.isArray(out) || out.length !== shape[0]) {
    throw new Error(
      `${name} returned ${Array.isArray(out) ? out.length : 'no'} rows, not ${shape[0]}`,
    );
  }
  for (const r of out) {
    if (!Array.isArray(r) || r.length !== shape[1])
      throw new Error(`${name} returned a ragged row`);
    for (const v of r)
      if (!isCellValue(v)) throw new Error(`${name} returned the cell ${String(v)}`);
  }
}

/** Mostly valid tables and settings, so most calls reach the cells; sometimes anything. */
const mostly = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: arg });
const targets = mostly(
  fc.oneof(
    blank,
    fc.constant([
      ['Exercise', 'Target'],
      ['Bench press', '0.75×'],
      ['Deadlift', 'none'],
    ]),
    fc.array(fc.tuple(text, fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), text))),
  ),
);
const sessions = mostly(fc.oneof(blank, fc.integer({ min: 1, max: 6 })));

/** name, broadcast arguments, settings after them (tables or single values). */
const ELEMENTWISE: readonly [string, number, fc.Arbitrary<unknown>[]][] = [
  ['E1RM', 3, []],
  ['LOAD_FOR_REPS', 3, []],
  ['STRENGTH_RATIO', 4, []],
  ['TARGET_LOAD', 2, [targets]],
  ['TARGET_REACHED', 4, [targets]],
  ['EXERCISE_NAME', 1, []],
  ['RUNNER_SWAP', 1, []],
  ['STALE', 5, [sessions]],
];

describe.each(ELEMENTWISE)('%s under fuzzing', (name, broadcastCount, settings) => {
  it(`returns safe cells of the broadcast shape or an Error for ${RUNS} calls`, () => {
    const args = fc
      .tuple(
        fc.array(arg, { minLength: broadcastCount, maxLength: broadcastCount }),
        fc.tuple(...settings),
      )
      .map(([cells, rest]) => [...cells, ...rest]);
    fc.assert(
      fc.property(args, (values) => {
        check(name, values, broadcastShape(values.slice(0, broadcastCount)));
      }),
      { numRuns: RUNS },
    );
    // Most calls must get past argument checks, or the fuzzing would prove little.
    const { returned = 0, threw = 0 } = outcomes.get(name) ?? {};
    expect(returned + threw).toBe(RUNS);
    expect(returned).toBeGreaterThan(RUNS / 2);
  });
});

describe('STRENGTH_STATUS under fuzzing', () => {
  const header = fc.constantFrom(
    ['Date', 'Athlete', 'Exercise', 'Weight', 'Reps', 'Bodyweight'],
    ['Date', 'Exercise Name', 'Weight (lbs)', 'Reps', 'Notes'],
    ['Day', 'Client', 'Lift', 'Load', 'Sets', 'Reps', 'Unit'],
  );
  const logRow = fc.array(cell, { minLength: 0, maxLength: 7 });
  const log = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(header, fc.array(logRow, { maxLength: 8 }))
        .map(([h, rows]) => [h, ...rows]),
    },
    { weight: 1, arbitrary: range },
    { weight: 1, arbitrary: cell },
  );
  const roster = fc.oneof(
    { weight: 3, arbitrary: blank },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(text, fc.oneof(text, date), fc.oneof(number, text)), { maxLength: 5 })
        .map((rows) => [['Athlete', 'Date', 'Bodyweight'], ...rows]),
    },
    { weight: 1, arbitrary: range },
  );
  const formula = mostly(fc.oneof(blank, fc.constantFrom('epley', 'Brzycki', "O'Conner")));
  const unit = mostly(fc.oneof(blank, fc.constantFrom('kg', 'lb', 'lbs')));

  it(`returns one safe status per log row or an Error for ${RUNS} calls`, () => {
    fc.assert(
      fc.property(log, targets, sessions, formula, unit, roster, (values, ...rest) => {
        const rows = Array.isArray(values) ? values.length : 0;
        let out: unknown;
        try {
          out = sheet.call('STRENGTH_STATUS', values, ...rest);
          tally('STRENGTH_STATUS', true);
        } catch (error) {
          tally('STRENGTH_STATUS', false);
          expect(Object.prototype.toString.call(error)).toBe('[object Error]');
          return;
        }
        if (!Array.isArray(values)) {
          expect(out).toBe('');
          return;
        }
        // One status per row down to the log's last row with content; nothing for empty rows below.
        expect(Array.isArray(out) && out.length >= 1 && out.length <= rows).toBe(true);
        const emptyCell = (c: unknown) => c === null || c === undefined || String(c).trim() === '';
        for (const row of (values as unknown[][]).slice((out as unknown[]).length)) {
          expect(Array.isArray(row) ? row.every(emptyCell) : emptyCell(row)).toBe(true);
        }
        for (const r of out as unknown[][]) {
          expect(r.length === 1 && typeof r[0] === 'string').toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    // Bad settings throw by design; a fifth of the calls or more must still reach the log engine.
    expect(outcomes.get('STRENGTH_STATUS')?.returned).toBeGreaterThan(RUNS / 5);
  });
});
