/**
 * What the numbers of a log say about their unit, when the file does not say it (DESIGN: units
 * are never guessed silently — stated → used, inferred → said how, undecidable → asked).
 *
 * Two kinds of evidence, both from how weights are made:
 * - Converted values. An app that stores kg but lets the athlete log pounds writes exact
 *   conversions (61.23492 = 135 lb, 22.6796185 = 50 lb); a value with more than two decimals that
 *   is a whole tenth of a pound is such a conversion, and the pound value is what was lifted.
 * - Plate steps. Kilo dumbbells and kettlebells go by 2 kg (8, 12, 14, 16, 22, 32) and kilo bars
 *   by 1.25; pound gear comes in 2.5 and 5 lb steps, and a pound barbell is a 45 lb bar plus pairs
 *   of plates, so its totals end in 5 (95, 135, 185, 225). Measured on the corpus in
 *   test/fixtures/realdata (docs/real-exports.md): pound files have under 5 % of loads off the
 *   2.5 grid and 60–77 % of barbell loads ending in 5; kilo files 9–53 % off the grid.
 *
 * The thresholds are data (UNIT_EVIDENCE); between them the answer is "undecided".
 */
import { findExercise } from './catalogue';
import { KG_PER_LB, type Unit } from './units';

export const UNIT_EVIDENCE = {
  /** Fewer loaded sets than this decide nothing. */
  minLoads: 12,
  /** Share of loads off the 2.5 grid from which the numbers are kilograms. */
  kgOffGridShare: 0.08,
  /** At most this share off the 2.5 grid for pounds… */
  lbOffGridShare: 0.05,
  /** …with at least this share of barbell loads ending in 5 (45 lb bar + pairs of plates)… */
  lbBarbellEndsIn5Share: 0.5,
  /** …out of at least this many barbell sets. */
  minBarbellLoads: 8,
  /** Share of the loads that must be exact conversions for the file to count as converted. */
  convertedShare: 0.5,
} as const;

export interface LoadSample {
  readonly exercise: string;
  readonly load: number;
}

export interface UnitInference {
  /** null when the numbers fit both units. */
  readonly unit: Unit | null;
  /** Plain words: the evidence, or why there is none. */
  readonly how: string;
}

const near = (x: number, step: number, tolerance = 1e-6): boolean =>
  Math.abs(x / step - Math.round(x / step)) * step <= tolerance;

/** Has more than two decimals (float noise such as 74.99999999999999 aside). */
const hasManyDecimals = (x: number): boolean => !near(x, 0.01, 1e-6);

/**
 * How close a conversion must land on the other unit's grid: apps convert with rounded factors
 * (2.20462, 0.453592), which are off the exact one by about a millionth.
 */
const CONVERSION_TOLERANCE = 1e-5;

/** The value in the other unit when it lands on that unit's grid (step), else null. */
function convertedFrom(value: number, factor: number, step: number): number | null {
  if (!hasManyDecimals(value)) return null;
  const other = value * factor;
  const digits = step < 0.1 ? 2 : 1;
  return near(other, step, Math.max(1e-4, other * CONVERSION_TOLERANCE))
    ? Number(other.toFixed(digits))
    : null;
}

/** A kg value that is a conversion of a tenth of a pound: 61.23492 → 135, 45.3592909436 → 100. */
export function poundsBehind(kg: number): number | null {
  return convertedFrom(kg, 1 / KG_PER_LB, 0.1);
}

/** A lb value that is a conversion of a hundredth of a kilo: 220.462262 → 100. */
export function kilosBehind(lb: number): number | null {
  return convertedFrom(lb, KG_PER_LB, 0.01);
}

/** Float noise off: 74.99999999999999 → 75, 2.2679618500000003 → 2.26796185. */
export function tidyNumber(x: number): number {
  return Number(x.toPrecision(12));
}

/** A load to show: at most two decimals (a conversion nobody typed is not shown raw). */
export function displayLoad(x: number): number {
  return Number(x.toFixed(2));
}

