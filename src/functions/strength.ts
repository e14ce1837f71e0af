/**
 * E1RM, LOAD_FOR_REPS and STRENGTH_RATIO: the numbers of one row, cell by cell. A row may write
 * several sets in one cell ("6/5/5", "3x5 @ 80 kg", "80x5, 85x5, 90x3"): each output cell still
 * answers for its row, from the row's best set.
 */
import {
  oneRepMaxFactor,
  oneRepMaxFactors,
  plainLoad,
  plainLoadUnit,
  plainOneRepMax,
  plainReps,
} from '../core/cell-numbers';
import {
  DEFAULT_FORMULA,
  estimateOneRepMax,
  type FormulaName,
  loadForReps,
} from '../core/formulas';
import { type Invalid, invalid, isInvalid } from '../core/result';
import { convert, type Unit } from '../core/units';
import {
  isBlank,
  type Load,
  parseLoad,
  parseReps,
  parseSets,
  writesSeveralSets,
} from '../core/values';
import { formulaCell } from './args';
import {
  answerCell,
  BLANK_ANSWER,
  broadcast,
  type Elementwise,
  isOneCell,
  type NumberAnswer,
} from './broadcast';
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

/**
 * The best estimated 1RM of a row's sets, in the unit of the first load that names one (bare
 * numbers keep theirs): "80x5, 85x5, 90x3" → the best of the three; "6/5/5" at 80 → 80 × 6.
 * Null when no set gives an estimate (0 or more than 12 reps).
 */
function bestOfSets(
  loadCell: unknown,
  repsCell: unknown,
  formulaValue: unknown,
): Load | null | Invalid {
  const formula = formulaCell(formulaValue);
  if (isInvalid(formula)) return formula;
  const sets = parseSets(loadCell, repsCell);
  if (sets === null) return invalid('load is blank');
  if (isInvalid(sets)) return sets;
  let rowLoad: Load | null = null;
  if (sets.some((s) => s.load === null)) {
    const parsed = load(loadCell, 'load');
    if (isInvalid(parsed)) return parsed;
    rowLoad = parsed;
  }
  let unit: Unit | null = null;
  let best: number | null = null;
  for (const set of sets) {
    const lift = (set.load ?? rowLoad) as Load;
    unit ??= lift.unit;
    const value = lift.unit && unit ? convert(lift.value, lift.unit, unit) : lift.value;
    const e = estimateOneRepMax(value, set.reps, formula);
    if (e !== null && (best === null || e > best)) best = e;
  }
  return best === null ? null : { value: best, unit };
}

/**
 * A row's estimate: the load itself when no reps are given (it is a 1RM), else the estimate
 * from its reps, or the best of its sets when a cell writes several. Null when there is none.
 */
function rowEstimate(
  loadCell: unknown,
  repsCell: unknown,
  formulaValue: unknown,
  what: string,
): Load | null | Invalid {
  if (writesSeveralSets(loadCell, repsCell)) return bestOfSets(loadCell, repsCell, formulaValue);
  const lift = load(loadCell, what);
  if (isInvalid(lift)) return lift;
  const e = estimate(lift.value, repsCell, formulaValue);
  if (e === null || isInvalid(e)) return e;
  return { value: e, unit: lift.unit };
}

/** A load in the bodyweight's unit when both cells carry a unit; bare numbers share the other's. */
export function inUnitOf(lift: Load, bodyweight: Load): number {
  return lift.unit && bodyweight.unit
    ? convert(lift.value, lift.unit, bodyweight.unit)
    : lift.value;
}

/**
 * The formula of a plain row: a name, or blank for the default; undefined for anything
 * formulaCell reports. The last text read is remembered (a call passes one formula for a column).
 */
let lastFormulaText = '';
let lastFormula: FormulaName | undefined = DEFAULT_FORMULA;
function plainFormula(cell: unknown): FormulaName | undefined {
  if (cell === undefined || cell === null || cell === '') return DEFAULT_FORMULA;
  if (typeof cell !== 'string') return undefined;
  if (cell !== lastFormulaText) {
    const formula = formulaCell(cell);
    lastFormula = isInvalid(formula) ? undefined : formula;
    lastFormulaText = cell;
  }
  return lastFormula;
}

