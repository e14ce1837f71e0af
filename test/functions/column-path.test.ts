/**
 * The differential test of broadcast's column path (issue 17): for the per-cell functions, the
 * column path (broadcastColumns, with each function's `plain` case) gives the general path's
 * output (broadcastCells) to the character, over generated columns of every cell shape the
 * functions accept or report; the path is really taken for plain columns, and every other shape
 * (ragged ranges, one-row ranges that broadcast, single-cell calls) stays on the general path.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { defaultTargets, readTargets, type Targets } from '../../src/core/targets';
import {
  broadcast,
  broadcastCells,
  broadcastColumns,
  type Elementwise,
} from '../../src/functions/broadcast';
import {
  EXERCISE_NAME,
  EXERCISE_NAME_CELLS,
  RUNNER_SWAP,
  RUNNER_SWAP_CELLS,
} from '../../src/functions/names';
import {
  E1RM,
  E1RM_CELLS,
  LOAD_FOR_REPS,
  LOAD_FOR_REPS_CELLS,
  STRENGTH_RATIO,
  STRENGTH_RATIO_CELLS,
} from '../../src/functions/strength';
import {
  TARGET_LOAD,
  TARGET_REACHED,
  targetLoadCells,
  targetReachedCells,
} from '../../src/functions/target-functions';
import type { CustomFunction } from '../../src/functions/types';

const RUNS = 150;
const context = { timeZone: 'Europe/Oslo' };

const unit = fc.constantFrom('', ' kg', 'kg', ' KG', ' kgs', ' lb', ' lbs', 'lbs', ' pounds', '#');
const loadNumber = fc.oneof(
  fc.integer({ min: 0, max: 300 }),
  fc.integer({ min: 0, max: 1200 }).map((n) => n / 4),
);
/** Plain loads: what the column path must answer itself. */
const plainLoadCell = fc.oneof(
  { weight: 4, arbitrary: loadNumber },
  { weight: 2, arbitrary: fc.tuple(loadNumber, unit).map(([n, u]) => `${n}${u}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 9 }), unit)
      .map(([n, d, u]) => `${n},${d}${u}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('BW', 'bw', 'Bodyweight', 'BW + 10', 'BW + 10 kg') },
  { weight: 1, arbitrary: fc.constantFrom('1,000', '1,250 lb', '102,5 kg', '225 lbs', '100 kg') },
);
const plainRepsCell = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 15 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }).map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('x', ' x ', '×', '*', 'X'))
      .chain(([s, x]) => fc.integer({ min: 0, max: 15 }).map((r) => `${s}${x}${r}`)),
  },
);
const plainBodyweightCell = fc.oneof(
  fc.integer({ min: 40, max: 120 }),
  fc.integer({ min: 90, max: 260 }).map((n) => `${n} lb`),
  fc.integer({ min: 40, max: 120 }).map((n) => `${n} kg`),
  fc.constantFrom('72,5', '70,5 kg', 'BW + 70'),
);
const blank = fc.constantFrom('', '  ', null, undefined);
const foreignDate = runInNewContext('new Date("2026-10-02T10:00:00Z")') as unknown;
/** Everything else a column may hold: the general path must answer, the same either way. */
const otherCell = fc.oneof(
  fc.constantFrom(
    '6,5,5',
    '6/5/5',
    '[6, 5, 5]',
    '5/5/3',
    '3x5 @ 80 kg',
    '3x5 @ 80',
    '80x5, 85x5, 90x3',
    '80/85/90',
    '80 kg x 5',
    '1, 000',
    '0x5',
    '-20 kg',
    -5,
    2.5,
    'heavy',
    'abc kg',
    '10 stone',
    'BW +',
    '@',
    1e308,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
  ),
  fc.integer({ min: 0, max: 2e12 }).map((ms) => new Date(ms)),
  fc.constant(foreignDate),
  fc.constant([1, 2]),
  fc.constant({ a: 1 }),
  fc.string({ maxLength: 6 }),
);
const anyOf = (plain: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: plain },
    { weight: 2, arbitrary: blank },
    { weight: 2, arbitrary: otherCell },
  );
const formula = fc.constantFrom(
  undefined,
  '',
  'brzycki',
  ' Lombardi ',
  "O'Conner",
  'mayhew',
  'nonsense',
  5,
);
const exerciseCell = fc.oneof(
  fc.constantFrom(
    'Trap Bar DL',
    'Deadlift (Trap bar)',
    'Squat (Barbell)',
    'Front squat',
    'Goblet squat',
    'Bench Press (Barbell)',
    'Pull Up',
    'Curl',
    'Box Jump',
    'Unknown lift',
  ),
  blank,
  fc.constantFrom(5, true, new Date(0)),
);

