/** TARGET_LOAD and TARGET_REACHED: an exercise's 1RM target as a multiple of bodyweight. */
import { plainLoad } from '../core/cell-numbers';
import { isInvalid } from '../core/result';
import { type Targets, targetFor } from '../core/targets';
import { exerciseText, targetsArg } from './args';
import { BLANK_ANSWER, broadcast, type Elementwise } from './broadcast';
import { bodyweight, DEFAULT_FACTORS, plainStrengthRatio, strengthRatio } from './strength';
import type { CustomFunction, FunctionParameter } from './types';

/** Ratios computed through a unit conversion land a hair under an exact target. */
const TOLERANCE = 1e-9;

const TARGETS_PARAMETER: FunctionParameter = {
  name: 'targets',
  description:
    'A two-column range (exercise, multiple of bodyweight) that overrides the default targets; "none" or 0 removes one. A header row is allowed.',
  type: 'Array<Array<string|number>>',
  optional: true,
  example: 'Targets!A2:B',
};

const EXERCISE_PARAMETER: FunctionParameter = {
  name: 'exercise',
  description: 'The exercise as written in the log ("Trap Bar DL", "Squat (Barbell)").',
  type: 'string|Array<Array<string>>',
  optional: false,
  example: 'C2:C',
};

const BODYWEIGHT_PARAMETER: FunctionParameter = {
  name: 'bodyweight',
  description: 'The athlete’s bodyweight, optionally with a unit.',
  type: 'number|string|Array<Array<number|string>>',
  optional: false,
  example: 'F2:F',
};

export const TARGET_LOAD: CustomFunction = {
  name: 'TARGET_LOAD',
  summary:
    'The 1RM that meets the exercise’s target for this bodyweight, in the bodyweight’s unit. Blank when the exercise has no target.',
  returns: 'number|Array<Array<number|string>>',
  example: '=TARGET_LOAD("Trap bar deadlift", 60)',
  parameters: [EXERCISE_PARAMETER, BODYWEIGHT_PARAMETER, TARGETS_PARAMETER],
  implementation: (_context, exercise, bw, targets) =>
    broadcast([exercise, bw], targetLoadCells(targetsArg(targets))),
};

/**
 * The target of an exercise cell that is plain text (a name), looked up once per distinct text;
 * undefined for a cell exerciseText must read or report (a number, a Date, TRUE/FALSE).
 */
function plainTargets(table: Targets): (cell: unknown) => number | null | undefined {
  const multiples = new Map<string, number | null>();
  return (cell) => {
    if (typeof cell !== 'string') return undefined;
    let multiple = multiples.get(cell);
    if (multiple === undefined) {
      const name = exerciseText(cell);
      if (isInvalid(name)) return undefined;
      multiple = targetFor(name, table);
      multiples.set(cell, multiple);
    }
    return multiple;
  };
}

/** TARGET_LOAD's cells (exercise, bodyweight) against a targets table. */
export function targetLoadCells(table: Targets): Elementwise {
  const targetOf = plainTargets(table);
  return {
    required: 2,
    cell: ([exerciseCell, bodyweightCell]) => {
      const name = exerciseText(exerciseCell);
      if (isInvalid(name)) return name;
      const weight = bodyweight(bodyweightCell);
      if (isInvalid(weight)) return weight;
      const multiple = targetFor(name, table);
      return multiple === null ? '' : weight.value * multiple;
    },
    plain: (exerciseCell, bodyweightCell) => {
      const multiple = targetOf(exerciseCell);
      const weight = plainLoad(bodyweightCell);
      if (multiple === undefined || !(weight > 0)) return undefined;
      return multiple === null ? '' : weight * multiple;
    },
  };
}

export const TARGET_REACHED: CustomFunction = {
  name: 'TARGET_REACHED',
  summary:
    'TRUE when the load (or the estimated 1RM, when reps are given) ÷ bodyweight meets the exercise’s target, else FALSE. Blank when the exercise has no target or the reps give no estimate.',
  returns: 'boolean|Array<Array<boolean|string>>',
  example: '=TARGET_REACHED(C2:C, D2:D, F2:F, E2:E)',
  parameters: [
    EXERCISE_PARAMETER,
    {
      name: 'load',
      description: 'The weight lifted (or a 1RM when reps are left out), optionally with a unit.',
      type: 'number|string|Array<Array<number|string>>',
      optional: false,
      example: 'D2:D',
    },
    BODYWEIGHT_PARAMETER,
    {
      name: 'reps',
      description: 'Reps done; when given, the estimated 1RM is compared with the target.',
      type: 'number|string|Array<Array<number|string>>',
      optional: true,
      example: 'E2:E',
    },
    TARGETS_PARAMETER,
  ],
  implementation: (_context, exercise, load, bw, reps, targets) =>
    broadcast([exercise, load, bw, reps], targetReachedCells(targetsArg(targets))),
};

/** TARGET_REACHED's cells (exercise, load, bodyweight, reps) against a targets table. */
export function targetReachedCells(table: Targets): Elementwise {
  const targetOf = plainTargets(table);
  return {
    required: 3,
    cell: ([exerciseCell, loadCell, bodyweightCell, repsCell]) => {
      const name = exerciseText(exerciseCell);
      if (isInvalid(name)) return name;
      const ratio = strengthRatio(loadCell, bodyweightCell, repsCell, undefined);
      if (ratio === null || isInvalid(ratio)) return ratio;
      const multiple = targetFor(name, table);
      return multiple === null ? '' : ratio >= multiple - TOLERANCE;
    },
    plain: (exerciseCell, loadCell, bodyweightCell, repsCell) => {
      const multiple = targetOf(exerciseCell);
      if (multiple === undefined) return undefined;
      const ratio = plainStrengthRatio(loadCell, bodyweightCell, repsCell, DEFAULT_FACTORS);
      if (Number.isNaN(ratio)) return undefined;
      return ratio === BLANK_ANSWER || multiple === null ? '' : ratio >= multiple - TOLERANCE;
    },
  };
}
