import fc from 'fast-check';
import {
  oneRepMaxFactors,
  plainBodyweightKg,
  plainLoad,
  plainLoadKg,
  plainLoadUnit,
  plainOneRepMax,
  plainReps,
  plainSetsWritten,
} from '../../src/core/cell-numbers';
import { estimateOneRepMax, FORMULA_NAMES } from '../../src/core/formulas';
import { isInvalid } from '../../src/core/result';
import { toKg } from '../../src/core/units';
import { parseLoad, parseReps, writesSeveralSets } from '../../src/core/values';

/** Cells of every shape a load, reps or bodyweight column holds, valid or not. */
const numberCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 400 }),
  fc.constantFrom(0, -0, 0.5, 102.5, 1e308, -1, 5e-324, Number.NaN, Number.POSITIVE_INFINITY),
);
const unitWord = fc.constantFrom(
  '',
  'kg',
  ' kg',
  'KG',
  'kgs',
  ' kilos',
  'lb',
  ' lb',
  'lbs',
  ' Pounds',
  '#',
  ' stone',
  'kg.',
);
const numberText = fc.oneof(
  fc.integer({ min: -5, max: 500 }).map(String),
  fc.double({ min: -10, max: 1000, noNaN: true }).map(String),
  fc.constantFrom('102,5', '1,000', '1, 000', '1.000,5', '.5', '5.', '1e2', '+5', ' 7 '),
);
const textCell = fc.oneof(
  fc.tuple(numberText, unitWord).map(([n, u]) => `${n}${u}`),
  fc
    .tuple(fc.constantFrom('BW', 'bw', 'Bodyweight', 'body weight'), unitWord)
    .map(([b, u]) => b + u),
  fc.tuple(numberText, unitWord).map(([n, u]) => `BW + ${n}${u}`),
  fc
    .tuple(fc.integer({ min: -1, max: 12 }), fc.constantFrom('x', ' x ', '×', '*', 'X'))
    .chain(([sets, times]) =>
      fc.integer({ min: 0, max: 20 }).map((reps) => `${sets}${times}${reps}`),
    ),
  fc.constantFrom(
    '6,5,5',
    '6/5/5',
    '[6, 5, 5]',
    '80x5, 85x5, 90x3',
    '80/85/90',
    '3x5 @ 80 kg',
    '80 kg x 5',
    '5;5',
    '@',
    'abc',
    'heavy',
    '',
    '   ',
    '2026-10-02',
  ),
  fc.string({ maxLength: 8 }),
);
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: numberCell },
  { weight: 5, arbitrary: textCell },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2e12 }).map((ms) => new Date(ms)) },
);

const RUNS = 3000;