/** A column range as Sheets hands it: one one-cell row per row. */
const column = (cells: readonly unknown[]): unknown[][] => cells.map((c) => [c]);

/** Columns of the same length, one per arbitrary. */
function columns(...cells: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[][][]> {
  return fc
    .integer({ min: 2, max: 40 })
    .chain((rows) =>
      fc.tuple(...cells.map((c) => fc.array(c, { minLength: rows, maxLength: rows }))),
    )
    .map((cols) => cols.map(column));
}

/** A formula argument: left out, one value, a 1×1 range, or a column of formulas. */
function formulaArg(rows: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    formula,
    formula.map((f) => [[f]]),
    fc.array(formula, { minLength: rows, maxLength: rows }).map(column),
  );
}

/** Both paths on the same arguments, and the function itself. */
function expectSamePaths(fn: CustomFunction, spec: Elementwise, args: unknown[]): void {
  const general = broadcastCells(args, spec);
  const fast = broadcastColumns(args, spec);
  expect(fast).toBeDefined();
  expect(fast).toEqual(general);
  expect(fn.implementation(context, ...args)).toEqual(general);
}

/** The spec with its general computation replaced by a marker: any use of it shows in the output. */
function plainOnly(spec: Elementwise): Elementwise {
  return {
    ...spec,
    cell: () => {
      throw new Error('general path');
    },
  };
}

const targets: Targets = readTargets([
  ['Exercise', 'Target'],
  ['Goblet squat', 0.5],
  ['Trap bar deadlift', 'none'],
]).targets;

