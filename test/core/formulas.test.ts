import fc from 'fast-check';
import {
  canEstimate,
  DEFAULT_FORMULA,
  estimateOneRepMax,
  FORMULA_NAMES,
  type FormulaName,
  loadForReps,
  MAX_ESTIMATE_REPS,
  parseFormula,
} from '../../src/core/formulas';
import { isInvalid } from '../../src/core/result';

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

describe('estimateOneRepMax', () => {
  // DESIGN.md's 100 × 5 column, worked by hand from each formula.
  const design: Record<FormulaName, number> = {
    epley: 116.67, // 100 · (1 + 5/30)
    brzycki: 112.5, // 100 · 36 / 32
    lander: 113.71, // 10000 / (101.3 − 13.35615)
    lombardi: 117.46, // 100 · 5^0.1
    mayhew: 119.01, // 10000 / (52.2 + 41.9 · e^−0.275)
    oconner: 112.5, // 100 · 1.125
    wathan: 116.58, // 10000 / (48.8 + 53.8 · e^−0.375)
  };

  it('covers exactly the seven formulas of DESIGN.md', () => {
    expect([...FORMULA_NAMES].sort()).toEqual(Object.keys(design).sort());
    expect(DEFAULT_FORMULA).toBe('epley');
  });

  it.each(Object.entries(design))('%s gives DESIGN.md’s value for 100 × 5', (formula, value) => {
    expect(round2(estimateOneRepMax(100, 5, formula as FormulaName))).toBe(value);
  });

  it('uses epley when no formula is given', () => {
    expect(round2(estimateOneRepMax(100, 5))).toBe(116.67);
    expect(estimateOneRepMax(90, 3)).toBeCloseTo(99, 10); // 90 · 1.1
  });

  it.each(FORMULA_NAMES)('%s returns the load itself for a single rep', (formula) => {
    for (const load of [0, 1, 60, 137.5, 250]) {
      expect(estimateOneRepMax(load, 1, formula)).toBe(load);
    }
  });

  it.each([0, 13, 20, 2.5, -1, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives no estimate for %p reps',
    (reps) => {
      for (const formula of FORMULA_NAMES) expect(estimateOneRepMax(100, reps, formula)).toBeNull();
    },
  );

  it('estimates up to 12 reps and not beyond', () => {
    expect(MAX_ESTIMATE_REPS).toBe(12);
    expect(estimateOneRepMax(100, 12)).toBeCloseTo(140, 10); // 100 · (1 + 12/30)
    expect(estimateOneRepMax(100, 13)).toBeNull();
    expect(canEstimate(12)).toBe(true);
    expect(canEstimate(12.5)).toBe(false);
  });

  it('gives no estimate for a negative or non-finite load', () => {
    expect(estimateOneRepMax(-10, 5)).toBeNull();
    expect(estimateOneRepMax(Number.NaN, 5)).toBeNull();
    expect(estimateOneRepMax(Number.POSITIVE_INFINITY, 5)).toBeNull();
    expect(estimateOneRepMax(0, 5)).toBe(0);
  });
});

describe('loadForReps', () => {
  it('inverts by hand-computed values', () => {
    expect(loadForReps(100, 10, 'epley')).toBeCloseTo(75, 10); // 100 / (1 + 10/30)
    expect(loadForReps(100, 10, 'brzycki')).toBeCloseTo(75, 10); // 100 · 27 / 36
    expect(loadForReps(112.5, 5, 'oconner')).toBeCloseTo(100, 10);
    expect(loadForReps(140, 1)).toBe(140);
  });

  it('gives nothing outside 1–12 reps or for a bad one-rep max', () => {
    expect(loadForReps(100, 0)).toBeNull();
    expect(loadForReps(100, 13)).toBeNull();
    expect(loadForReps(100, 2.5)).toBeNull();
    expect(loadForReps(-100, 5)).toBeNull();
    expect(loadForReps(Number.NaN, 5)).toBeNull();
  });
});

describe('parseFormula', () => {
  it.each([
    ['epley', 'epley'],
    ['EPLEY', 'epley'],
    [' Brzycki ', 'brzycki'],
    ["O'Conner", 'oconner'],
    ["O'Connor", 'oconner'],
    ['oconnor', 'oconner'],
    ['Lander', 'lander'],
    ['mayhew', 'mayhew'],
    ['Wathan', 'wathan'],
    ['lombardi', 'lombardi'],
  ])('reads %p as %s', (written, formula) => {
    expect(parseFormula(written)).toBe(formula);
  });

  it.each([null, undefined, '', '   '])('uses the default for blank %p', (blank) => {
    expect(parseFormula(blank)).toBe('epley');
  });

  it.each(['foo', 'epleyy', 5, '5', '—', true])('refuses %p with the formulas to use', (bad) => {
    const result = parseFormula(bad);
    expect(isInvalid(result)).toBe(true);
    if (isInvalid(result)) {
      expect(result.invalid).toContain('unknown formula');
      expect(result.invalid).toContain('epley, brzycki');
    }
  });
});

describe('formula properties', () => {
  const formula = fc.constantFrom(...FORMULA_NAMES);
  const load = fc.double({ min: 0, max: 1000, noNaN: true });
  const reps = fc.integer({ min: 1, max: 12 });

  it('never decreases when the load grows', () => {
    fc.assert(
      fc.property(formula, load, load, reps, (f, a, b, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(estimateOneRepMax(lo, r, f)!).toBeLessThanOrEqual(estimateOneRepMax(hi, r, f)!);
      }),
    );
  });

  it('never decreases when the reps grow (1..12)', () => {
    fc.assert(
      fc.property(formula, load, reps, reps, (f, w, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(estimateOneRepMax(w, lo, f)!).toBeLessThanOrEqual(estimateOneRepMax(w, hi, f)!);
      }),
    );
  });

  it('is the identity at one rep', () => {
    fc.assert(fc.property(formula, load, (f, w) => estimateOneRepMax(w, 1, f) === w));
  });

  it('round-trips through loadForReps within 1e-9 relative', () => {
    const oneRepMax = fc.double({ min: 1e-3, max: 1000, noNaN: true });
    fc.assert(
      fc.property(formula, oneRepMax, reps, (f, m, r) => {
        const back = estimateOneRepMax(loadForReps(m, r, f)!, r, f)!;
        expect(Math.abs(back - m) / m).toBeLessThanOrEqual(1e-9);
        const w = loadForReps(estimateOneRepMax(m, r, f)!, r, f)!;
        expect(Math.abs(w - m) / m).toBeLessThanOrEqual(1e-9);
      }),
    );
  });
});