describe('plain load readers', () => {
  it('read numbers, units, decimal commas and BW as the general parser does', () => {
    expect(plainLoad(100)).toBe(100);
    expect(plainLoad('225 lb')).toBe(225);
    expect(plainLoadUnit('225 lb')).toBe('lb');
    expect(plainLoad(' 102,5 kg ')).toBe(102.5);
    expect(plainLoadUnit(' 102,5 kg ')).toBe('kg');
    expect(plainLoad('BW')).toBe(0);
    expect(plainLoad('BW + 10 kg')).toBe(10);
    expect(plainLoadUnit(100)).toBeNull();
    expect(plainLoadKg('225 lb', 'kg')).toBeCloseTo(102.058, 3);
    expect(plainLoadKg(100, 'lb')).toBeCloseTo(45.359, 3);
    expect(plainLoadKg('100 kg', 'lb')).toBe(100);
  });

  it('give NaN for what only the general parser can read or report', () => {
    for (const cell of [
      '',
      ' ',
      null,
      undefined,
      -5,
      '-20 kg',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      new Date(0),
      'heavy',
      '80/85/90',
      '80x5, 85x5',
      '1, 000',
      '3x5 @ 80 kg',
    ]) {
      expect(plainLoad(cell)).toBeNaN();
      expect(plainLoadKg(cell, 'kg')).toBeNaN();
    }
  });

  it('agree with parseLoad wherever they give a number, and give one for every plain load', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const value = plainLoad(c);
        const general = parseLoad(c);
        const plain =
          general !== null &&
          !isInvalid(general) &&
          general.value >= 0 &&
          !writesSeveralSets(c, '') &&
          (typeof c === 'number' || typeof c === 'string');
        if (!plain) {
          expect(value).toBeNaN();
          expect(plainLoadKg(c, 'kg')).toBeNaN();
          return;
        }
        expect(Object.is(value, general.value)).toBe(true);
        expect(plainLoadUnit(c)).toBe(general.unit);
        expect(Object.is(plainLoadKg(c, 'lb'), toKg(general.value, general.unit ?? 'lb'))).toBe(
          true,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('read bodyweights above 0 only', () => {
    expect(plainBodyweightKg(70, 'kg')).toBe(70);
    expect(plainBodyweightKg('154 lb', 'kg')).toBeCloseTo(69.853, 3);
    expect(plainBodyweightKg(0, 'kg')).toBeNaN();
    expect(plainBodyweightKg('BW', 'kg')).toBeNaN();
    fc.assert(
      fc.property(cell, fc.constantFrom('kg' as const, 'lb' as const), (c, unit) => {
        const kg = plainBodyweightKg(c, unit);
        const general = parseLoad(c, 'bodyweight');
        if (Number.isNaN(kg)) {
          // Either the general parser refuses it, or it is not a plain load (several, negative, 0).
          const usable =
            general !== null &&
            !isInvalid(general) &&
            general.value > 0 &&
            !writesSeveralSets(c, '') &&
            (typeof c === 'number' || typeof c === 'string');
          expect(usable).toBe(false);
          return;
        }
        expect(general !== null && !isInvalid(general) && general.value > 0).toBe(true);
        if (general === null || isInvalid(general)) return;
        expect(kg).toBe(toKg(general.value, general.unit ?? unit));
      }),
      { numRuns: RUNS },
    );
  });

  it('read the same text the same way when it is met again (cached)', () => {
    const texts = ['100 kg', '225 lb', '100 kg', 'BW + 5', '225 lb', '6,5,5'];
    const first = texts.map((t) => [plainLoad(t), plainLoadUnit(t)]);
    const again = texts.map((t) => [plainLoad(t), plainLoadUnit(t)]);
    expect(again).toEqual(first);
    expect(first).toEqual([
      [100, 'kg'],
      [225, 'lb'],
      [100, 'kg'],
      [5, null],
      [225, 'lb'],
      [Number.NaN, null],
    ]);
  });
});

describe('plain reps readers', () => {
  it('read counts and "sets x reps"', () => {
    expect(plainReps(5)).toBe(5);
    expect(plainSetsWritten(5)).toBe(0);
    expect(plainReps('3x5')).toBe(5);
    expect(plainSetsWritten('3x5')).toBe(3);
    expect(plainReps(' 3 × 8 ')).toBe(8);
    expect(plainReps('12')).toBe(12);
    expect(plainReps(0)).toBe(0);
    for (const c of ['', null, 2.5, -1, '0x5', '6,5,5', '5/5/3', '3x5 @ 80 kg', true, 'x']) {
      expect(plainReps(c)).toBeNaN();
      expect(plainSetsWritten(c)).toBeNaN();
    }
  });

  it('agree with parseReps wherever they give a number, and give one for every plain count', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const reps = plainReps(c);
        const sets = plainSetsWritten(c);
        const general = parseReps(c);
        const plain =
          general !== null &&
          !isInvalid(general) &&
          !writesSeveralSets('', c) &&
          (typeof c === 'number' || typeof c === 'string');
        if (!plain) {
          expect(reps).toBeNaN();
          expect(sets).toBeNaN();
          return;
        }
        expect(Object.is(reps, general.reps)).toBe(true);
        expect(sets).toBe(general.sets ?? 0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("plain e1RM from a formula's factors", () => {
  it('is estimateOneRepMax to the bit for every formula, plain load and rep count (NaN for null)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMULA_NAMES),
        fc.oneof(
          fc.double({ min: 0, max: 1e6, noNaN: true }),
          fc.integer({ min: 0, max: 500 }),
          fc.constantFrom(0, -0, 102.5, 1e308, Number.MAX_VALUE),
        ),
        fc.integer({ min: 0, max: 40 }),
        (formula, load, reps) => {
          const expected = estimateOneRepMax(load, reps, formula) ?? Number.NaN;
          expect(Object.is(plainOneRepMax(load, reps, oneRepMaxFactors(formula)), expected)).toBe(
            true,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads each formula once: the same factors every time', () => {
    expect(oneRepMaxFactors('brzycki')).toBe(oneRepMaxFactors('brzycki'));
    expect(oneRepMaxFactors('epley')).toHaveLength(13);
    expect(oneRepMaxFactors('epley')[1]).toBe(1);
    expect(oneRepMaxFactors('epley')[0]).toBeNaN();
  });
});
