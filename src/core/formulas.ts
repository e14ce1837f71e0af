import { type Invalid, invalid } from './result';

export type FormulaName =
  | 'epley'
  | 'brzycki'
  | 'lander'
  | 'lombardi'
  | 'mayhew'
  | 'oconner'
  | 'wathan';

export const DEFAULT_FORMULA: FormulaName = 'epley';

/** Estimates beyond 12 reps are unreliable, so none is made (DESIGN.md). */
export const MAX_ESTIMATE_REPS = 12;

interface Formula {
  /** e1RM for load w and reps r (r ≥ 2; r = 1 is the identity for every formula). */
  readonly estimate: (w: number, r: number) => number;
  /** The factor e1RM / w for r reps, so the inverse is one division. */
  readonly factor: (r: number) => number;
}

const byFactor = (factor: (r: number) => number): Formula => ({
  estimate: (w, r) => w * factor(r),
  factor,
});

export const FORMULAS: Readonly<Record<FormulaName, Formula>> = {
  epley: byFactor((r) => 1 + r / 30),
  brzycki: byFactor((r) => 36 / (37 - r)),
  lander: byFactor((r) => 100 / (101.3 - 2.67123 * r)),
  lombardi: byFactor((r) => r ** 0.1),
  mayhew: byFactor((r) => 100 / (52.2 + 41.9 * Math.exp(-0.055 * r))),
  oconner: byFactor((r) => 1 + 0.025 * r),
  wathan: byFactor((r) => 100 / (48.8 + 53.8 * Math.exp(-0.075 * r))),
};

export const FORMULA_NAMES = Object.keys(FORMULAS) as FormulaName[];

/** Reads a formula name, case- and punctuation-insensitive ("O'Conner" → oconner); blank → default. */
export function parseFormula(value: unknown): FormulaName | Invalid {
  if (value === null || value === undefined) return DEFAULT_FORMULA;
  const written = String(value).trim();
  if (written === '') return DEFAULT_FORMULA;
  // A number or a dash is a mistake to show, not a request for the default formula.
  const key = written.toLowerCase().replace(/[^a-z]/g, '');
  if (key in FORMULAS) return key as FormulaName;
  if (key === 'oconnor') return 'oconner';
  return invalid(`unknown formula "${written}" (use ${FORMULA_NAMES.join(', ')})`);
}

/** Whole reps from 1 to 12; anything else gives no estimate. */
export function canEstimate(reps: number): boolean {
  return Number.isInteger(reps) && reps >= 1 && reps <= MAX_ESTIMATE_REPS;
}

/** Estimated one-rep max in the load's unit, or null when the reps give no reliable estimate. */
export function estimateOneRepMax(
  load: number,
  reps: number,
  formula: FormulaName = DEFAULT_FORMULA,
): number | null {
  if (!Number.isFinite(load) || load < 0 || !canEstimate(reps)) return null;
  if (reps === 1) return load;
  return FORMULAS[formula].estimate(load, reps);
}

/** The load expected for a number of reps given a one-rep max: the inverse of the estimate. */
export function loadForReps(
  oneRepMax: number,
  reps: number,
  formula: FormulaName = DEFAULT_FORMULA,
): number | null {
  if (!Number.isFinite(oneRepMax) || oneRepMax < 0 || !canEstimate(reps)) return null;
  if (reps === 1) return oneRepMax;
  return oneRepMax / FORMULAS[formula].factor(reps);
}