/** The e1RM factors of a plain row's formula cell (see plainFormula), or undefined. */
function plainFactors(cell: unknown): readonly number[] | undefined {
  const formula = plainFormula(cell);
  return formula === undefined ? undefined : oneRepMaxFactors(formula);
}

/** The default formula's factors, for functions that take no formula. */
export const DEFAULT_FACTORS = oneRepMaxFactors(DEFAULT_FORMULA);

/**
 * E1RM's cell for a plain load and reps (neither writes several sets), as a NumberAnswer: the
 * load's estimate, or BLANK_ANSWER when the reps give none; BLANK_ANSWER for a blank beside a
 * plain or blank cell, whatever the formula. `factors` are the formula's (undefined for a formula
 * cell formulaCell reports). NaN for anything else (any other cell, a Date or an object included),
 * which E1RM_CELLS.cell answers.
 */
function plainE1rm(
  loadCell: unknown,
  repsCell: unknown,
  factors: readonly number[] | undefined,
): NumberAnswer {
  const value = plainLoad(loadCell);
  const reps = plainReps(repsCell);
  if (!Number.isNaN(value) && !Number.isNaN(reps)) {
    if (factors === undefined) return Number.NaN;
    const e = plainOneRepMax(value, reps, factors);
    return Number.isNaN(e) ? BLANK_ANSWER : e;
  }
  if ((!Number.isNaN(value) || isBlank(loadCell)) && (!Number.isNaN(reps) || isBlank(repsCell)))
    return BLANK_ANSWER;
  return Number.NaN;
}

/** E1RM's cells: load, reps, formula. */
export const E1RM_CELLS: Elementwise = {
  required: 0,
  cell: ([loadCell, repsCell, formula]) => {
    // A blank load or reps gives a blank, unless the other cell writes both ("80x5, 85x5",
    // "3x5 @ 80 kg").
    if ((isBlank(loadCell) || isBlank(repsCell)) && !writesSeveralSets(loadCell, repsCell)) {
      return '';
    }
    const best = rowEstimate(loadCell, repsCell, formula, 'load');
    return best === null || isInvalid(best) ? best : best.value;
  },
  plain: (loadCell, repsCell, formula) =>
    answerCell(plainE1rm(loadCell, repsCell, plainFactors(formula))),
  // A load column and a reps column with one formula: the formula read once.
  loop: (call) => {
    const { c0: loads, c1: reps, rows } = call;
    if (loads === null || reps === null || call.c2 !== null || call.arity > 3) return false;
    const factors = plainFactors(call.v2);
    if (factors === undefined) return false;
    for (let r = 0; r < rows; r++) {
      const loadRow = loads[r];
      const repsRow = reps[r];
      if (!isOneCell(loadRow) || !isOneCell(repsRow)) return false;
      if (!call.putNumber(r, plainE1rm(loadRow[0], repsRow[0], factors))) return false;
    }
    return true;
  },
};

export const E1RM: CustomFunction = {
  name: 'E1RM',
  summary:
    'Estimated one-rep max from a load lifted for a number of reps, in the load’s unit. Blank when the reps are 0 or more than 12 (no reliable estimate).',
  returns: 'number|Array<Array<number|string>>',
  example: '=E1RM(D2:D, E2:E)',
  parameters: [
    {
      name: 'load',
      description:
        'The weight lifted: a number, or text with a unit ("100 kg", "225 lb"); or several sets with their reps ("80x5, 85x5, 90x3"), which give the best set’s estimate.',
      type: LOAD_TYPE,
      optional: false,
      example: 'D2:D',
    },
    {
      name: 'reps',
      description:
        'Reps done (1–12 give an estimate); "3x5" reads as 5 reps; several sets ("6/5/5", "3x5 @ 80 kg") give the best set’s estimate.',
      type: 'number|string|Array<Array<number|string>>',
      optional: false,
      example: 'E2:E',
    },
    FORMULA_PARAMETER,
  ],
  implementation: (_context, ...args) => broadcast(args.slice(0, 3), E1RM_CELLS),
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
      description: 'The reps to plan for (1–12); for several sets ("6/5/5") the most of them.',
      type: 'number|Array<Array<number>>',
      optional: false,
      example: '5',
    },
    FORMULA_PARAMETER,
  ],
  implementation: (_context, ...args) => broadcast(args.slice(0, 3), LOAD_FOR_REPS_CELLS),
};

