/**
 * The analysis rounds e1RMs and bodyweights to tenths and ratios to hundredths by counting steps
 * (analyze.ts, roundTo) instead of formatting text with toFixed and parsing it back: the numbers
 * must be the same doubles as the text route gives, -0 included.
 */
import fc from 'fast-check';
import { round1, round2 } from '../../src/core/analyze';

const byText = (value: number, step: number, digits: number): number =>
  Number((Math.round(value / step) * step).toFixed(digits));

const value = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1000, max: 1000 }),
  // Ratios and loads as they are computed: kg over kg, lb to kg.
  fc
    .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 300, max: 1500 }))
    .map(([a, b]) => a / 10 / (b / 10)),
  fc.integer({ min: 0, max: 100_000 }).map((k) => k * 0.45359237),
  // Halfway cases and their neighbours.
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 200),
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 20),
  fc.constantFrom(0, -0, -0.004, -0.04, 1e15, 1e16, 1e22, Infinity, -Infinity, Number.NaN),
);

describe('round1 and round2', () => {
  it('give the doubles the toFixed text gives', () => {
    fc.assert(
      fc.property(value, (x) => {
        expect(Object.is(round2(x), byText(x, 0.01, 2))).toBe(true);
        expect(Object.is(round1(x), byText(x, 0.1, 1))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('make a tiny negative 0, as the text "0.00" does', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round1(-0.01), 0)).toBe(true);
    expect(round2(1.005)).toBe(byText(1.005, 0.01, 2));
  });
});