const isBarbell = (exercise: string): boolean =>
  findExercise(exercise)?.implement === 'barbell' ||
  (/barbell|\bbb\b/i.test(exercise) && !/dumbbell|smith|machine/i.test(exercise));

const pct = (share: number): string => `${Math.round(share * 100)} %`;

/** How many distinct loads an inference names as examples. */
const EXAMPLES = 4;

function examples(values: readonly number[], max = EXAMPLES): string {
  const distinct = [...new Set(values)].slice(0, max);
  return distinct.map((v) => String(tidyNumber(v))).join(', ');
}

/** The unit the loads are in, from the numbers alone, or null with why not. */
export function inferUnit(samples: readonly LoadSample[]): UnitInference {
  // One pass for the counts the first rules need (a big log has tens of thousands of loads): the
  // loads more than 0, those that are conversions each way with the first of each, and those off
  // the 2.5 grid with their first distinct values as examples.
  let n = 0;
  let fromLb = 0;
  let firstFromLb = 0;
  let fromKg = 0;
  let firstFromKg = 0;
  let offGrid = 0;
  const offExamples: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    const load = (samples[i] as LoadSample).load;
    if (!(load > 0)) continue;
    n++;
    if (poundsBehind(load) !== null && fromLb++ === 0) firstFromLb = load;
    if (kilosBehind(load) !== null && fromKg++ === 0) firstFromKg = load;
    if (!near(load, 2.5, 1e-6)) {
      offGrid++;
      if (offExamples.length < EXAMPLES && !offExamples.includes(load)) offExamples.push(load);
    }
  }
  if (n < UNIT_EVIDENCE.minLoads) {
    return {
      unit: null,
      how: `too few loaded sets (${n}) to tell kg from lb by their numbers`,
    };
  }
  if (fromLb >= n * UNIT_EVIDENCE.convertedShare) {
    return {
      unit: 'kg',
      how: `${fromLb} of ${n} loads are exact conversions of pounds (${tidyNumber(firstFromLb)} = ${poundsBehind(firstFromLb)} lb), so the numbers are kilograms`,
    };
  }
  if (fromKg >= n * UNIT_EVIDENCE.convertedShare) {
    return {
      unit: 'lb',
      how: `${fromKg} of ${n} loads are exact conversions of kilograms (${tidyNumber(firstFromKg)} = ${kilosBehind(firstFromKg)} kg), so the numbers are pounds`,
    };
  }
  const offShare = offGrid / n;
  if (offShare >= UNIT_EVIDENCE.kgOffGridShare) {
    return {
      unit: 'kg',
      how: `${pct(offShare)} of the loads (${examples(offExamples)}, …) are off the 2.5 grid pound weights come in, as kilo dumbbells, kettlebells and small plates are`,
    };
  }
  const loads = samples.filter((s) => s.load > 0);
  const barbell = loads.filter((s) => isBarbell(s.exercise));
  const endsIn5 = barbell.filter((s) => near(s.load, 5) && !near(s.load, 10));
  const endShare = barbell.length === 0 ? 0 : endsIn5.length / barbell.length;
  if (
    offShare <= UNIT_EVIDENCE.lbOffGridShare &&
    barbell.length >= UNIT_EVIDENCE.minBarbellLoads &&
    endShare >= UNIT_EVIDENCE.lbBarbellEndsIn5Share
  ) {
    const totals = [...endsIn5.map((s) => s.load)].sort((a, b) => b - a);
    return {
      unit: 'lb',
      how: `${pct(endShare)} of the barbell loads end in 5 (${examples(totals)}, …): pound plate totals on a 45 lb bar; nearly every load is on the 2.5 lb grid`,
    };
  }
  return {
    unit: null,
    how:
      barbell.length < UNIT_EVIDENCE.minBarbellLoads
        ? `the numbers fit both kg and lb (${pct(offShare)} off the 2.5 grid, too few barbell sets to read plate totals)`
        : `the numbers fit both kg and lb (${pct(offShare)} off the 2.5 grid, ${pct(endShare)} of barbell loads ending in 5)`,
  };
}
