/** E1RM, LOAD_FOR_REPS and STRENGTH_RATIO: the numbers of one set, cell by cell. */
import { estimateOneRepMax, loadForReps } from '../core/formulas';
import { type Invalid, invalid, isInvalid } from '../core/result';
import { convert } from '../core/units';
import { isBlank, type Load, parseLoad, parseReps } from '../core/values';
import { formulaCell } from './args';
import { broadcast } from './broadcast';
import type { CustomFunction, FunctionParameter } from './types';

const FORMULA_PARAMETER: FunctionParameter = {
  name: 'formula',
  description:
    'The 1RM formula: epley (default), brzycki, lander, lombardi, mayhew, oconner or wathan.',
  type: 'string|Array<Array<string>>',
  optional: true,
  example: '"brzycki"',
};

const LOAD_TYPE = 'number|string|Array<Array<number|string>>';

/** A required load cell (blank was handled by the broadcast). */
function load(cell: unknown, what: string): Load | Invalid {
  const parsed = parseLoad(cell, what);
  return parsed ?? invalid(`${what} is blank`);
}

/** The estimate for a load and a reps cell: null when the reps give no reliable estimate. */
function estimate(value: number, repsCell: unknown, formulaCellValue: unknown) {
  const reps = parseReps(repsCell);
  if (isInvalid(reps)) return reps;
  const formula = formulaCell(formulaCellValue);
  if (isInvalid(formula)) return formula;
  if (reps === null) return value;
  return estimateOneRepMax(value, reps.reps, formula);
}

/** A load in the bodyweight's unit when both cells carry a unit; bare numbers share the other's. */
export function inUnitOf(lift: Load, bodyweight: Load): number {
  return lift.unit && bodyweight.unit
    ? convert(lift.value, lift.unit, bodyweight.unit)
    : lift.value;
}

export const E1RM: CustomFunction = {
  name: 'E1RM',
  summary:
    'Estimated one-rep max from a load lifted for a number of reps, in the load’s unit. Blank when the reps are 0 or more than 12 (no reliable estimate).',
  returns: 'number|Array<Array<number|string>>',
  example: '=E1RM(D2:D, E2:E)',
  parameters: [
    {
      name: 'load',
      description: 'The weight lifted: a number, or text with a unit ("100 kg", "225 lb").',
      type: LOAD_TYPE,
      optional: false,
      example: 'D2:D',
    },
    {
      name: 'reps',
      description: 'Reps done (1–12 give an estimate); "3x5" reads as 5 reps.',
      type: 'number|string|Array<Array<number|string>>',
      optional: false,
      example: 'E2:E',
    },
    FORMULA_PARAMETER,
  ],
  implementation: (_context, ...args) =>
    broadcast(args.slice(0, 3), {
      required: 2,
      cell: ([loadCell, repsCell, formula]) => {
        const lift = load(loadCell, 'load');
        if (isInvalid(lift)) return lift;
        return estimate(lift.value, repsCell, formula);
      },
    }),
};

export const LOAD_FOR_REPS: CustomFunction = {
  name: 'LOAD_FOR_REPS',
  summary:
    'The load expected for a number of reps from a one-rep max (the inverse of E1RM), in the 1RM’s unit.',
  returns: 'number|Array<Array<number|string>>',
  example: '=LOAD_FOR_REPS(140, 5)',
  parameters: [
    {
      name: 'one_rm',
      description: 'The one-rep max (measured or estimated), optionally with a unit.',
      type: LOAD_TYPE,
      optional: false,
      example: '140',
    },
    {
      name: 'reps',
      description: 'The reps to plan for (1–12).',
      type: 'number|Array<Array<number>>',
      optional: false,
      example: '5',
    },
    FORMULA_PARAMETER,
  ],
  implementation: (_context, ...args) =>
    broadcast(args.slice(0, 3), {
      required: 2,
      cell: ([oneRmCell, repsCell, formulaValue]) => {
        const max = load(oneRmCell, 'one_rm');
        if (isInvalid(max)) return max;
        const reps = parseReps(repsCell);
        if (isInvalid(reps)) return reps;
        const formula = formulaCell(formulaValue);
        if (isInvalid(formula)) return formula;
        return reps === null ? '' : loadForReps(max.value, reps.reps, formula);
      },
    }),
};

/** A bodyweight cell: a load that must be more than zero. */
export function bodyweight(cell: unknown): Load | Invalid {
  const bw = load(cell, 'bodyweight');
  if (isInvalid(bw)) return bw;
  return bw.value > 0 ? bw : invalid('bodyweight must be more than 0');
}

/** Load (or e1RM with reps) ÷ bodyweight; null when the reps give no estimate. */
export function strengthRatio(
  loadCell: unknown,
  bodyweightCell: unknown,
  repsCell: unknown,
  formula: unknown,
): number | null | Invalid {
  const lift = load(loadCell, 'load');
  if (isInvalid(lift)) return lift;
  const bw = bodyweight(bodyweightCell);
  if (isInvalid(bw)) return bw;
  const best = estimate(inUnitOf(lift, bw), isBlank(repsCell) ? null : repsCell, formula);
  if (best === null || isInvalid(best)) return best;
  return best / bw.value;
}

export const STRENGTH_RATIO: CustomFunction = {
  name: 'STRENGTH_RATIO',
  summary:
    'Load ÷ bodyweight, or estimated 1RM ÷ bodyweight when reps are given. Converts units when both cells carry one ("100 kg" vs "180 lb"); bare numbers are taken to be in the same unit.',
  returns: 'number|Array<Array<number|string>>',
  example: '=STRENGTH_RATIO(D2:D, F2:F, E2:E)',
  parameters: [
    {
      name: 'load',
      description: 'The weight lifted (or a 1RM when reps are left out), optionally with a unit.',
      type: LOAD_TYPE,
      optional: false,
      example: 'D2:D',
    },
    {
      name: 'bodyweight',
      description: 'The athlete’s bodyweight, optionally with a unit.',
      type: LOAD_TYPE,
      optional: false,
      example: 'F2:F',
    },
    {
      name: 'reps',
      description: 'Reps done; when given, the ratio uses the estimated 1RM.',
      type: 'number|string|Array<Array<number|string>>',
      optional: true,
      example: 'E2:E',
    },
    FORMULA_PARAMETER,
  ],
  implementation: (_context, ...args) =>
    broadcast(args.slice(0, 4), {
      required: 2,
      cell: ([loadCell, bw, reps, formula]) => strengthRatio(loadCell, bw, reps, formula),
    }),
};