describe('the column path gives the general path’s output to the character', () => {
  it('E1RM', () => {
    fc.assert(
      fc.property(
        columns(anyOf(plainLoadCell), anyOf(plainRepsCell)).chain(([loads, reps]) =>
          formulaArg((loads as unknown[]).length).map((f) => [loads, reps, f]),
        ),
        ([loads, reps, f]) => {
          expectSamePaths(E1RM, E1RM_CELLS, f === undefined ? [loads, reps] : [loads, reps, f]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('STRENGTH_RATIO', () => {
    fc.assert(
      fc.property(
        columns(anyOf(plainLoadCell), anyOf(plainBodyweightCell), anyOf(plainRepsCell)).chain(
          ([loads, bws, reps]) =>
            fc
              .tuple(
                formulaArg((loads as unknown[]).length),
                // Reps: a column, left out, or one value for every row.
                fc.oneof(
                  fc.constant(reps),
                  fc.constant(undefined),
                  // (A list passed as a whole argument is a range, not one value.)
                  anyOf(plainRepsCell).filter((r) => !Array.isArray(r)),
                  anyOf(plainRepsCell).map((r) => [[r]]),
                ),
              )
              .map(([f, repsArg]) => [loads, bws, repsArg, f]),
        ),
        ([loads, bws, reps, f]) => {
          expectSamePaths(STRENGTH_RATIO, STRENGTH_RATIO_CELLS, [loads, bws, reps, f]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('LOAD_FOR_REPS', () => {
    fc.assert(
      fc.property(
        columns(anyOf(plainLoadCell), anyOf(plainRepsCell)).chain(([maxes, reps]) =>
          formulaArg((maxes as unknown[]).length).map((f) => [maxes, reps, f]),
        ),
        ([maxes, reps, f]) => {
          expectSamePaths(LOAD_FOR_REPS, LOAD_FOR_REPS_CELLS, [maxes, reps, f]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('TARGET_LOAD, with the default targets and a coach’s table', () => {
    fc.assert(
      fc.property(columns(exerciseCell, anyOf(plainBodyweightCell)), fc.boolean(), (cols, own) => {
        const [exercises, bws] = cols;
        const table = own ? targets : defaultTargets();
        const spec = targetLoadCells(table);
        const targetsArg = own
          ? [
              ['Exercise', 'Target'],
              ['Goblet squat', 0.5],
              ['Trap bar deadlift', 'none'],
            ]
          : undefined;
        const general = broadcastCells([exercises, bws], spec);
        expect(broadcastColumns([exercises, bws], spec)).toEqual(general);
        expect(TARGET_LOAD.implementation(context, exercises, bws, targetsArg)).toEqual(general);
      }),
      { numRuns: RUNS },
    );
  });

  it('TARGET_REACHED', () => {
    fc.assert(
      fc.property(
        columns(
          exerciseCell,
          anyOf(plainLoadCell),
          anyOf(plainBodyweightCell),
          anyOf(plainRepsCell),
        ),
        (cols) => {
          const [exercises, loads, bws, reps] = cols;
          const spec = targetReachedCells(defaultTargets());
          const general = broadcastCells([exercises, loads, bws, reps], spec);
          expect(broadcastColumns([exercises, loads, bws, reps], spec)).toEqual(general);
          expect(TARGET_REACHED.implementation(context, exercises, loads, bws, reps)).toEqual(
            general,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the column path itself (reading, blanks, the general computation, shared rows)', () => {
  const anyCell = fc.oneof(
    anyOf(plainLoadCell),
    exerciseCell,
    fc.constantFrom(0, -0, 1.5, -2.25, 'x', true, false),
  );

  it('EXERCISE_NAME and RUNNER_SWAP, which have no plain case', () => {
    fc.assert(
      fc.property(columns(exerciseCell), ([names]) => {
        expectSamePaths(EXERCISE_NAME, EXERCISE_NAME_CELLS, [names]);
        expectSamePaths(RUNNER_SWAP, RUNNER_SWAP_CELLS, [names]);
      }),
      { numRuns: RUNS },
    );
  });

  it('any cells, any required count, with columns and single values mixed', () => {
    /** Shows what it was given, so every cell's reading is in the output. */
    const echo = (required: number): Elementwise => ({
      required,
      cell: (cells) => cells.map((c) => (c instanceof Date ? c.getTime() : String(c))).join('|'),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((rows) =>
          fc.tuple(
            fc.array(
              fc.oneof(
                fc.array(anyCell, { minLength: rows, maxLength: rows }).map(column),
                // A list passed as a whole argument is a range, not one value.
                anyCell.filter((c) => !Array.isArray(c)),
                anyCell.map((c) => [[c]]),
              ),
              { minLength: 1, maxLength: 4 },
            ),
            fc.integer({ min: 0, max: 4 }),
          ),
        ),
        ([args, required]) => {
          fc.pre(args.some((a) => Array.isArray(a) && a.length > 1));
          const spec = echo(required);
          const fast = broadcastColumns(args, spec);
          expect(fast).toBeDefined();
          expect(fast).toEqual(broadcastCells(args, spec));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the column path is taken, and answers plain columns itself', () => {
  const general = /general path/;
  const noGeneral = (out: unknown) =>
    (out as unknown[][]).every((row) => !general.test(String(row[0])));

  const plainOrBlank = (a: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: blank });
  /** Loads, reps and bodyweights, plain or blank. */
  const plainColumns = columns(
    plainOrBlank(plainLoadCell),
    plainOrBlank(plainRepsCell),
    plainOrBlank(plainBodyweightCell),
  );
  const plainFormulaArg = fc.constantFrom(undefined, 'brzycki', [['wathan']]);

  it('for E1RM, STRENGTH_RATIO and LOAD_FOR_REPS over plain and blank cells', () => {
    fc.assert(
      fc.property(plainColumns, plainFormulaArg, ([loads, reps, bws], f) => {
        const e1rm = broadcastColumns([loads, reps, f], plainOnly(E1RM_CELLS));
        expect(noGeneral(e1rm)).toBe(true);
        const ratio = broadcastColumns([loads, bws, reps, f], plainOnly(STRENGTH_RATIO_CELLS));
        expect(noGeneral(ratio)).toBe(true);
        const planned = broadcastColumns([loads, reps, f], plainOnly(LOAD_FOR_REPS_CELLS));
        expect(noGeneral(planned)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('for the target functions over plain names, loads and bodyweights', () => {
    fc.assert(
      fc.property(
        columns(
          fc.constantFrom('Trap Bar DL', 'Squat (Barbell)', 'Curl', 'Goblet squat'),
          plainLoadCell,
          plainBodyweightCell,
          plainRepsCell,
        ),
        ([exercises, loads, bws, reps]) => {
          const table = defaultTargets();
          const load = broadcastColumns([exercises, bws], plainOnly(targetLoadCells(table)));
          expect(noGeneral(load)).toBe(true);
          const reached = broadcastColumns(
            [exercises, loads, bws, reps],
            plainOnly(targetReachedCells(table)),
          );
          expect(noGeneral(reached)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('by E1RM’s and STRENGTH_RATIO’s own loops, which answer plain rows without `plain`', () => {
    /** `plain` and `cell` replaced by markers: a row the loop does not answer shows one. */
    const loopOnly = (spec: Elementwise): Elementwise => ({
      ...plainOnly(spec),
      plain: () => 'plain case',
    });
    fc.assert(
      fc.property(plainColumns, plainFormulaArg, ([loads, reps, bws], f) => {
        const byLoop = (out: unknown) =>
          (out as unknown[][]).every((row) => !/general path|plain case/.test(String(row[0])));
        expect(byLoop(broadcastColumns([loads, reps, f], loopOnly(E1RM_CELLS)))).toBe(true);
        expect(
          byLoop(broadcastColumns([loads, bws, reps, f], loopOnly(STRENGTH_RATIO_CELLS))),
        ).toBe(true);
        expect(byLoop(broadcastColumns([loads, bws, 5, f], loopOnly(STRENGTH_RATIO_CELLS)))).toBe(
          true,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('and the differential test fails when a loop gives a different value', () => {
    /** The spec's loop, with every number it answers a hair off. */
    const offByAHair = (spec: Elementwise): Elementwise => ({
      ...spec,
      loop: (call) => {
        const skewed = Object.create(call, {
          putNumber: {
            value: (r: number, x: number) => call.putNumber(r, x > 0 ? x * (1 + 1e-15) : x),
          },
        });
        return spec.loop?.(skewed) ?? false;
      },
    });
    const loads = column([100, 80, '225 lb']);
    const reps = column([5, 3, 1]);
    const bws = column([80, 70, '180 lb']);
    const calls: [CustomFunction, Elementwise, unknown[]][] = [
      [E1RM, E1RM_CELLS, [loads, reps]],
      [STRENGTH_RATIO, STRENGTH_RATIO_CELLS, [loads, bws, reps]],
    ];
    for (const [fn, spec, args] of calls) {
      const skewed = broadcastColumns(args, offByAHair(spec));
      expect(skewed).toHaveLength(3);
      expect(skewed).not.toEqual(broadcastCells(args, spec));
      expect(() => expectSamePaths(fn, offByAHair(spec), args)).toThrow(/toEqual/);
      expectSamePaths(fn, spec, args);
    }
  });

  it('and the marker does show when a cell needs the general path', () => {
    const out = broadcastColumns([column([100, '6,5,5']), column([5, 80])], plainOnly(E1RM_CELLS));
    expect(out).toEqual([[116.66666666666667], ['⚠ general path']]);
  });

  it('shares rows among thousands of distinct values met in turn (no value gets a second row)', () => {
    // 3,000 distinct loads, met round-robin ten times: each later meeting finds its row.
    const loads = column(Array.from({ length: 30_000 }, (_, i) => 20 + (i % 3000) / 8));
    const reps = column(Array.from({ length: 30_000 }, () => 1));
    const out = broadcastColumns([loads, reps], E1RM_CELLS) as unknown[][];
    expect(out).toEqual(broadcastCells([loads, reps], E1RM_CELLS));
    expect(new Set(out).size).toBe(3000);
  });

  it('shares one row array per distinct output value, and keeps 0 and -0 apart', () => {
    const loads = column([100, 100, '', 0, -0, 100]);
    const reps = column([5, 5, 5, 5, 5, 5]);
    const out = broadcastColumns([loads, reps], E1RM_CELLS) as unknown[][];
    expect(out[0]).toBe(out[1]);
    expect(out[0]).toBe(out[5]);
    expect(out).toEqual([
      [116.66666666666667],
      [116.66666666666667],
      [''],
      [0],
      [-0],
      [116.66666666666667],
    ]);
    expect(Object.is(out[4]?.[0], -0)).toBe(true);
  });
});

describe('every other shape stays on the general path', () => {
  const loads = column([100, '225 lb', '']);
  const reps = column([5, 3, 5]);

  it('ragged ranges, a wider row, ranges of other lengths, one-row ranges, empty ranges', () => {
    const shapes: unknown[][] = [
      [[[100], [120, 1], [80]], reps],
      [[[100], [], [80]], reps],
      [[[100], null, [80]], reps],
      [reps, [[100], 80, [80]]],
      [loads, column([5, 3])],
      [loads, [[5, 3, 1]]],
      [[[100, 120]], [[5, 3]]],
      [loads, []],
      [loads, [[]]],
      [[100, 120, 80], reps],
    ];
    for (const args of shapes) {
      expect(broadcastColumns(args, E1RM_CELLS)).toBeUndefined();
      expect(broadcast(args, E1RM_CELLS)).toEqual(broadcastCells(args, E1RM_CELLS));
    }
  });

  it('single-cell calls give one value, or raise the same Error', () => {
    for (const args of [
      [100, 5],
      [[[100]], [[5]]],
      ['225 lb', '3x5'],
      ['heavy', 5],
      [100, '6,5,5'],
    ]) {
      expect(broadcastColumns(args, E1RM_CELLS)).toBeUndefined();
      let general: unknown;
      try {
        general = broadcastCells(args, E1RM_CELLS);
      } catch (error) {
        general = error;
      }
      if (general instanceof Error) {
        expect(() => E1RM.implementation(context, ...args)).toThrow(general);
      } else {
        expect(E1RM.implementation(context, ...args)).toEqual(general);
      }
    }
    expect(() => E1RM.implementation(context, 'heavy', 5)).toThrow(
      'load "heavy" is not a weight (e.g. 100, "100 kg", "225 lb")',
    );
  });
});