/** LOAD_FOR_REPS's cells: one_rm, reps, formula. */
export const LOAD_FOR_REPS_CELLS: Elementwise = {
  required: 2,
  cell: ([oneRmCell, repsCell, formulaValue]) => {
    const max = load(oneRmCell, 'one_rm');
    if (isInvalid(max)) return max;
    const reps = mostReps(repsCell);
    if (isInvalid(reps)) return reps;
    const formula = formulaCell(formulaValue);
    if (isInvalid(formula)) return formula;
    return reps === null ? '' : loadForReps(max.value, reps, formula);
  },
  plain: (oneRmCell, repsCell, formulaValue) => {
    const max = plainLoad(oneRmCell);
    const reps = plainReps(repsCell);
    if (Number.isNaN(max) || Number.isNaN(reps)) return undefined;
    const formula = plainFormula(formulaValue);
    if (formula === undefined) return undefined;
    return loadForReps(max, reps, formula) ?? '';
  },
};

/**
 * The reps to plan a load for: "6/5/5" plans for 6, the set that limits the load (one load that
 * allows 6 reps allows 5); "3x5" plans for 5.
 */
function mostReps(repsCell: unknown): number | null | Invalid {
  if (!(typeof repsCell === 'string' && writesSeveralSets('', repsCell))) {
    const reps = parseReps(repsCell);
    return reps === null || isInvalid(reps) ? reps : reps.reps;
  }
  const sets = parseSets('', repsCell);
  if (sets === null || isInvalid(sets)) return sets;
  if (sets.some((s) => s.load !== null)) return invalid('reps must be rep counts, not loads');
  return Math.max(...sets.map((s) => s.reps));
}

/** A bodyweight cell: a load that must be more than zero. */
export function bodyweight(cell: unknown): Load | Invalid {
  const bw = load(cell, 'bodyweight');
  if (isInvalid(bw)) return bw;
  return bw.value > 0 ? bw : invalid('bodyweight must be more than 0');
}

/**
 * STRENGTH_RATIO's cell for plain cells (a plain load and bodyweight, plain or blank reps), given
 * the formula's e1RM factors, as a NumberAnswer: the ratio, or BLANK_ANSWER when the reps give no
 * estimate; NaN for anything else (a Date or an object included), which strengthRatio answers.
 * Three number cells go to numbersRatio, which STRENGTH_RATIO's loop calls for them directly.
 */
export function plainStrengthRatio(
  loadCell: unknown,
  bodyweightCell: unknown,
  repsCell: unknown,
  factors: readonly number[],
): NumberAnswer {
  if (
    typeof loadCell === 'number' &&
    typeof bodyweightCell === 'number' &&
    typeof repsCell === 'number'
  ) {
    return numbersRatio(loadCell, bodyweightCell, repsCell, factors);
  }
  const value = plainLoad(loadCell);
  const bw = plainLoad(bodyweightCell);
  if (Number.isNaN(value) || !(bw > 0)) return Number.NaN;
  // The load itself without reps, else its estimate: one product either way, so the number
  // stays a number (a variable that is either the cell as read or a product made V8 box every
  // row's number: 2026-11-30, 21 bytes a row).
  let factor = 1;
  if (!isBlank(repsCell)) {
    const reps = plainReps(repsCell);
    if (Number.isNaN(reps)) return Number.NaN;
    factor = oneRepMaxFactor(reps, factors);
    if (Number.isNaN(factor)) return BLANK_ANSWER;
  }
  const best = value * factor;
  const unit = plainLoadUnit(loadCell);
  const bwUnit = plainLoadUnit(bodyweightCell);
  return (unit && bwUnit ? convert(best, unit, bwUnit) : best) / bw;
}

/**
 * plainStrengthRatio of three number cells, small enough for a column loop to have inlined
 * whatever else it inlines (a number returned from a call that is not inlined is boxed: about
 * 16 bytes a row). NaN unless the load is a plain load, the bodyweight above 0 and the reps a
 * whole count.
 */
function numbersRatio(
  load: number,
  bodyweight: number,
  reps: number,
  factors: readonly number[],
): NumberAnswer {
  if (
    !(load >= 0 && load < Number.POSITIVE_INFINITY) ||
    !(bodyweight > 0 && bodyweight < Number.POSITIVE_INFINITY) ||
    !(Number.isInteger(reps) && reps >= 0)
  ) {
    return Number.NaN;
  }
  const factor = oneRepMaxFactor(reps, factors);
  return Number.isNaN(factor) ? BLANK_ANSWER : (load * factor) / bodyweight;
}

/** Load (or e1RM with reps) ÷ bodyweight; null when the reps give no estimate. */
export function strengthRatio(
  loadCell: unknown,
  bodyweightCell: unknown,
  repsCell: unknown,
  formula: unknown,
): number | null | Invalid {
  const best = rowEstimate(loadCell, isBlank(repsCell) ? null : repsCell, formula, 'load');
  if (isInvalid(best)) return best;
  const bw = bodyweight(bodyweightCell);
  if (isInvalid(bw)) return bw;
  if (best === null) return null;
  return inUnitOf(best, bw) / bw.value;
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
  implementation: (_context, ...args) => broadcast(args.slice(0, 4), STRENGTH_RATIO_CELLS),
};

/** STRENGTH_RATIO's cells: load, bodyweight, reps, formula. */
export const STRENGTH_RATIO_CELLS: Elementwise = {
  required: 2,
  cell: ([loadCell, bw, reps, formula]) => strengthRatio(loadCell, bw, reps, formula),
  plain: (loadCell, bw, reps, formula) => {
    const factors = plainFactors(formula);
    return factors && answerCell(plainStrengthRatio(loadCell, bw, reps, factors));
  },
  // A load and a bodyweight column, reps a column or one value, one formula: the formula read
  // once, and a blank load or bodyweight (a bodyweight exercise's rows) answered here.
  loop: (call) => {
    const { c0: loads, c1: bodyweights, c2: reps, v2: oneReps, rows } = call;
    if (loads === null || bodyweights === null || call.c3 !== null || call.arity > 4) return false;
    const factors = plainFactors(call.v3);
    if (factors === undefined) return false;
    for (let r = 0; r < rows; r++) {
      const loadRow = loads[r];
      const bwRow = bodyweights[r];
      const repsRow = reps === null ? null : reps[r];
      if (!isOneCell(loadRow) || !isOneCell(bwRow)) return false;
      if (repsRow !== null && !isOneCell(repsRow)) return false;
      const loadCell = loadRow[0];
      const bw = bwRow[0];
      const repsCell = repsRow === null ? oneReps : repsRow[0];
      // Number cells (most rows) without a call that might return the number boxed. The `+`
      // tells V8 the call's result is a number: without it, a variable that is either gets a
      // boxed number every row (2026-11-30: 13 bytes a row).
      let ratio =
        typeof loadCell === 'number' && typeof bw === 'number' && typeof repsCell === 'number'
          ? numbersRatio(loadCell, bw, repsCell, factors)
          : +plainStrengthRatio(loadCell, bw, repsCell, factors);
      if (Number.isNaN(ratio) && (isBlank(loadCell) || isBlank(bw))) ratio = BLANK_ANSWER;
      if (!call.putNumber(r, ratio)) return false;
    }
    return true;
  },
};
